import { Alert, Button, Card, Checkbox, Group, PasswordInput, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationRoute } from '../../../api/hooks';
import { formatSize } from './backup-format';
import { FolderField } from './folder-field';

/** "Sauvegarder maintenant": where to, and whether to encrypt; the passphrase is typed twice, being the only key. */
export function BackupNow({ folder: effective }: { folder: string }) {
  const { t, i18n } = useTranslation();
  const [folder, setFolder] = useState(effective);
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const create = useMutationRoute('admin.backup.create', {
    invalidates: ['admin.backup.list'],
    onSuccess(run) {
      setPassphrase('');
      setConfirm('');
      const name = run.path?.split(/[\\/]/).pop() ?? '';
      notifications.show({
        color: 'green',
        message: t('backups.now.done', { name, size: formatSize(run.size ?? 0, i18n.language, t) }),
      });
    },
  });
  const mismatch = encrypt && confirm.length > 0 && confirm !== passphrase;
  const ready = !encrypt || (passphrase.length >= 8 && passphrase === confirm);
  const run = () =>
    create.mutate({
      folder: folder.trim() && folder.trim() !== effective ? folder.trim() : null,
      passphrase: encrypt ? passphrase : null,
    });

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('backups.now.title')}
        </Title>
        <FolderField
          label={t('backups.now.folder')}
          description={t('backups.now.folderHint')}
          value={folder}
          onChange={setFolder}
          testId="backup-folder"
        />
        <Checkbox
          label={t('backups.now.encrypt')}
          checked={encrypt}
          onChange={(e) => setEncrypt(e.currentTarget.checked)}
        />
        {encrypt && (
          <>
            <Group grow align="flex-start">
              <PasswordInput
                label={t('backups.now.passphrase')}
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
                error={passphrase.length > 0 && passphrase.length < 8 ? t('validation.backupPassphraseTooShort') : null}
                autoComplete="new-password"
              />
              <PasswordInput
                label={t('backups.now.confirm')}
                value={confirm}
                onChange={(e) => setConfirm(e.currentTarget.value)}
                error={mismatch ? t('backups.now.mismatch') : null}
                autoComplete="new-password"
              />
            </Group>
            <Alert color="orange" variant="light" icon={<IconAlertTriangle />}>
              {t('backups.now.warning')}
            </Alert>
          </>
        )}
        {create.isPending && (
          <Stack gap={4}>
            <Progress value={100} animated striped />
            <Text size="sm" c="dimmed">
              {t('backups.now.running')}
            </Text>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            loading={create.isPending}
            disabled={!ready}
            onClick={run}
          >
            {t('backups.now.run')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
