import { Alert, Button, Center, Group, Loader, Modal, Stack } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBase64 } from '../../../api/download';
import { toWireError } from '../../../api/errors';
import { useQueryRoute } from '../../../api/hooks';
import { errorText } from '../../../components/error-text';

function base64Blob(base64: string, type: string): Blob {
  return new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type });
}

/** The document's PDF as the customer will receive it, shown in the app, with download and print. */
export function PdfPreview({
  id,
  title,
  opened,
  onClose,
}: {
  id: number;
  title: string;
  opened: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const frame = useRef<HTMLIFrameElement>(null);
  const pdf = useQueryRoute('sales.document.pdf', { id }, { enabled: opened, meta: { quiet: true }, staleTime: 0 });
  const url = useMemo(
    () => (pdf.data ? URL.createObjectURL(base64Blob(pdf.data.base64, pdf.data.mimeType)) : null),
    [pdf.data],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="80%" centered>
      <Stack gap="sm">
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            disabled={!url}
            onClick={() => frame.current?.contentWindow?.print()}
          >
            {t('salesDocuments.actions.print')}
          </Button>
          <Button
            leftSection={<IconDownload size={16} />}
            disabled={!pdf.data}
            onClick={() => pdf.data && downloadBase64(pdf.data.fileName, pdf.data.base64, pdf.data.mimeType)}
          >
            {t('salesDocuments.actions.download')}
          </Button>
        </Group>
        {pdf.isError && <Alert color="red">{errorText(toWireError(pdf.error))}</Alert>}
        {pdf.isFetching && !url && (
          <Center h={400}>
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        {url && (
          <iframe
            ref={frame}
            src={url}
            title={title}
            data-testid="pdf-preview"
            style={{ width: '100%', height: '75vh', border: 0 }}
          />
        )}
      </Stack>
    </Modal>
  );
}
