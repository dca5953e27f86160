import { Anchor, Button, Group, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconAlertTriangle, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { RequestRow } from '../../../../../shared/contract/sales-requests';
import { useCan } from '../../../app/session/permissions';
import { formatCount, formatDate } from '../../../components/format';
import { ListEmpty } from '../../../components/virtual-table/list-empty';
import { useRouteSource } from '../../../components/virtual-table/route-source';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table/virtual-table';
import { PriorityBadge, StatusBadge } from './request-badges';
import {
  DEFAULT_PARAMS,
  nextRequestSort,
  parseRequestParams,
  REQUEST_FILTERS,
  requestListInput,
  requestParamsToSearch,
  type RequestFilter,
  type RequestListParams,
  type RequestSort,
} from './request-list-params';

// The list fills the window below the sales tabs, the filters and the search.
const SCREEN_HEIGHT =
  'calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md) - 36px - var(--mantine-spacing-lg))';

/** Ventes › SAV: the after-sales requests in one scrolling list, filtered by tab and text, sorted by the core. */
export function RequestListScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseRequestParams(searchParams);
  const searchRef = useRef<HTMLInputElement>(null);
  const [searchText, setSearchText] = useState(params.search);
  const canWrite = useCan('sales.write');
  const update = (patch: Partial<RequestListParams>) =>
    setSearchParams(requestParamsToSearch({ ...params, ...patch }), { replace: true });
  const commitSearch = useDebouncedCallback((search: string) => update({ search }), 250);

  const source = useRouteSource('sales.request.list', requestListInput(params));
  const [total, setTotal] = useState<number | null>(null);
  const filtered = params.search !== '' || params.filter !== DEFAULT_PARAMS.filter;
  const filterLabel = (f: RequestFilter) =>
    f === 'open' || f === 'overdue' || f === 'all' ? t(`salesRequests.filters.${f}`) : t(`salesRequests.status.${f}`);

  const columns = useMemo<VirtualColumn<RequestRow>[]>(
    () => [
      {
        id: 'number',
        header: t('salesRequests.fields.number'),
        sort: 'number',
        width: 145,
        cell: (row) => (
          <Anchor
            component={Link}
            to={`/sales/requests/${row.id}`}
            size="sm"
            className="tabular"
            onClick={(e) => e.stopPropagation()}
            tabIndex={-1}
          >
            {row.number}
          </Anchor>
        ),
      },
      {
        id: 'subject',
        header: t('salesRequests.fields.subject'),
        cell: (row) => (
          <span title={row.subject}>
            {row.subject}
            <Text span size="xs" c="dimmed" ml={6}>
              {t(`salesRequests.type.${row.type}`)}
            </Text>
          </span>
        ),
      },
      {
        id: 'customer',
        header: t('salesRequests.fields.customer'),
        width: 150,
        cell: (row) => <span title={row.partyName}>{row.partyName}</span>,
      },
      {
        id: 'priority',
        header: t('salesRequests.fields.priority'),
        sort: 'priority',
        width: 95,
        cell: (row) => <PriorityBadge priority={row.priority} size="xs" />,
      },
      {
        id: 'status',
        header: t('salesRequests.fields.status'),
        width: 125,
        cell: (row) => <StatusBadge status={row.status} size="xs" />,
      },
      {
        id: 'assignee',
        header: t('salesRequests.fields.assignee'),
        width: 115,
        cell: (row) => (
          <Text span size="sm" c={row.assigneeName ? undefined : 'dimmed'}>
            {row.assigneeName ?? t('salesRequests.form.unassigned')}
          </Text>
        ),
      },
      {
        id: 'dueDate',
        header: t('salesRequests.fields.dueDate'),
        sort: 'dueDate',
        width: 115,
        cell: (row) =>
          row.dueDate && (
            <Group gap={4} wrap="nowrap" c={row.overdue ? 'red' : undefined}>
              {row.overdue && <IconAlertTriangle size={14} aria-label={t('salesRequests.overdueSince')} role="img" />}
              <Text span size="sm" className="tabular" fw={row.overdue ? 600 : undefined}>
                {formatDate(row.dueDate, lang)}
              </Text>
            </Group>
          ),
      },
      {
        id: 'createdAt',
        header: t('salesRequests.fields.createdAt'),
        sort: 'createdAt',
        width: 120,
        cell: (row) => <span className="tabular">{formatDate(row.createdAt, lang)}</span>,
      },
    ],
    [t, lang],
  );

  return (
    <Stack gap="sm" h={SCREEN_HEIGHT} mih={480}>
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={1} size="h2">
          {t('salesRequests.title')}
        </Title>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => void navigate('/sales/requests/new')}>
            {t('salesRequests.new')}
          </Button>
        )}
      </Group>

      <Tabs
        variant="pills"
        value={params.filter}
        onChange={(v) => v && update({ filter: v as RequestFilter })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('salesRequests.filters.label')}>
          {REQUEST_FILTERS.map((f) => (
            <Tabs.Tab key={f} value={f} color={f === 'overdue' ? 'red' : undefined}>
              {filterLabel(f)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>

      <TextInput
        ref={searchRef}
        type="search"
        aria-label={t('salesRequests.search')}
        placeholder={t('salesRequests.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={searchText}
        onChange={(e) => {
          setSearchText(e.currentTarget.value);
          commitSearch(e.currentTarget.value);
        }}
        w={{ base: '100%', sm: 300 }}
      />

      <VirtualTable
        source={source}
        columns={columns}
        rowKey={(row) => row.id}
        label={t('salesRequests.title')}
        onOpen={(row) => void navigate(`/sales/requests/${row.id}`)}
        sort={{
          by: params.sort,
          dir: params.dir,
          onSort: (by) => update(nextRequestSort(params, by as RequestSort)),
        }}
        keysFrom={searchRef}
        minWidth={1000}
        onTotal={setTotal}
        testId="request-list"
        rowTestId="request-row"
        empty={
          <ListEmpty
            filtered={filtered}
            noMatch={t('salesRequests.noMatch')}
            empty={t('salesRequests.empty')}
            clearLabel={t('salesRequests.clearFilters')}
            onClear={() => {
              setSearchText('');
              update(DEFAULT_PARAMS);
            }}
          />
        }
      />

      <Text size="sm" c="dimmed" data-testid="request-total">
        {total !== null && t('salesRequests.total', { formatted: formatCount(total, lang) })}
      </Text>
    </Stack>
  );
}
