import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BackupKind } from '../../../../../shared/contract/admin-backup';
import { formatInstant } from '../../../components/format';
import { translateKey } from '../../../i18n';

export interface BackupFailure {
  kind: BackupKind;
  at: string;
  messageKey: string;
  details: Record<string, unknown> | null;
}

/** The sentence of a failed backup: which one, when, and why in the admin's words. */
export function failureText(f: BackupFailure, i18n: I18n): string {
  return i18n.t('backups.failedText', {
    kind: i18n.t(`backups.kinds.${f.kind}`),
    when: formatInstant(f.at, i18n.language),
    reason: translateKey(f.messageKey, f.details ?? {}),
  });
}

export function FailureAlert({ failure }: { failure: BackupFailure }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert color="red" variant="filled" icon={<IconAlertTriangle />} title={t('backups.failedTitle')} role="alert">
      {failureText(failure, i18n)}
    </Alert>
  );
}
