import {
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Select,
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
import { DocumentStatusBadge, PaymentBadge } from './document-badges';
import { money } from './document-format';
import { documentPath, PAGE_KINDS, type DocumentPage } from './document-kinds';
import {
  DEFAULT_PARAMS,
  documentListInput,
  documentParamsToSearch,
  isOverdue,
  nextDocumentSort,
  PAGE_SIZE,
  parseDocumentParams,
  PAYMENT_FILTERS,
  STATUS_FILTERS,
  type DocumentListParams,
  type DocumentSort,
} from './document-list-params';
import { localToday } from './document-values';

export function DocumentListScreen({ page }: { page: DocumentPage }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const kinds = PAGE_KINDS[page];
  const invoices = page === 'invoices';
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseDocumentParams(searchParams, kinds);
  const [searchText, setSearchText] = useState(params.search);
  const canWrite = useCan('sales.write');
  const update = (patch: Partial<DocumentListParams>, resetPage = true) =>
    setSearchParams(documentParamsToSearch({ ...params, ...(resetPage ? { page: 0 } : {}), ...patch }), {
      replace: true,
    });
  const commitSearch = useDebouncedCallback((search: string) => update({ search }), 250);

  const list = useQueryRoute('sales.document.list', documentListInput(params, kinds), {
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const today = localToday();
  const filtered =
    params.search !== '' ||
    params.status !== 'all' ||
    params.payment !== 'all' ||
    params.kind !== 'all' ||
    params.from !== '' ||
    params.to !== '';

  const header = (label: string, sort?: DocumentSort, align: 'left' | 'right' = 'left') => {
    const sorted = sort && params.sort === sort ? params.dir : null;
    return (
      <Table.Th
        ta={align}
        style={{ whiteSpace: 'nowrap' }}
        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
      >
        {sort ? (
          <UnstyledButton onClick={() => update(nextDocumentSort(params, sort))} fw={600} fz="sm">
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

  const statuses = STATUS_FILTERS.filter((s) =>
    invoices
      ? s === 'all' || s === 'draft' || s === 'validated'
      : page === 'quotes' || (s !== 'accepted' && s !== 'refused'),
  );
  const mainKind = kinds[0]!;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={1} size="h2">
          {t(`salesDocuments.pageTitles.${page}`)}
        </Title>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => void navigate(`/sales/${page}/new`)}>
            {t(`salesDocuments.new.${mainKind}`)}
          </Button>
        )}
      </Group>

      <Group gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          type="search"
          aria-label={t('salesDocuments.list.search')}
          placeholder={t('salesDocuments.list.searchPlaceholder')}
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
          label={t('salesDocuments.list.from')}
          value={params.from}
          onChange={(e) => update({ from: e.currentTarget.value })}
          w={160}
        />
        <TextInput
          type="date"
          label={t('salesDocuments.list.to')}
          value={params.to}
          onChange={(e) => update({ to: e.currentTarget.value })}
          w={160}
        />
        <Select
          label={t('salesDocuments.fields.status')}
          value={params.status}
          allowDeselect={false}
          onChange={(status) => status && update({ status: status as DocumentListParams['status'] })}
          data={statuses.map((s) => ({ value: s, label: t(`salesDocuments.statusFilter.${s}`) }))}
          w={160}
        />
        {invoices && (
          <>
            <Select
              label={t('salesDocuments.list.kindFilter')}
              value={params.kind}
              allowDeselect={false}
              onChange={(kind) => kind && update({ kind: kind as DocumentListParams['kind'] })}
              data={[
                { value: 'all', label: t('salesDocuments.list.allKinds') },
                ...kinds.map((k) => ({ value: k, label: t(`salesDocuments.kinds.${k}`) })),
              ]}
              w={190}
            />
            <Select
              label={t('salesDocuments.fields.payment')}
              value={params.payment}
              allowDeselect={false}
              onChange={(payment) => payment && update({ payment: payment as DocumentListParams['payment'] })}
              data={PAYMENT_FILTERS.map((p) => ({ value: p, label: t(`salesDocuments.payment.${p}`) }))}
              w={190}
            />
          </>
        )}
        {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>

      <Box style={{ overflowX: 'auto' }}>
        <Table highlightOnHover miw={900} aria-label={t(`salesDocuments.pageTitles.${page}`)} aria-rowcount={total}>
          <Table.Thead>
            <Table.Tr>
              {header(t('salesDocuments.fields.number'), 'number')}
              {header(t('salesDocuments.fields.customer'), 'customer')}
              {header(t('salesDocuments.fields.date'), 'date')}
              {invoices && header(t('salesDocuments.fields.dueDate'), 'dueDate')}
              {header(t('salesDocuments.fields.net'), undefined, 'right')}
              {header(t('salesDocuments.fields.gross'), 'total', 'right')}
              {header(t('salesDocuments.fields.status'))}
              {invoices && header(t('salesDocuments.fields.payment'))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const overdue = isOverdue(row, today);
              return (
                <Table.Tr
                  key={row.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => void navigate(documentPath(row.kind, row.id))}
                >
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor
                      component={Link}
                      to={documentPath(row.kind, row.id)}
                      size="sm"
                      c={row.number ? undefined : 'dimmed'}
                      fs={row.number ? undefined : 'italic'}
                      onClick={(e) => e.stopPropagation()}
                    >
                      {row.number ?? t('salesDocuments.draftNumber')}
                    </Anchor>
                    {invoices && row.kind !== 'invoice' && (
                      <Text span size="xs" c="dimmed" ml={6}>
                        {t(`salesDocuments.kinds.${row.kind}`)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate="end" maw={280}>
                      {row.buyerName}
                    </Text>
                  </Table.Td>
                  <Table.Td className="tabular">{formatDate(row.date, lang)}</Table.Td>
                  {invoices && (
                    <Table.Td className="tabular" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
                      {row.dueDate ? formatDate(row.dueDate, lang) : ''}
                    </Table.Td>
                  )}
                  <Table.Td ta="right" className="tabular">
                    {money(row.netTotal, lang)}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular" fw={500}>
                    {money(row.grossTotal, lang)}
                  </Table.Td>
                  <Table.Td>
                    <DocumentStatusBadge status={row.status} size="xs" />
                  </Table.Td>
                  {invoices && (
                    <Table.Td>
                      {row.payment && row.kind !== 'credit_note' && (
                        <PaymentBadge payment={row.payment} overdue={overdue} size="xs" />
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {list.isSuccess && rows.length === 0 && (
          <Center py="xl">
            <Stack align="center" gap="xs">
              <Text c="dimmed">{filtered ? t('salesDocuments.list.noMatch') : t('salesDocuments.list.empty')}</Text>
              {filtered && (
                <Button
                  variant="subtle"
                  onClick={() => {
                    setSearchText('');
                    update(DEFAULT_PARAMS);
                  }}
                >
                  {t('salesDocuments.list.clearFilters')}
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
        <Text size="sm" c="dimmed" data-testid="document-total">
          {t('salesDocuments.list.total', { formatted: formatCount(total, lang) })}
        </Text>
        <Pager page={params.page} pages={pages} onPage={(p) => update({ page: p }, false)} />
      </Group>
    </Stack>
  );
}
