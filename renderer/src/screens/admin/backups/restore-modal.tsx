import { Alert, Button, Checkbox, Group, Modal, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../../../../shared/contract/admin-backup';
import { useApi } from '../../../api/api-context';
import type { WorkspaceRouteInput } from '../../../../../shared/contract/workspace';

/** Beside the backup, named after it: a sensible place the admin can change. */
function copyPathFor(file: BackupFile): string {
  return file.path.replace(/\.coulisse-backup$/, '.coulisse');
}

/**
 * Restoring is the host's work (it closes the open file and opens another), so this modal asks the host. It makes
 * the choice explicit: replace the open file (kept aside as a safety copy) or open the backup as a new file.
 */
export function RestoreModal({ file, onClose }: { file: BackupFile; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [mode, setMode] = useState<'replace' | 'copy'>('copy');
  const [copyPath, setCopyPath] = useState(copyPathFor(file));
  const [passphrase, setPassphrase] = useState('');
  const [understood, setUnderstood] = useState(false);
  const restore = useMutation({
    mutationFn: (input: WorkspaceRouteInput<'workspace.backup.restore'>) => api.call('workspace.backup.restore', input),
    onSuccess(out) {
      notifications.show({
        color: 'green',
        message: out.safetyCopyPath
          ? `${t('backups.restore.done')} ${t('backups.restore.safetyCopy', { path: out.safetyCopyPath })}`
          : t('backups.restore.done'),
        autoClose: false,
      });
      onClose();
    },
  });
  const ready =
    (!file.encrypted || passphrase.length > 0) && (mode === 'copy' ? copyPath.trim().length > 0 : understood);

  return (
    <Modal opened onClose={onClose} title={t('backups.restore.title')} size="lg">
      <Stack gap="sm">
        <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {file.name}
        </Text>
        <Radio.Group value={mode} onChange={(v) => setMode(v as 'replace' | 'copy')}>
          <Stack gap="sm">
            <Radio value="copy" label={t('backups.restore.copy')} description={t('backups.restore.copyText')} />
            <Radio
              value="replace"
              label={t('backups.restore.replace')}
              description={t('backups.restore.replaceText')}
            />
          </Stack>
        </Radio.Group>
        {mode === 'copy' ? (
          <TextInput
            label={t('backups.restore.copyPath')}
            value={copyPath}
            onChange={(e) => setCopyPath(e.currentTarget.value)}
          />
        ) : (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle />}>
            <Checkbox
              label={t('backups.restore.confirm')}
              checked={understood}
              onChange={(e) => setUnderstood(e.currentTarget.checked)}
            />
          </Alert>
        )}
        {file.encrypted && (
          <PasswordInput
            label={t('backups.restore.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={mode === 'replace' ? 'red' : undefined}
            loading={restore.isPending}
            disabled={!ready}
            onClick={() =>
              restore.mutate({
                backupPath: file.path,
                passphrase: file.encrypted ? passphrase : null,
                mode,
                copyPath: mode === 'copy' ? copyPath.trim() : null,
              })
            }
          >
            {t('backups.restore.run')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
