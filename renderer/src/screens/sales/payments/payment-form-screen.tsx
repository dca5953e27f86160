import {
  Alert,
  Box,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PaymentMethod } from '../../../../../shared/contract/sales-payments';
import { formatCents, parseAmount } from '../../../../../shared/domain/money';
import { issuesOf, toWireError } from '../../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { errorText } from '../../../components/error-text';
import { formatDate } from '../../../components/format';
import { translateError } from '../../../components/form-errors';
import { euros, localToday } from '../sales-money';
import { fillOldest, preselectedFirst } from './allocation';
import { CustomerSelect } from '../customer-select';

type Method = PaymentMethod;

const asText = (cents: number | undefined, lang: string) =>
  cents ? formatCents(cents, lang === 'en' ? 'en' : 'fr').replace(/[\u202f,](?=\d{3})/g, '') : '';

/** Ventes › Règlements › Nouveau: who paid, how much, and which invoices it settles. */
export function PaymentFormScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const preselected = params.get('documentId') ? Number(params.get('documentId')) : null;
  const fromDocument = useQueryRoute('sales.document.get', { id: preselected ?? 0 }, { enabled: preselected !== null });

  // Until the clerk picks them, the customer and amount are the preselected invoice's, the account follows the
  // method, and the allocations follow the oldest invoices.
  const [chosenParty, setPartyId] = useState<string | null>(null);
  const [date, setDate] = useState(localToday());
  const [method, setMethod] = useState<Method>('transfer');
  const [typedAmount, setAmountText] = useState<string | null>(null);
  const [reference, setReference] = useState('');
  const [chosenAccount, setAccountNumber] = useState<string | null>(null);
  const [typed, setTyped] = useState<Record<number, string> | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const partyId = chosenParty ?? (fromDocument.data ? String(fromDocument.data.partyId) : null);
  const amountText = typedAmount ?? (fromDocument.data ? asText(fromDocument.data.openAmount, lang) : '');
  const accounts = useQueryRoute('sales.payment.accounts', {});
  const accountNumber =
    chosenAccount ??
    (accounts.data ?? []).find((a) => a.kind === (method === 'cash' ? 'cash' : 'bank'))?.accountNumber ??
    null;

  const open = useQueryRoute(
    'sales.receivable.list',
    { partyId: Number(partyId), sort: 'dueDate', pageSize: 200 },
    { enabled: partyId !== null },
  );
  const invoices = useMemo(
    () =>
      preselectedFirst(
        (open.data?.rows ?? []).filter((r) => r.kind !== 'credit_note'),
        preselected,
      ),
    [open.data, preselected],
  );
  const amount = parseAmount(amountText) ?? 0;
  const allocations = useMemo(
    () =>
      typed ??
      Object.fromEntries(Object.entries(fillOldest(amount, invoices)).map(([id, c]) => [Number(id), asText(c, lang)])),
    [typed, amount, invoices, lang],
  );

  const allocated = invoices.reduce((s, i) => s + (parseAmount(allocations[i.documentId] ?? '') ?? 0), 0);
  const left = amount - allocated;

  const create = useMutationRoute('sales.payment.create', {
    invalidates: [
      'sales.payment.list',
      'sales.receivable.list',
      'sales.receivable.aged',
      'sales.summary.get',
      'sales.document.list',
      'sales.document.get',
    ],
  });

  const submit = async () => {
    const issues: Record<string, string> = {};
    if (partyId === null) issues.partyId = 'validation.required';
    if (amount <= 0) issues.amount = 'validation.required';
    setErrors(issues);
    if (Object.keys(issues).length) return;
    const lines = invoices
      .map((i) => ({ documentId: i.documentId, amount: parseAmount(allocations[i.documentId] ?? '') ?? 0 }))
      .filter((a) => a.amount > 0);
    try {
      const payment = await create.mutateAsync({
        partyId: Number(partyId),
        date,
        method,
        amount,
        reference: reference.trim() || null,
        accountNumber,
        allocations: lines,
      });
      notifications.show({
        color: 'green',
        message: t('salesPayments.payments.form.saved', {
          amount: euros(payment.amount, lang),
          entry: payment.entryNumber ?? '',
        }),
      });
      void navigate('/sales/payments');
    } catch (error) {
      const found = issuesOf(error);
      const byPath: Record<string, string> = {};
      for (const issue of found) {
        // Allocation issues name the row sent; show them on that invoice's row.
        const m = /^allocations\.(\d+)\./.exec(issue.path);
        const key = m ? `doc.${lines[Number(m[1])]?.documentId}` : issue.path;
        byPath[key] ??= issue.messageKey;
      }
      setErrors(byPath);
      if (found.length === 0 || byPath.allocations)
        notifications.show({ color: 'red', message: errorText(toWireError(error)) });
    }
  };

  return (
    <Stack gap="md" maw={980}>
      <Title order={1} size="h2">
        {t('salesPayments.payments.form.title')}
      </Title>
      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <CustomerSelect
            value={partyId}
            onChange={(v) => {
              setPartyId(v);
              setTyped(null);
            }}
            error={translateError(errors.partyId)}
          />
          <TextInput
            type="date"
            label={t('salesPayments.payments.fields.date')}
            withAsterisk
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={translateError(errors.date)}
          />
          <Select
            label={t('salesPayments.payments.fields.method')}
            withAsterisk
            allowDeselect={false}
            data={PaymentMethod.options.map((m) => ({ value: m, label: t(`salesPayments.payments.methods.${m}`) }))}
            value={method}
            onChange={(v) => {
              if (!v) return;
              setMethod(v as Method);
              setAccountNumber(null);
            }}
          />
          <TextInput
            label={t('salesPayments.payments.fields.amount')}
            description={t('salesPayments.payments.form.amountHelp')}
            withAsterisk
            inputMode="decimal"
            rightSection="€"
            value={amountText}
            onChange={(e) => setAmountText(e.currentTarget.value)}
            error={translateError(errors.amount)}
          />
          <Select
            label={t('salesPayments.payments.fields.account')}
            allowDeselect={false}
            data={(accounts.data ?? []).map((a) => ({
              value: a.accountNumber,
              label: `${a.label} (${a.accountNumber})`,
            }))}
            value={accountNumber}
            onChange={setAccountNumber}
            error={translateError(errors.accountNumber)}
          />
          <TextInput
            label={t('salesPayments.payments.fields.reference')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            error={translateError(errors.reference)}
          />
        </SimpleGrid>
      </Card>

      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('salesPayments.payments.form.openInvoices')}
            </Title>
            {invoices.length > 0 && (
              <Group gap="xs">
                <Button variant="subtle" size="xs" onClick={() => setTyped(null)}>
                  {t('salesPayments.payments.form.fillOldest')}
                </Button>
                <Button variant="subtle" size="xs" color="gray" onClick={() => setTyped({})}>
                  {t('salesPayments.payments.form.clear')}
                </Button>
              </Group>
            )}
          </Group>
          {partyId === null ? (
            <Text c="dimmed" size="sm">
              {t('salesPayments.payments.form.chooseCustomer')}
            </Text>
          ) : open.isSuccess && invoices.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('salesPayments.payments.form.noOpenInvoices')}
            </Text>
          ) : (
            <Box style={{ overflowX: 'auto' }}>
              <Table aria-label={t('salesPayments.payments.form.openInvoices')} miw={640}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('salesPayments.payments.form.invoice')}</Table.Th>
                    <Table.Th>{t('salesPayments.payments.form.dueDate')}</Table.Th>
                    <Table.Th ta="right">{t('salesPayments.payments.form.open')}</Table.Th>
                    <Table.Th ta="right">{t('salesPayments.payments.form.allocate')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {invoices.map((inv) => (
                    <Table.Tr key={inv.documentId}>
                      <Table.Td>{inv.number}</Table.Td>
                      <Table.Td className="tabular" c={inv.daysOverdue > 0 ? 'red' : undefined}>
                        {inv.dueDate ? formatDate(inv.dueDate, lang) : ''}
                      </Table.Td>
                      <Table.Td ta="right" className="tabular">
                        {euros(inv.openAmount, lang)}
                      </Table.Td>
                      <Table.Td ta="right" w={180}>
                        <TextInput
                          aria-label={`${t('salesPayments.payments.form.allocate')} ${inv.number}`}
                          inputMode="decimal"
                          size="xs"
                          styles={{ input: { textAlign: 'right' } }}
                          value={allocations[inv.documentId] ?? ''}
                          onChange={(e) => {
                            const v = e.currentTarget.value;
                            setTyped({ ...allocations, [inv.documentId]: v });
                          }}
                          error={translateError(errors[`doc.${inv.documentId}`])}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Box>
          )}
          <Group justify="flex-end" gap="lg">
            <Text size="sm" className="tabular">
              {t('salesPayments.payments.form.allocated', { amount: euros(allocated, lang) })}
            </Text>
            {left >= 0 ? (
              <Text size="sm" className="tabular" c={left > 0 ? 'orange' : 'dimmed'} data-testid="payment-unallocated">
                {t('salesPayments.payments.form.unallocated', { amount: euros(left, lang) })}
              </Text>
            ) : null}
          </Group>
          {left < 0 && (
            <Alert color="red" variant="light">
              {t('salesPayments.payments.form.overAllocated', { amount: euros(-left, lang) })}
            </Alert>
          )}
        </Stack>
      </Card>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={() => void navigate('/sales/payments')}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={create.isPending} disabled={left < 0}>
          {t('salesPayments.payments.form.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
