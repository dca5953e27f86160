import {
  Anchor,
  Badge,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData } from '@tanstack/react-query';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Receivable } from '../../../../../shared/contract/sales-payments';
import { useApi } from '../../../api/api-context';
import { toWireError } from '../../../api/errors';
import { downloadBase64 } from '../../../api/download';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { errorText } from '../../../components/error-text';
import { formatCount, formatDate } from '../../../components/format';
import { Pager } from '../../../components/pager';
import { euros } from '../sales-money';
import { SortHeader } from '../sort-header';
import { LevelBadge } from './level-badge';

const PAGE_SIZE = 50;
type Sort = 'dueDate' | 'customer' | 'amount' | 'number';
const SORTS: readonly Sort[] = ['dueDate', 'customer', 'amount', 'number'];

/** The open invoices, the most overdue first, each with its reminder level and the way to chase it. */
export function OpenInvoices() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const api = useApi();
  const navigate = useNavigate();
  const canWrite = useCan('sales.write');
  const [params, setParams] = useSearchParams();
  const overdue = params.get('overdue') === '1';
  const search = params.get('search') ?? '';
  const sort = SORTS.find((s) => s === params.get('sort')) ?? 'dueDate';
  const dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const page = Math.max(0, Number(params.get('page')) || 0);
  const [searchText, setSearchText] = useState(search);
  const update = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: '0', ...patch })) {
      if (v === '' || (k === 'page' && v === '0')) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const commitSearch = useDebouncedCallback((s: string) => update({ search: s }), 250);
  const list = useQueryRoute(
    'sales.receivable.list',
    { page, pageSize: PAGE_SIZE, sort, dir, overdue, ...(search ? { search } : {}) },
    { placeholderData: keepPreviousData },
  );
  const dun = useMutationRoute('sales.dunning.create', {
    invalidates: ['sales.receivable.list', 'sales.dunning.list'],
  });
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const sortBy = (field: Sort) => update({ sort: field, dir: sort === field && dir === 'asc' ? 'desc' : 'asc' });

  const remind = async (r: Receivable) => {
    try {
      const dunning = await dun.mutateAsync({ documentId: r.documentId });
      notifications.show({
        color: 'green',
        message: t('salesPayments.receivables.dunned', { level: dunning.level, number: dunning.number }),
      });
      try {
        const file = await api.call('sales.dunning.letter', { id: dunning.id });
        downloadBase64(file.fileName, file.base64, file.mimeType);
      } catch {
        notifications.show({ color: 'yellow', message: t('salesPayments.receivables.letterUnavailable') });
      }
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(toWireError(error)) });
    }
  };

  return (
    <Stack gap="sm">
      <Group gap="md" align="center">
        <TextInput
          type="search"
          aria-label={t('salesPayments.receivables.searchPlaceholder')}
          placeholder={t('salesPayments.receivables.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.currentTarget.value);
            commitSearch(e.currentTarget.value);
          }}
          w={260}
        />
        <Switch
          label={t('salesPayments.receivables.overdueOnly')}
          checked={overdue}
          onChange={(e) => update({ overdue: e.currentTarget.checked ? '1' : '' })}
        />
        {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <Table highlightOnHover miw={980} aria-label={t('salesPayments.receivables.tabs.open')} aria-rowcount={total}>
          <Table.Thead>
            <Table.Tr>
              <SortHeader
                label={t('salesPayments.receivables.fields.number')}
                sorted={sort === 'number' ? dir : null}
                onSort={() => sortBy('number')}
              />
              <SortHeader
                label={t('salesPayments.receivables.fields.customer')}
                sorted={sort === 'customer' ? dir : null}
                onSort={() => sortBy('customer')}
              />
              <SortHeader
                label={t('salesPayments.receivables.fields.dueDate')}
                sorted={sort === 'dueDate' ? dir : null}
                onSort={() => sortBy('dueDate')}
              />
              <Table.Th ta="right">{t('salesPayments.receivables.fields.gross')}</Table.Th>
              <SortHeader
                label={t('salesPayments.receivables.fields.open')}
                sorted={sort === 'amount' ? dir : null}
                onSort={() => sortBy('amount')}
                align="right"
              />
              <Table.Th ta="right">{t('salesPayments.receivables.fields.late')}</Table.Th>
              <Table.Th>{t('salesPayments.receivables.fields.level')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const credit = r.kind === 'credit_note';
              const late = !credit && r.daysOverdue > 0;
              return (
                <Table.Tr key={r.documentId} data-testid={`receivable-${r.number}`}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Anchor component={Link} to={`/sales/invoices/${r.documentId}`} size="sm">
                        {r.number}
                      </Anchor>
                      {credit && (
                        <Badge size="xs" variant="light" color="grape">
                          {t('salesPayments.receivables.creditNote')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate="end" maw={240}>
                      {r.partyName}
                    </Text>
                  </Table.Td>
                  <Table.Td className="tabular">{r.dueDate ? formatDate(r.dueDate, lang) : ''}</Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {euros(r.grossTotal, lang)}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular" fw={500}>
                    {euros(r.openAmount, lang)}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular" c={late ? 'red' : 'dimmed'}>
                    {credit
                      ? ''
                      : late
                        ? t('salesPayments.receivables.days', { count: r.daysOverdue })
                        : t('salesPayments.receivables.notDue')}
                  </Table.Td>
                  <Table.Td>
                    <LevelBadge level={r.dunningLevel} />
                  </Table.Td>
                  <Table.Td>
                    {canWrite && !credit && (
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        {late && r.dunningLevel < 3 && (
                          <Button size="compact-xs" variant="light" color="orange" onClick={() => void remind(r)}>
                            {t('salesPayments.receivables.dun')}
                          </Button>
                        )}
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => void navigate(`/sales/payments/new?documentId=${r.documentId}`)}
                        >
                          {t('salesPayments.receivables.pay')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {list.isSuccess && rows.length === 0 && (
          <Center py="xl">
            <Text c="dimmed">{t('salesPayments.receivables.empty')}</Text>
          </Center>
        )}
      </Box>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('salesPayments.receivables.total', { formatted: formatCount(total, lang) })}
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
