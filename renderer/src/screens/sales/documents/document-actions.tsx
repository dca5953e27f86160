import { Button, Group, Menu, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowForward,
  IconCash,
  IconCheck,
  IconChevronDown,
  IconFileCode,
  IconFileTypePdf,
  IconPencil,
  IconReceiptRefund,
  IconThumbDown,
  IconThumbUp,
  IconTrash,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EInvoiceFormat, SalesDocument } from '../../../../../shared/contract/sales-documents';
import { NEXT_KIND, type DocumentKind } from '../../../../../shared/domain/sales';
import { useApi } from '../../../api/api-context';
import { downloadBase64 } from '../../../api/download';
import { toWireError } from '../../../api/errors';
import { useMutationRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { errorText } from '../../../components/error-text';
import { DOCUMENT_QUERIES, documentPath } from './document-kinds';
import { PdfPreview } from './pdf-preview';

type Confirm = 'validate' | 'delete' | 'cancel' | 'deposit' | null;

/** What may be done with the document now, by its status and the session's permissions. */
export function DocumentActions({ doc, title }: { doc: SalesDocument; title: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const canWrite = useCan('sales.write');
  const canValidate = useCan('sales.validate');
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [pdfOpen, setPdfOpen] = useState(false);
  const [depositPct, setDepositPct] = useState<number | string>(30);
  const validate = useMutationRoute('sales.document.validate', { invalidates: DOCUMENT_QUERIES });
  const remove = useMutationRoute('sales.document.delete', { invalidates: DOCUMENT_QUERIES });
  const convert = useMutationRoute('sales.document.convert', { invalidates: DOCUMENT_QUERIES });
  const setStatus = useMutationRoute('sales.document.setStatus', { invalidates: DOCUMENT_QUERIES });

  const draft = doc.status === 'draft';
  const live = doc.status === 'validated' || doc.status === 'accepted';
  const invoiceLike = doc.kind === 'invoice' || doc.kind === 'deposit';
  const nextKinds = (NEXT_KIND[doc.kind] ?? []).filter((k) => k !== 'credit_note');
  const canCredit = doc.kind === 'invoice' && doc.status === 'validated' && canWrite;
  const cancellable = (doc.kind === 'quote' || doc.kind === 'order' || doc.kind === 'delivery') && live && canWrite;
  const exportable = doc.status === 'validated' && (invoiceLike || doc.kind === 'credit_note');
  const busy = validate.isPending || remove.isPending || convert.isPending || setStatus.isPending;

  const toKind = async (kind: DocumentKind, depositBp?: number) => {
    const made = await convert.mutateAsync({ id: doc.id, kind, ...(depositBp ? { depositBp } : {}) });
    notifications.show({ color: 'green', message: t('salesDocuments.done.converted') });
    // A credit note starts as the whole invoice: the clerk lowers the quantities for a partial credit.
    void navigate(documentPath(made.kind, made.id, kind === 'credit_note' ? '/edit' : ''));
  };

  const run = async () => {
    try {
      if (confirm === 'validate') {
        const done = await validate.mutateAsync({ id: doc.id });
        const numbered = t(`salesDocuments.titles.${done.kind}`, { number: done.number ?? '' });
        notifications.show({ color: 'green', message: t('salesDocuments.done.validated', { title: numbered }) });
      } else if (confirm === 'delete') {
        await remove.mutateAsync({ id: doc.id });
        notifications.show({ color: 'green', message: t('salesDocuments.done.deleted') });
        void navigate(documentPath(doc.kind, doc.id).replace(/\/\d+$/, ''), { replace: true });
      } else if (confirm === 'cancel') {
        await setStatus.mutateAsync({ id: doc.id, status: 'cancelled' });
        notifications.show({ color: 'green', message: t('salesDocuments.done.status') });
      } else if (confirm === 'deposit') {
        const bp = Math.round(Number(depositPct) * 100);
        if (bp >= 1 && bp <= 10000) await toKind('deposit', bp);
      }
    } catch {
      // Shown by the query client, as for every mutation.
    } finally {
      setConfirm(null);
    }
  };

  const changeStatus = async (status: 'accepted' | 'refused') => {
    try {
      await setStatus.mutateAsync({ id: doc.id, status });
      notifications.show({ color: 'green', message: t('salesDocuments.done.status') });
    } catch {
      // Shown by the query client.
    }
  };

  const exportAs = async (format: EInvoiceFormat) => {
    try {
      const file = await api.call('sales.document.export', { id: doc.id, format });
      downloadBase64(file.fileName, file.base64, file.mimeType);
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(toWireError(error)) });
    }
  };

  const confirmText =
    confirm === 'validate'
      ? invoiceLike || doc.kind === 'credit_note'
        ? t('salesDocuments.actions.validateInvoiceConfirm')
        : t('salesDocuments.actions.validateConfirm')
      : confirm === 'delete'
        ? t('salesDocuments.actions.deleteConfirm')
        : t('salesDocuments.actions.cancelConfirm');
  const confirmLabel =
    confirm === 'validate'
      ? t('salesDocuments.actions.validate')
      : confirm === 'delete'
        ? t('salesDocuments.actions.delete')
        : confirm === 'deposit'
          ? t('salesDocuments.actions.convert')
          : t('salesDocuments.actions.cancel');

  return (
    <>
      <Group gap="xs" wrap="wrap">
        <Button variant="default" leftSection={<IconFileTypePdf size={16} />} onClick={() => setPdfOpen(true)}>
          {t('salesDocuments.actions.pdf')}
        </Button>
        {exportable && (
          <Menu position="bottom-end">
            <Menu.Target>
              <Button
                variant="default"
                leftSection={<IconFileCode size={16} />}
                rightSection={<IconChevronDown size={14} />}
              >
                {t('salesDocuments.actions.einvoice')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {(['facturx', 'cii', 'ubl'] as const).map((f) => (
                <Menu.Item key={f} onClick={() => void exportAs(f)}>
                  {t(`salesDocuments.actions.formats.${f}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
        {draft && canWrite && (
          <>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={() => void navigate(documentPath(doc.kind, doc.id, '/edit'))}
            >
              {t('salesDocuments.actions.edit')}
            </Button>
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => setConfirm('delete')}
            >
              {t('salesDocuments.actions.delete')}
            </Button>
          </>
        )}
        {doc.kind === 'quote' && doc.status === 'validated' && canWrite && (
          <>
            <Button
              variant="light"
              color="green"
              leftSection={<IconThumbUp size={16} />}
              onClick={() => void changeStatus('accepted')}
            >
              {t('salesDocuments.actions.accept')}
            </Button>
            <Button
              variant="light"
              color="orange"
              leftSection={<IconThumbDown size={16} />}
              onClick={() => void changeStatus('refused')}
            >
              {t('salesDocuments.actions.refuse')}
            </Button>
          </>
        )}
        {cancellable && (
          <Button variant="default" leftSection={<IconX size={16} />} onClick={() => setConfirm('cancel')}>
            {t('salesDocuments.actions.cancel')}
          </Button>
        )}
        {invoiceLike && doc.status === 'validated' && doc.payment !== 'paid' && (
          <Button
            variant="light"
            leftSection={<IconCash size={16} />}
            onClick={() => void navigate(`/sales/payments/new?partyId=${doc.partyId}&documentId=${doc.id}`)}
          >
            {t('salesDocuments.actions.recordPayment')}
          </Button>
        )}
        {canCredit && (
          <Button
            variant="light"
            color="grape"
            leftSection={<IconReceiptRefund size={16} />}
            loading={convert.isPending}
            onClick={() => void toKind('credit_note').catch(() => undefined)}
          >
            {t('salesDocuments.actions.creditNote')}
          </Button>
        )}
        {live && canWrite && nextKinds.length > 0 && (
          <Menu position="bottom-end">
            <Menu.Target>
              <Button
                leftSection={<IconArrowForward size={16} />}
                rightSection={<IconChevronDown size={14} />}
                loading={convert.isPending}
              >
                {t('salesDocuments.actions.convert')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {nextKinds.map((k) => (
                <Menu.Item
                  key={k}
                  onClick={() => (k === 'deposit' ? setConfirm('deposit') : void toKind(k).catch(() => undefined))}
                >
                  {t(`salesDocuments.actions.convertTo.${k}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
        {draft && canValidate && (
          <Button leftSection={<IconCheck size={16} />} onClick={() => setConfirm('validate')}>
            {t('salesDocuments.actions.validate')}
          </Button>
        )}
      </Group>

      <PdfPreview id={doc.id} title={title} opened={pdfOpen} onClose={() => setPdfOpen(false)} />

      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm === 'deposit' ? t('salesDocuments.actions.depositTitle') : confirmLabel}
        centered
      >
        <Stack>
          {confirm === 'deposit' ? (
            <NumberInput
              label={t('salesDocuments.actions.depositShare')}
              value={depositPct}
              onChange={setDepositPct}
              min={0.01}
              max={100}
              decimalScale={2}
              decimalSeparator=","
              suffix=" %"
              data-autofocus
            />
          ) : (
            <Text size="sm">{confirmText}</Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color={confirm === 'delete' ? 'red' : undefined}
              loading={busy}
              onClick={() => void run()}
              data-autofocus={confirm !== 'deposit' ? true : undefined}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
