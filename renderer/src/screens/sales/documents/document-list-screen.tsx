import { Anchor, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { DocumentRow } from '../../../../../shared/contract/sales-documents';
import { useCan } from '../../../app/session/permissions';
import { formatCount, formatDate } from '../../../components/format';
import { ListEmpty } from '../../../components/virtual-table/list-empty';
import { useRouteSource } from '../../../components/virtual-table/route-source';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table/virtual-table';
import { DocumentStatusBadge, PaymentBadge } from './document-badges';
import { money } from './document-format';
import { documentPath, PAGE_KINDS, type DocumentPage } from './document-kinds';
import {
  DEFAULT_PARAMS,
  documentListInput,
  documentParamsToSearch,
  isOverdue,
  nextDocumentSort,
  parseDocumentParams,
  PAYMENT_FILTERS,
  STATUS_FILTERS,
  type DocumentListParams,
  type DocumentSort,
} from './document-list-params';
import { localToday } from './document-values';

// The list fills the window below the sales tabs and the filters, however many lines the filters take.
const SCREEN_HEIGHT =
  'calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md) - 36px - var(--mantine-spacing-lg))';

/** Quotes, orders, delivery notes or invoices: one scrolling list, filtered and sorted by the core. */
export function DocumentListScreen({ page }: { page: DocumentPage }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const kinds = PAGE_KINDS[page];
  const invoices = page === 'invoices';
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseDocumentParams(searchParams, kinds);
  const searchRef = useRef<HTMLInputElement>(null);
  const [searchText, setSearchText] = useState(params.search);
  const canWrite = useCan('sales.write');
  const update = (patch: Partial<DocumentListParams>) =>
    setSearchParams(documentParamsToSearch({ ...params, ...patch }), { replace: true });
  const commitSearch = useDebouncedCallback((search: string) => update({ search }), 250);

  const filters = documentListInput(params, kinds);
  const source = useRouteSource('sales.document.list', filters);
  const [total, setTotal] = useState<number | null>(null);
  const today = localToday();
  const filtered =
    params.search !== '' ||
    params.status !== 'all' ||
    params.payment !== 'all' ||
    params.kind !== 'all' ||
    params.from !== '' ||
    params.to !== '';

  const columns = useMemo<VirtualColumn<DocumentRow>[]>(() => {
    const all: (VirtualColumn<DocumentRow> | false)[] = [
      {
        id: 'number',
        header: t('salesDocuments.fields.number'),
        sort: 'number',
        width: invoices ? 168 : 150,
        cell: (row) => (
          <>
            <Anchor
              component={Link}
              to={documentPath(row.kind, row.id)}
              size="sm"
              c={row.number ? undefined : 'dimmed'}
              fs={row.number ? undefined : 'italic'}
              onClick={(e) => e.stopPropagation()}
              tabIndex={-1}
            >
              {row.number ?? t('salesDocuments.draftNumber')}
            </Anchor>
            {invoices && row.kind !== 'invoice' && (
              <Text span size="xs" c="dimmed" ml={6}>
                {t(`salesDocuments.kinds.${row.kind}`)}
              </Text>
            )}
          </>
        ),
      },
      {
        id: 'customer',
        header: t('salesDocuments.fields.customer'),
        sort: 'customer',
        cell: (row) => <span title={row.buyerName}>{row.buyerName}</span>,
      },
      {
        id: 'date',
        header: t('salesDocuments.fields.date'),
        sort: 'date',
        width: 105,
        cell: (row) => <span className="tabular">{formatDate(row.date, lang)}</span>,
      },
      invoices && {
        id: 'dueDate',
        header: t('salesDocuments.fields.dueDate'),
        sort: 'dueDate',
        width: 110,
        cell: (row) => {
          const overdue = isOverdue(row, today);
          return (
            <Text span size="sm" className="tabular" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
              {row.dueDate ? formatDate(row.dueDate, lang) : ''}
            </Text>
          );
        },
      },
      {
        id: 'net',
        header: t('salesDocuments.fields.net'),
        align: 'right',
        width: invoices ? 105 : 120,
        cell: (row) => <span className="tabular">{money(row.netTotal, lang)}</span>,
      },
      {
        id: 'gross',
        header: t('salesDocuments.fields.gross'),
        sort: 'total',
        align: 'right',
        width: invoices ? 115 : 120,
        cell: (row) => (
          <Text span size="sm" className="tabular" fw={500}>
            {money(row.grossTotal, lang)}
          </Text>
        ),
      },
      {
        id: 'status',
        header: t('salesDocuments.fields.status'),
        width: invoices ? 95 : 110,
        cell: (row) => <DocumentStatusBadge status={row.status} size="xs" />,
      },
      invoices && {
        id: 'payment',
        header: t('salesDocuments.fields.payment'),
        width: 165,
        cell: (row) =>
          row.payment &&
          row.kind !== 'credit_note' && (
            <PaymentBadge payment={row.payment} overdue={isOverdue(row, today)} size="xs" />
          ),
      },
    ];
    return all.filter((c) => c !== false);
  }, [t, lang, invoices, today]);

  const statuses = STATUS_FILTERS.filter((s) =>
    invoices
      ? s === 'all' || s === 'draft' || s === 'validated'
      : page === 'quotes' || (s !== 'accepted' && s !== 'refused'),
  );
  const mainKind = kinds[0]!;
  const title = t(`salesDocuments.pageTitles.${page}`);

  return (
    <Stack gap="sm" h={SCREEN_HEIGHT} mih={480}>
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={1} size="h2">
          {title}
        </Title>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => void navigate(`/sales/${page}/new`)}>
            {t(`salesDocuments.new.${mainKind}`)}
          </Button>
        )}
      </Group>

      <Group gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          ref={searchRef}
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
      </Group>

      <VirtualTable
        source={source}
        columns={columns}
        rowKey={(row) => row.id}
        label={title}
        onOpen={(row) => void navigate(documentPath(row.kind, row.id))}
        sort={{
          by: params.sort,
          dir: params.dir,
          onSort: (by) => update(nextDocumentSort(params, by as DocumentSort)),
        }}
        keysFrom={searchRef}
        minWidth={invoices ? 1000 : 720}
        onTotal={setTotal}
        testId="document-list"
        rowTestId="document-row"
        empty={
          <ListEmpty
            filtered={filtered}
            noMatch={t('salesDocuments.list.noMatch')}
            empty={t('salesDocuments.list.empty')}
            clearLabel={t('salesDocuments.list.clearFilters')}
            onClear={() => {
              setSearchText('');
              update(DEFAULT_PARAMS);
            }}
          />
        }
      />

      <Text size="sm" c="dimmed" data-testid="document-total">
        {total !== null && t('salesDocuments.list.total', { formatted: formatCount(total, lang) })}
      </Text>
    </Stack>
  );
}
