import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Payment } from '../../../../../shared/contract/sales-payments';
import { useCan } from '../../../app/session/permissions';
import { formatCount, formatDate } from '../../../components/format';
import { useRouteSource } from '../../../components/virtual-table/route-source';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table/virtual-table';
import { euros } from '../sales-money';

type PaymentSort = 'date' | 'amount';

// The list fills the window below the sales tabs and the filters.
const SCREEN_HEIGHT =
  'calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md) - 36px - var(--mantine-spacing-lg))';

/** Ventes › Règlements: the payments received, newest first, in one scrolling list. */
export function PaymentListScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const canWrite = useCan('sales.write');
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const sort: PaymentSort = params.get('sort') === 'amount' ? 'amount' : 'date';
  const dir = params.get('dir') === 'asc' ? 'asc' : 'desc';
  const update = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    // The list scrolls instead of paging: a page left in an older address is dropped with the next change.
    next.delete('page');
    for (const [k, v] of Object.entries(patch)) {
      if (v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const source = useRouteSource('sales.payment.list', {
    sort,
    dir,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
  const [total, setTotal] = useState<number | null>(null);
  const sortBy = (field: PaymentSort) =>
    update({ sort: field, dir: sort === field && dir === 'desc' ? 'asc' : 'desc' });

  const columns = useMemo<VirtualColumn<Payment>[]>(
    () => [
      {
        id: 'date',
        header: t('salesPayments.payments.fields.date'),
        sort: 'date',
        width: 105,
        cell: (p) => <span className="tabular">{formatDate(p.date, lang)}</span>,
      },
      {
        id: 'customer',
        header: t('salesPayments.payments.fields.customer'),
        cell: (p) => <span title={p.partyName}>{p.partyName}</span>,
      },
      {
        id: 'method',
        header: t('salesPayments.payments.fields.method'),
        width: 115,
        cell: (p) => t(`salesPayments.payments.methods.${p.method}`),
      },
      {
        id: 'reference',
        header: t('salesPayments.payments.fields.reference'),
        width: 130,
        cell: (p) => <span title={p.reference ?? undefined}>{p.reference ?? ''}</span>,
      },
      {
        id: 'invoices',
        header: t('salesPayments.payments.fields.invoices'),
        width: 150,
        cell: (p) => (
          <Group gap={6} wrap="nowrap">
            {p.allocations.map((a) => (
              <Anchor key={a.documentId} component={Link} to={`/sales/invoices/${a.documentId}`} size="sm">
                {a.number}
              </Anchor>
            ))}
          </Group>
        ),
      },
      {
        id: 'amount',
        header: t('salesPayments.payments.fields.amount'),
        sort: 'amount',
        align: 'right',
        width: 115,
        cell: (p) => (
          <Text span size="sm" className="tabular" fw={500}>
            {euros(p.amount, lang)}
          </Text>
        ),
      },
      {
        id: 'unallocated',
        header: t('salesPayments.payments.fields.unallocated'),
        align: 'right',
        width: 110,
        cell: (p) => (
          <Text span size="sm" className="tabular" c={p.unallocated > 0 ? 'orange' : 'dimmed'}>
            {p.unallocated > 0 ? euros(p.unallocated, lang) : '—'}
          </Text>
        ),
      },
      {
        id: 'entry',
        header: t('salesPayments.payments.fields.entry'),
        width: 140,
        cell: (p) => <span className="tabular">{p.entryNumber ?? ''}</span>,
      },
    ],
    [t, lang],
  );

  return (
    <Stack gap="sm" h={SCREEN_HEIGHT} mih={480}>
      <Group justify="space-between" align="center">
        <Title order={1} size="h2">
          {t('salesPayments.payments.title')}
        </Title>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => void navigate('/sales/payments/new')}>
            {t('salesPayments.payments.new')}
          </Button>
        )}
      </Group>
      <Group gap="sm" align="flex-end">
        <TextInput
          type="date"
          label={t('salesPayments.payments.from')}
          value={from}
          onChange={(e) => update({ from: e.currentTarget.value })}
          w={160}
        />
        <TextInput
          type="date"
          label={t('salesPayments.payments.to')}
          value={to}
          onChange={(e) => update({ to: e.currentTarget.value })}
          w={160}
        />
      </Group>
      <VirtualTable
        source={source}
        columns={columns}
        rowKey={(p) => p.id}
        label={t('salesPayments.payments.title')}
        sort={{ by: sort, dir, onSort: (by) => sortBy(by as PaymentSort) }}
        minWidth={980}
        onTotal={setTotal}
        testId="payment-list"
        rowTestId="payment-row"
        empty={
          <Text c="dimmed">{from || to ? t('salesPayments.payments.noMatch') : t('salesPayments.payments.empty')}</Text>
        }
      />
      <Text size="sm" c="dimmed" data-testid="payment-total">
        {total !== null && t('salesPayments.payments.total', { formatted: formatCount(total, lang) })}
      </Text>
    </Stack>
  );
}
