import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDownload, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Bill } from '../../../../../shared/contract/accounting-bills';
import { useApi } from '../../../api/api-context';
import { toWireError } from '../../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { errorText } from '../../../components/error-text';
import { formatDate } from '../../../components/format';
import { ScreenLoader } from '../../../components/screen-loader';
import { ACCOUNTING_PAGES } from '../accounting-pages';
import { downloadBase64 } from '../../../api/download';
import { BILL_QUERIES, money, rateLabel } from './bill-format';
import { BillStatusBadge } from './bill-status-badge';

/** The entry link leads somewhere only once the ledger has its own page. */
const HAS_ENTRY_PAGE = (ACCOUNTING_PAGES as readonly { key: string }[]).some((p) => p.key === 'entries');

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

export function BillDetailScreen() {
  const id = Number(useParams().id);
  const bill = useQueryRoute('accounting.bill.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  if (bill.isError) return <Alert color="red">{errorText(toWireError(bill.error))}</Alert>;
  if (!bill.data) return <ScreenLoader />;
  return <BillDetail bill={bill.data} key={bill.data.updatedAt} />;
}

function BillDetail({ bill }: { bill: Bill }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const api = useApi();
  const navigate = useNavigate();
  const canWrite = useCan('accounting.write');
  const canValidate = useCan('accounting.validate');
  const [confirm, setConfirm] = useState<'validate' | 'delete' | null>(null);
  const [downloading, setDownloading] = useState(false);
  const validate = useMutationRoute('accounting.bill.validate', { invalidates: BILL_QUERIES });
  const remove = useMutationRoute('accounting.bill.delete', { invalidates: BILL_QUERIES });
  const draft = bill.status === 'draft';
  const title =
    bill.kind === 'credit_note'
      ? t('bills.creditNoteTitle', { number: bill.number })
      : t('bills.detailTitle', { number: bill.number });
  const amount = (cents: number) => money(cents, lang, bill.currency);

  const run = async () => {
    try {
      if (confirm === 'validate') {
        const done = await validate.mutateAsync({ id: bill.id });
        notifications.show({ color: 'green', message: t('bills.validated', { number: done.entryNumber ?? '' }) });
      } else if (confirm === 'delete') {
        await remove.mutateAsync({ id: bill.id });
        notifications.show({ color: 'green', message: t('bills.deleted') });
        void navigate('/accounting/bills', { replace: true });
      }
    } catch {
      // Shown by the query client, as for every mutation.
    } finally {
      setConfirm(null);
    }
  };

  const download = async () => {
    setDownloading(true);
    try {
      const file = await api.call('accounting.bill.attachment', { id: bill.id });
      downloadBase64(file.fileName, file.contentBase64, file.mimeType);
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(toWireError(error)) });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Stack maw={1100} gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/accounting/bills" size="sm">
          {t('bills.title')}
        </Anchor>
        <Text size="sm">{bill.number}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="center" wrap="wrap">
        <Group gap="sm">
          <Title order={1} size="h2">
            {title}
          </Title>
          <BillStatusBadge status={bill.status} size="md" />
        </Group>
        <Group gap="xs">
          {draft && canWrite && (
            <>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={() => void navigate(`/accounting/bills/${bill.id}/edit`)}
              >
                {t('bills.actions.edit')}
              </Button>
              <Button
                variant="default"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => setConfirm('delete')}
              >
                {t('bills.actions.delete')}
              </Button>
            </>
          )}
          {draft && canValidate && (
            <Button leftSection={<IconCheck size={16} />} onClick={() => setConfirm('validate')}>
              {t('bills.actions.validate')}
            </Button>
          )}
        </Group>
      </Group>

      {draft && bill.currency !== 'EUR' && (
        <Alert color="yellow">{t('bills.notPostable', { currency: bill.currency })}</Alert>
      )}

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          <Field label={t('bills.fields.supplier')}>
            <Anchor component={Link} to={`/parties/${bill.partyId}`} size="sm">
              {bill.supplierName}
            </Anchor>
          </Field>
          <Field label={t('bills.fields.kind')}>{t(`bills.kinds.${bill.kind}`)}</Field>
          <Field label={t('bills.fields.issueDate')}>{formatDate(bill.issueDate, lang)}</Field>
          <Field label={t('bills.fields.dueDate')}>{bill.dueDate ? formatDate(bill.dueDate, lang) : '—'}</Field>
          <Field label={t('bills.fields.currency')}>{bill.currency}</Field>
          <Field label={t('bills.fields.paymentMeans')}>{bill.paymentMeans ?? '—'}</Field>
          <Field label={t('bills.fields.entry')}>
            {bill.entryId === null ? (
              '—'
            ) : HAS_ENTRY_PAGE ? (
              <Anchor component={Link} to={`/accounting/entries/${bill.entryId}`} size="sm" data-testid="bill-entry">
                {bill.entryNumber}
              </Anchor>
            ) : (
              <Badge variant="outline" data-testid="bill-entry">
                {bill.entryNumber}
              </Badge>
            )}
          </Field>
          <Field label={t('bills.fields.attachment')}>
            {bill.attachment ? (
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconDownload size={14} />}
                loading={downloading}
                onClick={() => void download()}
                title={`SHA-256 ${bill.attachment.sha256}`}
              >
                {bill.attachment.fileName}
              </Button>
            ) : (
              '—'
            )}
          </Field>
        </SimpleGrid>
      </Paper>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('bills.lines.title')}
        </Title>
        <Table aria-label={t('bills.lines.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bills.lines.label')}</Table.Th>
              <Table.Th ta="right">{t('bills.lines.quantity')}</Table.Th>
              <Table.Th>{t('bills.lines.account')}</Table.Th>
              <Table.Th ta="right">{t('bills.lines.rate')}</Table.Th>
              <Table.Th ta="right">{t('bills.lines.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bill.lines.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  {l.label}
                  {l.fixedAsset && (
                    <Badge ml="xs" size="xs" variant="light">
                      {t('bills.lines.fixedAsset')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {l.quantity ?? ''}
                </Table.Td>
                <Table.Td ff="monospace">{l.accountNumber}</Table.Td>
                <Table.Td ta="right">{rateLabel(l.vatRate, lang)}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {amount(l.netAmount)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('bills.vatTable.title')}
          </Title>
          <Table aria-label={t('bills.vatTable.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bills.vatTable.rate')}</Table.Th>
                <Table.Th ta="right">{t('bills.vatTable.base')}</Table.Th>
                <Table.Th ta="right">{t('bills.vatTable.vat')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {bill.vat.map((v) => (
                <Table.Tr key={v.rate}>
                  <Table.Td>{rateLabel(v.rate, lang)}</Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {amount(v.base)}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {amount(v.vat)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap={6} data-testid="bill-totals">
            <Group justify="space-between">
              <Text size="sm">{t('bills.fields.net')}</Text>
              <Text size="sm" className="tabular">
                {amount(bill.netTotal)}
              </Text>
            </Group>
            <Group justify="space-between">
              <Text size="sm">{t('bills.fields.vat')}</Text>
              <Text size="sm" className="tabular">
                {amount(bill.vatTotal)}
              </Text>
            </Group>
            <Group justify="space-between">
              <Text fw={700}>{t('bills.fields.gross')}</Text>
              <Text fw={700} className="tabular">
                {amount(bill.grossTotal)}
              </Text>
            </Group>
          </Stack>
        </Paper>
      </SimpleGrid>

      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm === 'validate' ? t('bills.actions.validate') : t('bills.actions.delete')}
        centered
      >
        <Stack>
          <Text size="sm">
            {confirm === 'validate' ? t('bills.actions.validateConfirm') : t('bills.actions.deleteConfirm')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color={confirm === 'delete' ? 'red' : undefined}
              loading={validate.isPending || remove.isPending}
              onClick={() => void run()}
              data-autofocus
            >
              {confirm === 'validate' ? t('bills.actions.validate') : t('bills.actions.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
