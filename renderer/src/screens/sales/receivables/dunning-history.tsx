import { Anchor, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Dunning } from '../../../../../shared/contract/sales-payments';
import { formatCount, formatDate } from '../../../components/format';
import { useRouteSource } from '../../../components/virtual-table/route-source';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table/virtual-table';
import { euros } from '../sales-money';
import { LevelBadge } from './level-badge';

// Below the sales tabs, the title and the receivables tabs, the list keeps the rest of the window.
const LIST_HEIGHT = 'max(320px, calc(100dvh - 290px))';

/** Every reminder sent, newest first, in one scrolling list. */
export function DunningHistory() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const [dir, setDir] = useState<'asc' | 'desc'>('desc');
  const source = useRouteSource('sales.dunning.list', { sort: 'date', dir });
  const [total, setTotal] = useState<number | null>(null);

  const columns = useMemo<VirtualColumn<Dunning>[]>(
    () => [
      {
        id: 'date',
        header: t('salesPayments.receivables.dunning.date'),
        sort: 'date',
        width: 110,
        cell: (d) => <span className="tabular">{formatDate(d.date, lang)}</span>,
      },
      {
        id: 'number',
        header: t('salesPayments.receivables.dunning.number'),
        width: 150,
        cell: (d) => (
          <Anchor
            component={Link}
            to={`/sales/invoices/${d.documentId}`}
            size="sm"
            onClick={(e) => e.stopPropagation()}
            tabIndex={-1}
          >
            {d.number}
          </Anchor>
        ),
      },
      {
        id: 'customer',
        header: t('salesPayments.receivables.dunning.customer'),
        cell: (d) => <span title={d.partyName}>{d.partyName}</span>,
      },
      {
        id: 'level',
        header: t('salesPayments.receivables.dunning.level'),
        width: 135,
        cell: (d) => <LevelBadge level={d.level} />,
      },
      {
        id: 'open',
        header: t('salesPayments.receivables.dunning.open'),
        align: 'right',
        width: 130,
        cell: (d) => <span className="tabular">{euros(d.openAmount, lang)}</span>,
      },
      {
        id: 'note',
        header: t('salesPayments.receivables.dunning.note'),
        width: 260,
        cell: (d) => (
          <Text span size="sm" c="dimmed" title={d.note ?? undefined}>
            {d.note ?? ''}
          </Text>
        ),
      },
    ],
    [t, lang],
  );

  return (
    <Stack gap="sm">
      <VirtualTable
        source={source}
        columns={columns}
        rowKey={(d) => d.id}
        label={t('salesPayments.receivables.tabs.dunning')}
        onOpen={(d) => void navigate(`/sales/invoices/${d.documentId}`)}
        sort={{ by: 'date', dir, onSort: () => setDir((d) => (d === 'desc' ? 'asc' : 'desc')) }}
        height={LIST_HEIGHT}
        minWidth={760}
        onTotal={setTotal}
        testId="dunning-list"
        rowTestId="dunning-row"
        empty={<Text c="dimmed">{t('salesPayments.receivables.dunning.empty')}</Text>}
      />
      <Text size="sm" c="dimmed" data-testid="dunning-total">
        {total !== null && formatCount(total, lang)}
      </Text>
    </Stack>
  );
}
