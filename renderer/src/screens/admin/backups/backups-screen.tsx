import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQueryRoute } from '../../../api/hooks';
import { formatInstant } from '../../../components/format';
import { ScreenLoader } from '../../../components/screen-loader';
import { BackupNow } from './backup-now';
import { BackupTable } from './backup-table';
import { BackupSettingsForm } from './settings-form';
import { FailureAlert } from './failure-alert';
import { RunsTable } from './runs-table';

/** Sauvegardes: back up now, the files of the backup folder with their test restores, the automatic backups. */
export function BackupsScreen() {
  const { t, i18n } = useTranslation();
  const list = useQueryRoute('admin.backup.list', {}, { staleTime: 0 });
  if (!list.data) return <ScreenLoader />;
  const { folder, defaultFolder, settings, files, runs, lastFailure, nextAutoAt } = list.data;

  return (
    <Stack gap="md" maw={1200}>
      {lastFailure && (
        <FailureAlert
          failure={{
            kind: lastFailure.kind,
            at: lastFailure.startedAt,
            messageKey: lastFailure.errorKey ?? 'errors.internal',
            details: lastFailure.errorDetail ? (JSON.parse(lastFailure.errorDetail) as Record<string, unknown>) : null,
          }}
        />
      )}
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('backups.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          {t('backups.intro')}
        </Text>
      </Stack>
      <BackupNow key={folder} folder={folder} />
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Group justify="space-between" align="baseline">
            <Stack gap={0}>
              <Title order={2} size="h4">
                {t('backups.list.title')}
              </Title>
              <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                {t('backups.list.folder', { folder })}
              </Text>
            </Stack>
            <Text size="sm" c="dimmed">
              {nextAutoAt
                ? t('backups.list.next', { when: formatInstant(nextAutoAt, i18n.language) })
                : t('backups.list.nextOff')}
            </Text>
          </Group>
          <BackupTable files={files} />
        </Stack>
      </Card>
      <RunsTable runs={runs} />
      <BackupSettingsForm key={JSON.stringify(settings)} settings={settings} defaultFolder={defaultFolder} />
    </Stack>
  );
}
