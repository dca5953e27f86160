import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Kbd,
  Loader,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation } from '@tanstack/react-query';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  IconArrowDown,
  IconArrowUp,
  IconChevronLeft,
  IconChevronRight,
  IconChevronsLeft,
  IconChevronsRight,
  IconDownload,
  IconPlus,
  IconSearch,
  IconSelector,
} from '@tabler/icons-react';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { PartyRow } from '../../../../shared/contract/parties';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/client';
import { downloadText } from '../../api/download';
import { useQueryRoute } from '../../api/hooks';
import { useCan } from '../../app/session/permissions';
import { formatCount, formatDate } from '../../components/format';
import { PartyBadges } from './party-badges';
import {
  DEFAULT_PARAMS,
  listFilters,
  listParamsToSearch,
  nextSort,
  PAGE_SIZES,
  pageCount,
  parseListParams,
  type PartyListParams,
  type PartySort,
} from './party-list-params';

const ROW_HEIGHT = 41;

interface ColumnMeta {
  sort?: PartySort;
  width?: number;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

export function PartyListScreen() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseListParams(searchParams);
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [searchText, setSearchText] = useState(params.search);
  const [cityText, setCityText] = useState(params.city);
  const canWrite = useCan('parties.write');

  const update = (patch: Partial<PartyListParams>, resetPage = true) => {
    const next = { ...params, ...(resetPage ? { page: 0 } : {}), ...patch };
    setSearchParams(listParamsToSearch(next), { replace: true });
    scrollRef.current?.scrollTo({ top: 0 });
  };
  const commitSearch = useDebouncedCallback((search: string) => update({ search }), 250);
  const commitCity = useDebouncedCallback((city: string) => update({ city }), 250);

  const input = { ...listFilters(params), page: params.page, pageSize: params.pageSize };
  const list = useQueryRoute('parties.party.list', input, { placeholderData: keepPreviousData });
  const rows = useMemo(() => list.data?.rows ?? [], [list.data]);
  const total = list.data?.total ?? 0;
  const pages = pageCount(total, params.pageSize);

  // The highlight belongs to one page of one query: a new page starts without one.
  const pageKey = JSON.stringify(input);
  const [cursor, setCursor] = useState({ pageKey, index: -1 });
  const highlighted = cursor.pageKey === pageKey ? cursor.index : -1;

  const exportCsv = useMutation<{ fileName: string; csv: string; rows: number }, ApiError>({
    mutationFn: () => api.call('parties.party.exportCsv', listFilters(params)),
    onSuccess({ fileName, csv, rows: count }) {
      downloadText(fileName, csv);
      notifications.show({ color: 'green', message: t('parties.list.exported', { count }) });
    },
  });

