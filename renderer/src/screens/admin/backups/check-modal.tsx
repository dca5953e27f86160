import { Alert, Button, Group, List, Modal, PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupCheckReport, BackupFile } from '../../../../../shared/contract/admin-backup';
import { useMutationRoute } from '../../../api/hooks';
import { formatCount, formatInstant } from '../../../components/format';
import { translateKey } from '../../../i18n';

function Report({ result }: { result: BackupCheckReport }) {
  const { t, i18n } = useTranslation();
  const r = result.report;
  if (result.status === 'failed' || !r) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={t('backups.test.failed')}>
        {translateKey(result.messageKey ?? 'errors.internal', { ...(result.details ?? {}) })}
      </Alert>
    );
  }
  const n = (v: number) => formatCount(v, i18n.language);
  return (
    <Alert color="green" variant="light" icon={<IconCircleCheck />} title={t('backups.test.ok')} data-testid="check-ok">
      <List size="sm" spacing={2}>
        <List.Item>
          {t('backups.test.created', { when: formatInstant(r.createdAt, i18n.language), version: r.appVersion })}
        </List.Item>
        {r.company && <List.Item>{t('backups.test.company', { name: r.company.legalName })}</List.Item>}
        <List.Item>{t('backups.test.rows', { rows: n(r.rows), tables: n(r.tables) })}</List.Item>
        <List.Item>{t('backups.test.chain', { links: n(r.chainLinks) })}</List.Item>
        <List.Item>{t('backups.test.schema', { from: r.schemaVersion, to: r.restoredSchemaVersion })}</List.Item>
      </List>
    </Alert>
  );
}

/** Test restore of one file: the passphrase when it is encrypted, then the report. */
export function CheckModal({ file, onClose }: { file: BackupFile; onClose(): void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const check = useMutationRoute('admin.backup.check', { invalidates: ['admin.backup.list'] });
  return (
    <Modal opened onClose={onClose} title={t('backups.test.title')} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('backups.test.intro')}</Text>
        <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {file.name}
        </Text>
        {file.encrypted && (
          <PasswordInput
            label={t('backups.test.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            data-autofocus
          />
        )}
        {check.isPending && (
          <Stack gap={4}>
            <Progress value={100} animated striped />
            <Text size="sm" c="dimmed">
              {t('backups.test.running')}
            </Text>
          </Stack>
        )}
        {check.data && <Report result={check.data} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button
            loading={check.isPending}
            disabled={file.encrypted && !passphrase}
            onClick={() => check.mutate({ path: file.path, passphrase: file.encrypted ? passphrase : null })}
          >
            {t('backups.test.run')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
