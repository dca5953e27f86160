import {
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { IconArrowDown, IconArrowUp, IconPlus, IconSearch, IconSelector } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { formatCount, formatDate } from '../../../components/format';
import { Pager } from '../../../components/pager';
import { money } from './bill-format';
import { BillImportButton } from './bill-import-button';
import {
  billListInput,
  billParamsToSearch,
  DEFAULT_PARAMS,
  nextBillSort,
  PAGE_SIZE,
  parseBillParams,
  type BillListParams,
  type BillSort,
} from './bill-list-params';
import { BillStatusBadge } from './bill-status-badge';

export function BillListScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseBillParams(searchParams);
  const [searchText, setSearchText] = useState(params.search);
  const canWrite = useCan('accounting.write');
  const update = (patch: Partial<BillListParams>, resetPage = true) =>
    setSearchParams(billParamsToSearch({ ...params, ...(resetPage ? { page: 0 } : {}), ...patch }), { replace: true });
  const commitSearch = useDebouncedCallback((search: string) => update({ search }), 250);

  const list = useQueryRoute('accounting.bill.list', billListInput(params), { placeholderData: keepPreviousData });
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filtered = params.search !== '' || params.status !== 'all' || params.from !== '' || params.to !== '';

  const header = (label: string, sort?: BillSort, align: 'left' | 'right' = 'left') => {
    const sorted = sort && params.sort === sort ? params.dir : null;
    return (
      <Table.Th
        ta={align}
        style={{ whiteSpace: 'nowrap' }}
        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
      >
        {sort ? (
          <UnstyledButton onClick={() => update(nextBillSort(params, sort))} fw={600} fz="sm">
            <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
              {label}
              {sorted === 'asc' ? (
                <IconArrowUp size={14} />
              ) : sorted === 'desc' ? (
                <IconArrowDown size={14} />
              ) : (
                <IconSelector size={14} opacity={0.4} />
              )}
            </Group>
          </UnstyledButton>
        ) : (
          label
        )}
      </Table.Th>
    );
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={1} size="h2">
          {t('bills.title')}
        </Title>
        {canWrite && (
          <Group gap="xs">
            <BillImportButton />
            <Button leftSection={<IconPlus size={16} />} onClick={() => void navigate('/accounting/bills/new')}>
              {t('bills.new')}
            </Button>
          </Group>
        )}
      </Group>

      <Group gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          type="search"
          aria-label={t('bills.search')}
          placeholder={t('bills.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.currentTarget.value);
            commitSearch(e.currentTarget.value);
          }}
          w={{ base: '100%', sm: 260 }}
        />
        <TextInput
          type="date"
          label={t('bills.from')}
          value={params.from}
          onChange={(e) => update({ from: e.currentTarget.value })}
          w={160}
        />
        <TextInput
          type="date"
          label={t('bills.to')}
          value={params.to}
          onChange={(e) => update({ to: e.currentTarget.value })}
          w={160}
        />
        <SegmentedControl
          aria-label={t('bills.fields.status')}
          value={params.status}
          onChange={(status) => update({ status: status as BillListParams['status'] })}
          data={(['all', 'draft', 'validated'] as const).map((s) => ({ value: s, label: t(`bills.statuses.${s}`) }))}
        />
        {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>

      <Box style={{ overflowX: 'auto' }}>
        <Table highlightOnHover miw={860} aria-label={t('bills.title')} aria-rowcount={total}>
          <Table.Thead>
            <Table.Tr>
              {header(t('bills.fields.issueDate'), 'date')}
              {header(t('bills.fields.supplier'), 'supplier')}
              {header(t('bills.fields.number'), 'number')}
              {header(t('bills.fields.dueDate'))}
              {header(t('bills.fields.net'), undefined, 'right')}
              {header(t('bills.fields.gross'), 'total', 'right')}
              {header(t('bills.fields.status'))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr
                key={row.id}
                style={{ cursor: 'pointer' }}
                onClick={() => void navigate(`/accounting/bills/${row.id}`)}
              >
                <Table.Td className="tabular">{formatDate(row.issueDate, i18n.language)}</Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end" maw={280}>
                    {row.supplierName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/accounting/bills/${row.id}`}
                    size="sm"
                    onClick={(e) => e.stopPropagation()}
                  >
                    {row.kind === 'credit_note' ? `${t('bills.kinds.credit_note')} ${row.number}` : row.number}
                  </Anchor>
                </Table.Td>
                <Table.Td className="tabular">{row.dueDate ? formatDate(row.dueDate, i18n.language) : ''}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {money(row.netTotal, i18n.language, row.currency)}
                </Table.Td>
                <Table.Td ta="right" className="tabular" fw={500}>
                  {money(row.grossTotal, i18n.language, row.currency)}
                </Table.Td>
                <Table.Td>
                  <BillStatusBadge status={row.status} size="xs" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.isSuccess && rows.length === 0 && (
          <Center py="xl">
            <Stack align="center" gap="xs">
              <Text c="dimmed">{filtered ? t('bills.noMatch') : t('bills.empty')}</Text>
              {filtered && (
                <Button
                  variant="subtle"
                  onClick={() => {
                    setSearchText('');
                    update(DEFAULT_PARAMS);
                  }}
                >
                  {t('parties.list.clearFilters')}
                </Button>
              )}
            </Stack>
          </Center>
        )}
        {list.isPending && (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
      </Box>

      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" c="dimmed" data-testid="bill-total">
          {t('bills.total', { formatted: formatCount(total, i18n.language) })}
        </Text>
        <Pager page={params.page} pages={pages} onPage={(page) => update({ page }, false)} />
      </Group>
    </Stack>
  );
}