  const columns = useMemo<ColumnDef<PartyRow>[]>(
    () => [
      {
        id: 'code',
        header: () => t('parties.fields.code'),
        cell: ({ row }) => (
          <Text size="sm" ff="monospace">
            {row.original.code}
          </Text>
        ),
        meta: { sort: 'code', width: 110 } satisfies ColumnMeta,
      },
      {
        id: 'name',
        header: () => t('parties.fields.name'),
        cell: ({ row }) => (
          <Group gap={6} wrap="nowrap" miw={0}>
            <Anchor
              component={Link}
              to={`/parties/${row.original.id}`}
              size="sm"
              fw={500}
              truncate="end"
              onClick={(e) => e.stopPropagation()}
              tabIndex={-1}
            >
              {row.original.name}
            </Anchor>
          </Group>
        ),
        meta: { sort: 'name' } satisfies ColumnMeta,
      },
      {
        id: 'roles',
        header: () => t('parties.fields.roles'),
        cell: ({ row }) => (
          <PartyBadges
            isCustomer={row.original.isCustomer}
            isSupplier={row.original.isSupplier}
            archived={row.original.archived}
            size="xs"
          />
        ),
        meta: { width: 200 } satisfies ColumnMeta,
      },
      {
        id: 'postalCode',
        header: () => t('parties.fields.postalCode'),
        cell: ({ row }) => row.original.postalCode ?? '',
        meta: { sort: 'postalCode', width: 130 } satisfies ColumnMeta,
      },
      {
        id: 'city',
        header: () => t('parties.fields.city'),
        cell: ({ row }) => (
          <Text size="sm" truncate="end">
            {row.original.city ?? ''}
          </Text>
        ),
        meta: { sort: 'city', width: 170 } satisfies ColumnMeta,
      },
      {
        id: 'updatedAt',
        header: () => t('parties.fields.updatedAt'),
        cell: ({ row }) => (
          <Text size="sm" className="tabular">
            {formatDate(row.original.updatedAt, i18n.language)}
          </Text>
        ),
        meta: { sort: 'updatedAt', width: 120 } satisfies ColumnMeta,
      },
    ],
    [t, i18n.language],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- the table instance is only read during this render
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    getRowId: (row) => String(row.id),
  });
  const tableRows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  const open = (row: PartyRow) => void navigate(`/parties/${row.id}`);
  const goNew = () => {
    if (canWrite) void navigate(params.role === 'supplier' ? '/parties/new?role=supplier' : '/parties/new');
  };
  const move = (delta: number) => {
    if (!rows.length) return;
    const index = Math.min(
      rows.length - 1,
      Math.max(0, (highlighted < 0 && delta < 0 ? rows.length : highlighted) + delta),
    );
    setCursor({ pageKey, index });
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || document.querySelector('[role="dialog"]')) return;
    const typing = isTyping(e.target);
    const inSearch = e.target === searchRef.current;
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'n') {
      e.preventDefault();
      goNew();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (!typing && e.key === '/') {
      e.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    } else if (!typing && (e.key === 'n' || e.key === 'N')) {
      e.preventDefault();
      goNew();
    } else if (typing && !inSearch) {
      return;
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && highlighted >= 0 && rows[highlighted]) {
      const target = e.target as HTMLElement;
      if (!inSearch && target.closest('button, a, [role="button"]')) return;
      e.preventDefault();
      open(rows[highlighted]);
    } else if (e.key === 'Escape' && inSearch) {
      searchRef.current?.blur();
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const filtered = params.search !== '' || params.city !== '' || params.role !== 'all' || params.status !== 'active';

  return (
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))" mih={480}>
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={1} size="h2">
          {t('departments.parties.name')}
        </Title>
        <Group gap="xs">
          <Tooltip label={t('parties.list.exportHelp')} withArrow>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              loading={exportCsv.isPending}
              onClick={() => exportCsv.mutate()}
            >
              {t('parties.list.export')}
            </Button>
          </Tooltip>
          {canWrite && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={goNew}
              aria-keyshortcuts="N Control+N"
              rightSection={
                <Kbd size="xs" aria-hidden>
                  N
                </Kbd>
              }
            >
              {t('parties.new')}
            </Button>
          )}
        </Group>
      </Group>

      <Group gap="sm" wrap="wrap" align="center">
        <TextInput
          ref={searchRef}
          type="search"
          placeholder={t('parties.list.searchPlaceholder')}
          aria-label={t('parties.list.search')}
          leftSection={<IconSearch size={16} />}
          rightSection={
            <Kbd size="xs" aria-hidden>
              /
            </Kbd>
          }
          aria-keyshortcuts="/"
          value={searchText}
          onChange={(e) => {
            setSearchText(e.currentTarget.value);
            commitSearch(e.currentTarget.value);
          }}
          w={{ base: '100%', sm: 280 }}
        />
        <TextInput
          placeholder={t('parties.list.city')}
          aria-label={t('parties.list.city')}
          value={cityText}
          onChange={(e) => {
            setCityText(e.currentTarget.value);
            commitCity(e.currentTarget.value);
          }}
          w={160}
        />
        <SegmentedControl
          aria-label={t('parties.list.roleFilter')}
          value={params.role}
          onChange={(role) => update({ role: role as PartyListParams['role'] })}
          data={[
            { value: 'all', label: t('parties.list.roles.all') },
            { value: 'customer', label: t('parties.list.roles.customer') },
            { value: 'supplier', label: t('parties.list.roles.supplier') },
          ]}
        />
        <SegmentedControl
          aria-label={t('parties.list.statusFilter')}
          value={params.status}
          onChange={(status) => update({ status: status as PartyListParams['status'] })}
          data={[
            { value: 'active', label: t('parties.list.statuses.active') },
            { value: 'archived', label: t('parties.list.statuses.archived') },
            { value: 'all', label: t('parties.list.statuses.all') },
          ]}
        />
        {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>

      <Box
        ref={scrollRef}
        style={{
          flex: 1,
          minHeight: 0,
          overflow: 'auto',
          border: '1px solid var(--mantine-color-default-border)',
          borderRadius: 'var(--mantine-radius-sm)',
        }}
        data-testid="party-list-scroll"
      >
        <Table
          stickyHeader
          layout="fixed"
          highlightOnHover
          miw={760}
          aria-rowcount={total}
          aria-label={t('departments.parties.name')}
        >
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => {
                  const meta = (header.column.columnDef.meta ?? {}) as ColumnMeta;
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  const sorted = meta.sort && params.sort === meta.sort ? params.dir : null;
                  return (
                    <Table.Th
                      key={header.id}
                      w={meta.width}
                      style={{ whiteSpace: 'nowrap' }}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      {meta.sort ? (
                        <UnstyledButton onClick={() => update(nextSort(params, meta.sort!))} fw={600} fz="sm">
                          <Group gap={4} wrap="nowrap">
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
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {padTop > 0 && (
              <tr aria-hidden>
                <td colSpan={columns.length} style={{ height: padTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {items.map((item) => {
              const row = tableRows[item.index]!;
              const on = item.index === highlighted;
              return (
                <Table.Tr
                  key={row.id}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  aria-selected={on}
                  onClick={() => open(row.original)}
                  onMouseMove={() => !on && setCursor({ pageKey, index: item.index })}
                  bg={on ? 'var(--mantine-primary-color-light)' : undefined}
                  style={{ cursor: 'pointer' }}
                >
                  {row.getVisibleCells().map((cell) => (
                    <Table.Td key={cell.id} style={{ overflow: 'hidden', whiteSpace: 'nowrap' }}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden>
                <td colSpan={columns.length} style={{ height: padBottom, padding: 0, border: 0 }} />
              </tr>
            )}
          </Table.Tbody>
        </Table>
        {list.isSuccess && rows.length === 0 && (
          <Center py="xl">
            <Stack align="center" gap="xs">
              <Text c="dimmed">
                {total > 0 ? t('parties.list.pastEnd') : filtered ? t('parties.list.noMatch') : t('parties.list.empty')}
              </Text>
              {total > 0 ? (
                <Button variant="subtle" onClick={() => update({ page: 0 }, false)}>
                  {t('pager.first')}
                </Button>
              ) : filtered ? (
                <Button
                  variant="subtle"
                  onClick={() => {
                    setSearchText('');
                    setCityText('');
                    update({ ...DEFAULT_PARAMS, pageSize: params.pageSize });
                  }}
                >
                  {t('parties.list.clearFilters')}
                </Button>
              ) : (
                canWrite && (
                  <Button variant="light" leftSection={<IconPlus size={16} />} onClick={goNew}>
                    {t('parties.new')}
                  </Button>
                )
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
        <Group gap="md">
          <Text size="sm" c="dimmed" data-testid="party-total">
            {t('parties.list.total', { count: total, formatted: formatCount(total, i18n.language) })}
          </Text>
          <Text size="xs" c="dimmed" visibleFrom="md">
            {canWrite ? t('parties.list.keys') : t('parties.list.keysReadOnly')}
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <Select
            aria-label={t('parties.list.pageSize')}
            data={PAGE_SIZES.map((n) => ({ value: String(n), label: t('parties.list.perPage', { count: n }) }))}
            value={String(params.pageSize)}
            onChange={(v) => v && update({ pageSize: Number(v) })}
            allowDeselect={false}
            w={130}
            size="xs"
          />
          <Tooltip label={t('pager.first')}>
            <ActionIcon
              variant="default"
              aria-label={t('pager.first')}
              disabled={params.page === 0}
              onClick={() => update({ page: 0 }, false)}
            >
              <IconChevronsLeft size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('pager.previous')}>
            <ActionIcon
              variant="default"
              aria-label={t('pager.previous')}
              disabled={params.page === 0}
              onClick={() => update({ page: params.page - 1 }, false)}
            >
              <IconChevronLeft size={16} />
            </ActionIcon>
          </Tooltip>
          <Text size="sm" className="tabular" px={4} data-testid="party-page">
            {t('pager.pageOf', { page: params.page + 1, pages })}
          </Text>
          <Tooltip label={t('pager.next')}>
            <ActionIcon
              variant="default"
              aria-label={t('pager.next')}
              disabled={params.page >= pages - 1}
              onClick={() => update({ page: params.page + 1 }, false)}
            >
              <IconChevronRight size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('pager.last')}>
            <ActionIcon
              variant="default"
              aria-label={t('pager.last')}
              disabled={params.page >= pages - 1}
              onClick={() => update({ page: pages - 1 }, false)}
            >
              <IconChevronsRight size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
    </Stack>
  );
}
