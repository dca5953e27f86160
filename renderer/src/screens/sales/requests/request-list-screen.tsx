import {
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { IconAlertTriangle, IconArrowDown, IconArrowUp, IconPlus, IconSearch, IconSelector } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { formatCount, formatDate } from '../../../components/format';
import { Pager } from '../../../components/pager';
import { PriorityBadge, StatusBadge } from './request-badges';
import {
  DEFAULT_PARAMS,
  nextRequestSort,
  PAGE_SIZE,
  parseRequestParams,
  REQUEST_FILTERS,
  requestListInput,
  requestParamsToSearch,
  type RequestFilter,
  type RequestListParams,
  type RequestSort,
} from './request-list-params';

export function RequestListScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseRequestParams(searchParams);
  const [searchText, setSearchText] = useState(params.search);
  const canWrite = useCan('sales.write');
  const update = (patch: Partial<RequestListParams>, resetPage = true) =>
    setSearchParams(requestParamsToSearch({ ...params, ...(resetPage ? { page: 0 } : {}), ...patch }), {
      replace: true,
    });
  const commitSearch = useDebouncedCallback((search: string) => update({ search }), 250);

  const list = useQueryRoute('sales.request.list', requestListInput(params), { placeholderData: keepPreviousData });
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filtered = params.search !== '' || params.filter !== DEFAULT_PARAMS.filter;
  const filterLabel = (f: RequestFilter) =>
    f === 'open' || f === 'overdue' || f === 'all' ? t(`salesRequests.filters.${f}`) : t(`salesRequests.status.${f}`);

  const header = (label: string, sort?: RequestSort) => {
    const sorted = sort && params.sort === sort ? params.dir : null;
    return (
      <Table.Th
        style={{ whiteSpace: 'nowrap' }}
        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
      >
        {sort ? (
          <UnstyledButton onClick={() => update(nextRequestSort(params, sort))} fw={600} fz="sm">
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
  };

  return (
    <Stack gap="sm">
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

      <Group gap="sm" wrap="wrap" align="flex-end">
        <TextInput
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
        {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>

      <Box style={{ overflowX: 'auto' }}>
        <Table highlightOnHover miw={900} aria-label={t('salesRequests.title')} aria-rowcount={total}>
          <Table.Thead>
            <Table.Tr>
              {header(t('salesRequests.fields.number'), 'number')}
              {header(t('salesRequests.fields.subject'))}
              {header(t('salesRequests.fields.customer'))}
              {header(t('salesRequests.fields.priority'), 'priority')}
              {header(t('salesRequests.fields.status'))}
              {header(t('salesRequests.fields.assignee'))}
              {header(t('salesRequests.fields.dueDate'), 'dueDate')}
              {header(t('salesRequests.fields.createdAt'), 'createdAt')}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr
                key={row.id}
                style={{ cursor: 'pointer' }}
                onClick={() => void navigate(`/sales/requests/${row.id}`)}
              >
                <Table.Td className="tabular">
                  <Anchor
                    component={Link}
                    to={`/sales/requests/${row.id}`}
                    size="sm"
                    onClick={(e) => e.stopPropagation()}
                  >
                    {row.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end" maw={320}>
                    {row.subject}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`salesRequests.type.${row.type}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end" maw={220}>
                    {row.partyName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <PriorityBadge priority={row.priority} size="sm" />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={row.status} size="sm" />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={row.assigneeName ? undefined : 'dimmed'}>
                    {row.assigneeName ?? t('salesRequests.form.unassigned')}
                  </Text>
                </Table.Td>
                <Table.Td className="tabular">
                  {row.dueDate && (
                    <Group gap={4} wrap="nowrap" c={row.overdue ? 'red' : undefined}>
                      {row.overdue && (
                        <IconAlertTriangle size={14} aria-label={t('salesRequests.overdueSince')} role="img" />
                      )}
                      <Text size="sm" c={row.overdue ? 'red' : undefined} fw={row.overdue ? 600 : undefined}>
                        {formatDate(row.dueDate, i18n.language)}
                      </Text>
                    </Group>
                  )}
                </Table.Td>
                <Table.Td className="tabular">{formatDate(row.createdAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.isSuccess && rows.length === 0 && (
          <Center py="xl">
            <Stack align="center" gap="xs">
              <Text c="dimmed">{filtered ? t('salesRequests.noMatch') : t('salesRequests.empty')}</Text>
              {filtered && (
                <Button
                  variant="subtle"
                  onClick={() => {
                    setSearchText('');
                    update(DEFAULT_PARAMS);
                  }}
                >
                  {t('salesRequests.clearFilters')}
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
        <Text size="sm" c="dimmed" data-testid="request-total">
          {t('salesRequests.total', { formatted: formatCount(total, i18n.language) })}
        </Text>
        <Pager page={params.page} pages={pages} onPage={(page) => update({ page }, false)} />
      </Group>
    </Stack>
  );
}
