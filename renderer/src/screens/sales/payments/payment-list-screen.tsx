import { Anchor, Box, Button, Center, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { formatCount, formatDate } from '../../../components/format';
import { Pager } from '../../../components/pager';
import { euros } from '../sales-money';
import { SortHeader } from '../sort-header';

const PAGE_SIZE = 50;

/** Ventes › Règlements: the payments received, newest first. */
export function PaymentListScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('sales.write');
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const sort = params.get('sort') === 'amount' ? 'amount' : 'date';
  const dir = params.get('dir') === 'asc' ? 'asc' : 'desc';
  const page = Math.max(0, Number(params.get('page')) || 0);
  const update = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: '0', ...patch })) {
      if (v === '' || (k === 'page' && v === '0')) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const list = useQueryRoute(
    'sales.payment.list',
    { page, pageSize: PAGE_SIZE, sort, dir, ...(from ? { from } : {}), ...(to ? { to } : {}) },
    { placeholderData: keepPreviousData },
  );
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const lang = i18n.language;
  const sortBy = (field: 'date' | 'amount') =>
    update({ sort: field, dir: sort === field && dir === 'desc' ? 'asc' : 'desc' });

  return (
    <Stack gap="sm">
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
        {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <Table highlightOnHover miw={820} aria-label={t('salesPayments.payments.title')} aria-rowcount={total}>
          <Table.Thead>
            <Table.Tr>
              <SortHeader
                label={t('salesPayments.payments.fields.date')}
                sorted={sort === 'date' ? dir : null}
                onSort={() => sortBy('date')}
              />
              <Table.Th>{t('salesPayments.payments.fields.customer')}</Table.Th>
              <Table.Th>{t('salesPayments.payments.fields.method')}</Table.Th>
              <Table.Th>{t('salesPayments.payments.fields.reference')}</Table.Th>
              <Table.Th>{t('salesPayments.payments.fields.invoices')}</Table.Th>
              <SortHeader
                label={t('salesPayments.payments.fields.amount')}
                sorted={sort === 'amount' ? dir : null}
                onSort={() => sortBy('amount')}
                align="right"
              />
              <Table.Th ta="right">{t('salesPayments.payments.fields.unallocated')}</Table.Th>
              <Table.Th>{t('salesPayments.payments.fields.entry')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td className="tabular">{formatDate(p.date, lang)}</Table.Td>
                <Table.Td>{p.partyName}</Table.Td>
                <Table.Td>{t(`salesPayments.payments.methods.${p.method}`)}</Table.Td>
                <Table.Td>{p.reference ?? ''}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {p.allocations.map((a) => (
                      <Anchor key={a.documentId} component={Link} to={`/sales/invoices/${a.documentId}`} size="sm">
                        {a.number}
                      </Anchor>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td ta="right" className="tabular" fw={500}>
                  {euros(p.amount, lang)}
                </Table.Td>
                <Table.Td ta="right" className="tabular" c={p.unallocated > 0 ? 'orange' : 'dimmed'}>
                  {p.unallocated > 0 ? euros(p.unallocated, lang) : '—'}
                </Table.Td>
                <Table.Td className="tabular">{p.entryNumber ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.isSuccess && rows.length === 0 && (
          <Center py="xl">
            <Text c="dimmed">
              {from || to ? t('salesPayments.payments.noMatch') : t('salesPayments.payments.empty')}
            </Text>
          </Center>
        )}
        {list.isPending && (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
      </Box>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('salesPayments.payments.total', { formatted: formatCount(total, lang) })}
        </Text>
        <Pager
          page={page}
          pages={Math.max(1, Math.ceil(total / PAGE_SIZE))}
          onPage={(p) => update({ page: String(p) })}
        />
      </Group>
    </Stack>
  );
}
