import { Button, FileButton, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FecExportResult } from '../../../../../shared/contract/accounting-fec';
import { useApi } from '../../../api/api-context';
import type { ApiError } from '../../../api/client';
import type { AnyRouteOutput } from '../../../api/routes';
import { downloadBase64, fileToBase64 } from '../../../api/download';
import { toWireError } from '../../../api/errors';
import { useMutationRoute } from '../../../api/hooks';
import { errorText } from '../../../components/error-text';
import { useNativeDialogs } from '../../admin/backups/use-host';

/**
 * The year's FEC (article A47 A-1). In the desktop app the core writes it straight into a folder picked in the
 * native dialog, so a large year never crosses over whole; in a browser it comes as a download.
 */
export function FecExportButton({ fiscalYearId }: { fiscalYearId: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const native = useNativeDialogs();
  const save = useMutation<AnyRouteOutput<'accounting.fec.save'>, ApiError, string>({
    meta: { quiet: true },
    mutationFn: (folder) => api.call('accounting.fec.save', { fiscalYearId, folder }),
    onSuccess: (file) =>
      notifications.show({
        color: 'green',
        message: t('accounting.chart.fecSaved', { path: file.path, lines: file.lines }),
      }),
    onError: (error) => notifications.show({ color: 'red', message: errorText(toWireError(error)) }),
  });
  const pickAndSave = async () => {
    const { path } = await api.call('shell.dialog.pickFolder', { title: t('accounting.chart.fecFolder') });
    if (path) save.mutate(path);
  };
  const run = useMutation<FecExportResult, ApiError, void>({
    meta: { quiet: true },
    mutationFn: () => api.call('accounting.fec.export', { fiscalYearId }),
    onSuccess: (file) => {
      downloadBase64(file.fileName, file.contentBase64, 'text/plain;charset=utf-8');
      notifications.show({
        color: 'green',
        message: t('accounting.chart.fecExported', { file: file.fileName, lines: file.lines }),
      });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorText(toWireError(error)) }),
  });
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconFileExport size={14} />}
      loading={run.isPending || save.isPending}
      onClick={() => (native ? void pickAndSave().catch(() => undefined) : run.mutate())}
      data-testid="fec-export"
    >
      {t('accounting.chart.fecExport')}
    </Button>
  );
}

/** Takes over the books kept in other software from their FEC; the core accepts it only before any entry. */
export function FecImportButton() {
  const { t } = useTranslation();
  const run = useMutationRoute('accounting.fec.import', {
    invalidates: [
      'accounting.year.list',
      'accounting.entry.list',
      'accounting.account.list',
      'accounting.journal.list',
    ],
  });
  const pick = async (file: File | null) => {
    if (!file) return;
    try {
      const r = await run.mutateAsync({ fileName: file.name, contentBase64: await fileToBase64(file) });
      notifications.show({ color: 'green', message: t('accounting.chart.fecImported', r) });
    } catch {
      // The refusal and its reason are shown by the query client, as for every mutation.
    }
  };
  return (
    <FileButton onChange={(file) => void pick(file)} accept=".txt,.csv,text/plain">
      {(props) => (
        <Tooltip label={t('accounting.chart.fecImportHelp')} withArrow multiline w={300}>
          <Button
            {...props}
            variant="default"
            leftSection={<IconFileImport size={16} />}
            loading={run.isPending}
            data-testid="fec-import"
          >
            {t('accounting.chart.fecImport')}
          </Button>
        </Tooltip>
      )}
    </FileButton>
  );
}
