import { Alert, Button, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { downloadBase64 } from '../../api/download';
import { toWireError } from '../../api/errors';
import { useMutationRoute } from '../../api/hooks';
import { errorText } from '../../components/error-text';
import { formatCount } from '../../components/format';

const CONTENTS = ['tables', 'fec', 'attachments', 'manifest'] as const;

/**
 * The company can leave with its data: one archive of everything, written beside the company file by the core
 * and then handed to the browser, which cannot open that folder itself.
 */
export function FullExportCard() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const run = useMutationRoute('admin.export.all', {
    onError: (error) => notifications.show({ color: 'red', message: errorText(toWireError(error)) }),
  });
  const [downloading, setDownloading] = useState(false);
  const result = run.data;
  const count = (n: number) => formatCount(n, i18n.language);
  const size = (bytes: number) => {
    const [key, value] = bytes < 1024 * 1024 ? ['sizeKb', bytes / 1024] : ['sizeMb', bytes / 1024 / 1024];
    const digits = value < 10 ? 1 : 0;
    return t(`fullExport.${key}`, {
      value: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: digits }).format(value),
    });
  };

  const download = async (path: string) => {
    setDownloading(true);
    try {
      const file = await api.call('admin.export.download', { path });
      downloadBase64(file.fileName, file.base64, 'application/zip');
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(toWireError(error)) });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Card withBorder padding="lg" data-testid="full-export">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={2} size="h4">
              {t('fullExport.title')}
            </Title>
            <Text size="sm" c="dimmed" maw={640}>
              {t('fullExport.intro')}
            </Text>
          </Stack>
          <Button
            variant="light"
            leftSection={<IconFileZip size={16} />}
            loading={run.isPending}
            onClick={() => run.mutate({})}
          >
            {t('fullExport.start')}
          </Button>
        </Group>
        <List size="sm" spacing={2}>
          {CONTENTS.map((c) => (
            <List.Item key={c}>{t(`fullExport.contents.${c}`)}</List.Item>
          ))}
        </List>
        {run.isPending && (
          <Stack gap={4} role="status">
            <Text size="sm">{t('fullExport.running')}</Text>
            <Progress value={100} animated striped aria-label={t('fullExport.running')} />
          </Stack>
        )}
        {result && !run.isPending && (
          <Alert color="green" variant="light" icon={<IconFileZip />} data-testid="full-export-done">
            <Stack gap="xs">
              <Text size="sm">
                {t('fullExport.done', {
                  tables: count(result.tables),
                  rows: count(result.rows),
                  attachments: count(result.attachments),
                  fecYears: count(result.fecYears),
                  size: size(result.size),
                })}
              </Text>
              <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                {t('fullExport.writtenTo', { path: result.path })}
              </Text>
              <Group>
                <Button
                  size="xs"
                  leftSection={<IconDownload size={14} />}
                  loading={downloading}
                  onClick={() => void download(result.path)}
                >
                  {t('fullExport.download')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
