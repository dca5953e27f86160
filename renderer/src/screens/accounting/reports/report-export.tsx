import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReportExportInput, ReportFile } from '../../../../../shared/contract/accounting-reports';
import { useApi } from '../../../api/api-context';
import { downloadBase64 } from '../../../api/download';
import type { ApiError } from '../../../api/client';
import { toWireError } from '../../../api/errors';
import { errorText } from '../../../components/error-text';
import { currentLanguage } from '../../../i18n';

type Format = ReportExportInput['format'];

/** The file the core wrote, handed to the browser as a download. */
export function downloadReport(file: ReportFile): void {
  downloadBase64(file.fileName, file.contentBase64, file.mimeType);
}

export function ReportExport({ request }: { request: Omit<ReportExportInput, 'format' | 'locale'> | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const run = useMutation<ReportFile, ApiError, Format>({
    meta: { quiet: true },
    mutationFn: (format) =>
      api.call('accounting.report.export', { ...request!, format, locale: currentLanguage() } as ReportExportInput),
    onSuccess: downloadReport,
    onError: (error) => notifications.show({ color: 'red', message: errorText(toWireError(error)) }),
  });
  return (
    <Group gap="xs">
      {(['csv', 'xlsx', 'pdf'] as const).map((format) => (
        <Button
          key={format}
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} />}
          disabled={!request}
          loading={run.isPending && run.variables === format}
          onClick={() => run.mutate(format)}
        >
          {t(`accounting.reports.export.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
