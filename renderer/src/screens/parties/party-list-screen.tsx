import { Anchor, Button, Group, Kbd, SegmentedControl, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { IconDownload, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { PartyRow } from '../../../../shared/contract/parties';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/client';
import { downloadText } from '../../api/download';
import { useCan } from '../../app/session/permissions';
import { formatCount, formatDate } from '../../components/format';
import { ListEmpty } from '../../components/virtual-table/list-empty';
import { useRouteSource } from '../../components/virtual-table/route-source';
import { VirtualTable, type VirtualColumn } from '../../components/virtual-table/virtual-table';
import { PartyBadges } from './party-badges';
import {
  DEFAULT_PARAMS,
  listFilters,
  listParamsToSearch,
  nextSort,
  parseListParams,
  type PartyListParams,
  type PartySort,
} from './party-list-params';

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
  const [searchText, setSearchText] = useState(params.search);
  const [cityText, setCityText] = useState(params.city);
  const canWrite = useCan('parties.write');

  const update = (patch: Partial<PartyListParams>) =>
    setSearchParams(listParamsToSearch({ ...params, ...patch }), { replace: true });
  const commitSearch = useDebouncedCallback((search: string) => update({ search }), 250);
  const commitCity = useDebouncedCallback((city: string) => update({ city }), 250);

  const filters = listFilters(params);
  const source = useRouteSource('parties.party.list', filters);

  const exportCsv = useMutation<{ fileName: string; csv: string; rows: number }, ApiError>({
    mutationFn: () => api.call('parties.party.exportCsv', filters),
    onSuccess({ fileName, csv, rows: count }) {
      downloadText(fileName, csv);
      notifications.show({ color: 'green', message: t('parties.list.exported', { count }) });
    },
  });

  const columns = useMemo<VirtualColumn<PartyRow>[]>(
    () => [
      {
        id: 'code',
        header: t('parties.fields.code'),
        sort: 'code',
        width: 110,
        cell: (row) => (
          <Text size="sm" ff="monospace" span>
            {row.code}
          </Text>
        ),
      },
      {
        id: 'name',
        header: t('parties.fields.name'),
        sort: 'name',
        cell: (row) => (
          <Anchor
            component={Link}
            to={`/parties/${row.id}`}
            size="sm"
            fw={500}
            onClick={(e) => e.stopPropagation()}
            tabIndex={-1}
          >
            {row.name}
          </Anchor>
        ),
      },
      {
        id: 'roles',
        header: t('parties.fields.roles'),
        width: 200,
        cell: (row) => (
          <PartyBadges isCustomer={row.isCustomer} isSupplier={row.isSupplier} archived={row.archived} size="xs" />
        ),
      },
      {
        id: 'postalCode',
        header: t('parties.fields.postalCode'),
        sort: 'postalCode',
        width: 130,
        cell: (row) => row.postalCode ?? '',
      },
      { id: 'city', header: t('parties.fields.city'), sort: 'city', width: 170, cell: (row) => row.city ?? '' },
      {
        id: 'updatedAt',
        header: t('parties.fields.updatedAt'),
        sort: 'updatedAt',
        width: 120,
        cell: (row) => <span className="tabular">{formatDate(row.updatedAt, i18n.language)}</span>,
      },
    ],
    [t, i18n.language],
  );

  const goNew = () => {
    if (canWrite) void navigate(params.role === 'supplier' ? '/parties/new?role=supplier' : '/parties/new');
  };

  // The list's own keys (arrows, pages, Enter) are the table's; these are the screen's.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || document.querySelector('[role="dialog"]')) return;
    const typing = isTyping(e.target);
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
    } else if (e.key === 'Escape' && e.target === searchRef.current) {
      searchRef.current?.blur();
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const filtered = params.search !== '' || params.city !== '' || params.role !== 'all' || params.status !== 'active';
  const [total, setTotal] = useState<number | null>(null);

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
      </Group>

      <VirtualTable
        source={source}
        columns={columns}
        rowKey={(row) => row.id}
        label={t('departments.parties.name')}
        onOpen={(row) => void navigate(`/parties/${row.id}`)}
        sort={{ by: params.sort, dir: params.dir, onSort: (by) => update(nextSort(params, by as PartySort)) }}
        keysFrom={searchRef}
        minWidth={760}
        onTotal={setTotal}
        testId="party-list"
        empty={
          <ListEmpty
            filtered={filtered}
            noMatch={t('parties.list.noMatch')}
            empty={t('parties.list.empty')}
            clearLabel={t('parties.list.clearFilters')}
            onClear={() => {
              setSearchText('');
              setCityText('');
              update(DEFAULT_PARAMS);
            }}
            create={
              canWrite && (
                <Button variant="light" leftSection={<IconPlus size={16} />} onClick={goNew}>
                  {t('parties.new')}
                </Button>
              )
            }
          />
        }
      />

      <Group gap="md">
        <Text size="sm" c="dimmed" data-testid="party-total">
          {total !== null && t('parties.list.total', { count: total, formatted: formatCount(total, i18n.language) })}
        </Text>
        <Text size="xs" c="dimmed" visibleFrom="md">
          {canWrite ? t('parties.list.keys') : t('parties.list.keysReadOnly')}
        </Text>
      </Group>
    </Stack>
  );
}
