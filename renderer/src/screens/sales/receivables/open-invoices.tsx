import { Anchor, Badge, Button, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Receivable } from '../../../../../shared/contract/sales-payments';
import { useApi } from '../../../api/api-context';
import { toWireError } from '../../../api/errors';
import { downloadBase64 } from '../../../api/download';
import { useMutationRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { errorText } from '../../../components/error-text';
import { formatCount, formatDate } from '../../../components/format';
import { useRouteSource } from '../../../components/virtual-table/route-source';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table/virtual-table';
import { euros } from '../sales-money';
import { LevelBadge } from './level-badge';

type Sort = 'dueDate' | 'customer' | 'amount' | 'number';
const SORTS: readonly Sort[] = ['dueDate', 'customer', 'amount', 'number'];
// Below the sales tabs, the title, the receivables tabs and the filters, the list keeps the rest of the window.
const LIST_HEIGHT = 'max(320px, calc(100dvh - 330px))';

/** The open invoices, the most overdue first, in one scrolling list, each with its reminder level and the way to chase it. */
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
  const searchRef = useRef<HTMLInputElement>(null);
  const [searchText, setSearchText] = useState(search);
  const update = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    // The list scrolls instead of paging: a page left in an older address is dropped with the next change.
    next.delete('page');
    for (const [k, v] of Object.entries(patch)) {
      if (v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const commitSearch = useDebouncedCallback((s: string) => update({ search: s }), 250);
  const source = useRouteSource('sales.receivable.list', { sort, dir, overdue, ...(search ? { search } : {}) });
  const [total, setTotal] = useState<number | null>(null);
  const { mutateAsync: dun } = useMutationRoute('sales.dunning.create', {
    invalidates: ['sales.receivable.list', 'sales.dunning.list'],
  });
  const sortBy = (field: Sort) => update({ sort: field, dir: sort === field && dir === 'asc' ? 'desc' : 'asc' });

  const columns = useMemo<VirtualColumn<Receivable>[]>(() => {
    const remind = async (r: Receivable) => {
      try {
        const dunning = await dun({ documentId: r.documentId });
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
    return [
      {
        id: 'number',
        header: t('salesPayments.receivables.fields.number'),
        sort: 'number',
        width: 150,
        cell: (r) => (
          <Group gap={6} wrap="nowrap">
            <Anchor
              component={Link}
              to={`/sales/invoices/${r.documentId}`}
              size="sm"
              onClick={(e) => e.stopPropagation()}
              tabIndex={-1}
            >
              {r.number}
            </Anchor>
            {r.kind === 'credit_note' && (
              <Badge size="xs" variant="light" color="grape">
                {t('salesPayments.receivables.creditNote')}
              </Badge>
            )}
          </Group>
        ),
      },
      {
        id: 'customer',
        header: t('salesPayments.receivables.fields.customer'),
        sort: 'customer',
        cell: (r) => <span title={r.partyName}>{r.partyName}</span>,
      },
      {
        id: 'dueDate',
        header: t('salesPayments.receivables.fields.dueDate'),
        sort: 'dueDate',
        width: 105,
        cell: (r) => <span className="tabular">{r.dueDate ? formatDate(r.dueDate, lang) : ''}</span>,
      },
      {
        id: 'gross',
        header: t('salesPayments.receivables.fields.gross'),
        align: 'right',
        width: 105,
        cell: (r) => <span className="tabular">{euros(r.grossTotal, lang)}</span>,
      },
      {
        id: 'open',
        header: t('salesPayments.receivables.fields.open'),
        sort: 'amount',
        align: 'right',
        width: 105,
        cell: (r) => (
          <Text span size="sm" className="tabular" fw={500}>
            {euros(r.openAmount, lang)}
          </Text>
        ),
      },
      {
        id: 'late',
        header: t('salesPayments.receivables.fields.late'),
        align: 'right',
        width: 75,
        cell: (r) => {
          if (r.kind === 'credit_note') return null;
          const late = r.daysOverdue > 0;
          return (
            <Text span size="sm" className="tabular" c={late ? 'red' : 'dimmed'}>
              {late
                ? t('salesPayments.receivables.days', { count: r.daysOverdue })
                : t('salesPayments.receivables.notDue')}
            </Text>
          );
        },
      },
      {
        id: 'level',
        header: t('salesPayments.receivables.fields.level'),
        width: 120,
        cell: (r) => <LevelBadge level={r.dunningLevel} />,
      },
      {
        id: 'actions',
        header: '',
        width: 185,
        cell: (r) =>
          canWrite &&
          r.kind !== 'credit_note' && (
            <Group gap={4} wrap="nowrap" justify="flex-end">
              {r.daysOverdue > 0 && r.dunningLevel < 3 && (
                <Button
                  size="compact-xs"
                  variant="light"
                  color="orange"
                  onClick={(e) => {
                    // The row opens the invoice: the button does its own thing only.
                    e.stopPropagation();
                    void remind(r);
                  }}
                >
                  {t('salesPayments.receivables.dun')}
                </Button>
              )}
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={(e) => {
                  e.stopPropagation();
                  void navigate(`/sales/payments/new?documentId=${r.documentId}`);
                }}
              >
                {t('salesPayments.receivables.pay')}
              </Button>
            </Group>
          ),
      },
    ];
  }, [t, lang, api, dun, navigate, canWrite]);

  return (
    <Stack gap="sm">
      <Group gap="md" align="center">
        <TextInput
          ref={searchRef}
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
      </Group>
      <VirtualTable
        source={source}
        columns={columns}
        rowKey={(r) => r.documentId}
        label={t('salesPayments.receivables.tabs.open')}
        onOpen={(r) => void navigate(`/sales/invoices/${r.documentId}`)}
        sort={{ by: sort, dir, onSort: (by) => sortBy(by as Sort) }}
        keysFrom={searchRef}
        height={LIST_HEIGHT}
        minWidth={1000}
        onTotal={setTotal}
        testId="receivable-list"
        rowTestId="receivable-row"
        empty={<Text c="dimmed">{t('salesPayments.receivables.empty')}</Text>}
      />
      <Text size="sm" c="dimmed" data-testid="receivable-total">
        {total !== null && t('salesPayments.receivables.total', { formatted: formatCount(total, lang) })}
      </Text>
    </Stack>
  );
}
