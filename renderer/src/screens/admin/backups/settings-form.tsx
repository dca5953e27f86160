import { Button, Card, Group, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSettings } from '../../../../../shared/contract/admin-backup';
import { useMutationRoute } from '../../../api/hooks';
import { FolderField } from './folder-field';

const whole = (v: string | number, fallback: number) => (typeof v === 'number' ? Math.round(v) : fallback);

export function BackupSettingsForm({ settings, defaultFolder }: { settings: BackupSettings; defaultFolder: string }) {
  const { t } = useTranslation();
  const [s, setS] = useState(settings);
  const [folder, setFolder] = useState(settings.folder ?? '');
  const save = useMutationRoute('admin.backup.configure', {
    invalidates: ['admin.backup.list'],
    onSuccess: () => notifications.show({ color: 'green', message: t('backups.settings.saved') }),
  });
  const set = (patch: Partial<BackupSettings>) => setS((prev) => ({ ...prev, ...patch }));
  return (
    <Card withBorder padding="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ ...s, folder: folder.trim() || null });
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('backups.settings.title')}
          </Title>
          <Switch
            label={t('backups.settings.enabled')}
            checked={s.autoEnabled}
            onChange={(e) => set({ autoEnabled: e.currentTarget.checked })}
          />
          <FolderField
            label={t('backups.settings.folder')}
            description={t('backups.settings.folderDefault', { folder: defaultFolder })}
            placeholder={defaultFolder}
            value={folder}
            onChange={setFolder}
            testId="settings-folder"
          />
          <Switch
            label={t('backups.settings.onClose')}
            checked={s.onClose}
            onChange={(e) => set({ onClose: e.currentTarget.checked })}
          />
          <NumberInput
            label={t('backups.settings.interval')}
            min={1}
            max={720}
            w={200}
            value={s.intervalHours}
            onChange={(v) => set({ intervalHours: whole(v, s.intervalHours) })}
          />
          <Text size="sm" fw={500}>
            {t('backups.settings.keep')}
          </Text>
          <Group grow maw={480}>
            <NumberInput
              label={t('backups.settings.keepDaily')}
              min={0}
              max={366}
              value={s.keepDaily}
              onChange={(v) => set({ keepDaily: whole(v, s.keepDaily) })}
            />
            <NumberInput
              label={t('backups.settings.keepWeekly')}
              min={0}
              max={520}
              value={s.keepWeekly}
              onChange={(v) => set({ keepWeekly: whole(v, s.keepWeekly) })}
            />
            <NumberInput
              label={t('backups.settings.keepMonthly')}
              min={0}
              max={1200}
              value={s.keepMonthly}
              onChange={(v) => set({ keepMonthly: whole(v, s.keepMonthly) })}
            />
          </Group>
          <Text size="xs" c="dimmed" maw={640}>
            {t('backups.settings.keepHint')}
          </Text>
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('backups.settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
