import { Anchor, Button, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { BillRow } from '../../../../../shared/contract/accounting-bills';
import { useCan } from '../../../app/session/permissions';
import { formatCount, formatDate } from '../../../components/format';
import { ListEmpty } from '../../../components/virtual-table/list-empty';
import { useRouteSource } from '../../../components/virtual-table/route-source';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table/virtual-table';
import { money } from './bill-format';
import { BillImportButton } from './bill-import-button';
import {
  billListInput,
  billParamsToSearch,
  DEFAULT_PARAMS,
  nextBillSort,
  parseBillParams,
  type BillListParams,
  type BillSort,
} from './bill-list-params';
import { BillStatusBadge } from './bill-status-badge';

// The list fills the window below the accounting tabs and the filters.
const SCREEN_HEIGHT =
  'calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md) - 36px - var(--mantine-spacing-lg))';

/** Comptabilité › Factures fournisseurs: every bill received, in one scrolling list, newest first. */
export function BillListScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseBillParams(searchParams);
  const searchRef = useRef<HTMLInputElement>(null);
  const [searchText, setSearchText] = useState(params.search);
  const canWrite = useCan('accounting.write');
  const update = (patch: Partial<BillListParams>) =>
    setSearchParams(billParamsToSearch({ ...params, ...patch }), { replace: true });
  const commitSearch = useDebouncedCallback((search: string) => update({ search }), 250);

  const filters = billListInput(params);
  const source = useRouteSource('accounting.bill.list', filters);
  const [total, setTotal] = useState<number | null>(null);
  const filtered = params.search !== '' || params.status !== 'all' || params.from !== '' || params.to !== '';

  const columns = useMemo<VirtualColumn<BillRow>[]>(
    () => [
      {
        id: 'date',
        header: t('bills.fields.issueDate'),
        sort: 'date',
        width: 105,
        cell: (row) => <span className="tabular">{formatDate(row.issueDate, lang)}</span>,
      },
      {
        id: 'supplier',
        header: t('bills.fields.supplier'),
        sort: 'supplier',
        cell: (row) => <span title={row.supplierName}>{row.supplierName}</span>,
      },
      {
        id: 'number',
        header: t('bills.fields.number'),
        sort: 'number',
        width: 180,
        cell: (row) => {
          const text = row.kind === 'credit_note' ? `${t('bills.kinds.credit_note')} ${row.number}` : row.number;
          return (
            <Anchor
              component={Link}
              to={`/accounting/bills/${row.id}`}
              size="sm"
              title={text}
              onClick={(e) => e.stopPropagation()}
              tabIndex={-1}
            >
              {text}
            </Anchor>
          );
        },
      },
      {
        id: 'dueDate',
        header: t('bills.fields.dueDate'),
        width: 110,
        cell: (row) => <span className="tabular">{row.dueDate ? formatDate(row.dueDate, lang) : ''}</span>,
      },
      {
        id: 'net',
        header: t('bills.fields.net'),
        align: 'right',
        width: 125,
        cell: (row) => <span className="tabular">{money(row.netTotal, lang, row.currency)}</span>,
      },
      {
        id: 'gross',
        header: t('bills.fields.gross'),
        sort: 'total',
        align: 'right',
        width: 130,
        cell: (row) => (
          <Text span size="sm" className="tabular" fw={500}>
            {money(row.grossTotal, lang, row.currency)}
          </Text>
        ),
      },
      {
        id: 'status',
        header: t('bills.fields.status'),
        width: 110,
        cell: (row) => <BillStatusBadge status={row.status} size="xs" />,
      },
    ],
    [t, lang],
  );

  return (
    <Stack gap="sm" h={SCREEN_HEIGHT} mih={480}>
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
          ref={searchRef}
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
      </Group>

      <VirtualTable
        source={source}
        columns={columns}
        rowKey={(row) => row.id}
        label={t('bills.title')}
        onOpen={(row) => void navigate(`/accounting/bills/${row.id}`)}
        sort={{ by: params.sort, dir: params.dir, onSort: (by) => update(nextBillSort(params, by as BillSort)) }}
        keysFrom={searchRef}
        minWidth={900}
        onTotal={setTotal}
        testId="bill-list"
        rowTestId="bill-row"
        empty={
          <ListEmpty
            filtered={filtered}
            noMatch={t('bills.noMatch')}
            empty={t('bills.empty')}
            clearLabel={t('parties.list.clearFilters')}
            onClear={() => {
              setSearchText('');
              update(DEFAULT_PARAMS);
            }}
          />
        }
      />

      <Text size="sm" c="dimmed" data-testid="bill-total">
        {total !== null && t('bills.total', { formatted: formatCount(total, lang) })}
      </Text>
    </Stack>
  );
}
