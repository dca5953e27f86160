import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupCheckState } from '../../../../../shared/contract/admin-backup';
import { formatInstant } from '../../../components/format';
import { translateKey } from '../../../i18n';

const COLORS = { ok: 'green', failed: 'red', never: 'gray' } as const;

export function CheckBadge({ check }: { check: BackupCheckState }) {
  const { t, i18n } = useTranslation();
  const badge = (
    <Badge color={COLORS[check.status]} variant={check.status === 'failed' ? 'filled' : 'light'}>
      {t(`backups.checkState.${check.status}`)}
    </Badge>
  );
  if (!check.at) return badge;
  const when = t('backups.checkAt', { when: formatInstant(check.at, i18n.language) });
  const label = check.messageKey ? `${when} — ${translateKey(check.messageKey, { folder: '', path: '' })}` : when;
  return (
    <Tooltip label={label} multiline maw={360} withArrow>
      {badge}
    </Tooltip>
  );
}
