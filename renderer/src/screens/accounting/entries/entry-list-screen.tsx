import { Badge, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { EntryRow } from '../../../../../shared/contract/accounting-entries';
import { formatCents } from '../../../../../shared/domain/money';
import { useQueryRoute } from '../../../api/hooks';
import { formatDate } from '../../../components/format';
import { useRouteSource } from '../../../components/virtual-table/route-source';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table/virtual-table';
import { currentLanguage } from '../../../i18n';
import {
  entryParamsToSearch,
  entryQuery,
  nextEntrySort,
  parseEntryParams,
  type EntryListParams,
  type EntrySort,
} from './entry-list-params';

/** Every entry, drafts and validated, newest first, filtered by journal, status, dates, account or text. */
export function EntryListScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [sp, setSp] = useSearchParams();
  const params = parseEntryParams(sp);
  const [searchText, setSearchText] = useState(params.search);
  const [accountText, setAccountText] = useState(params.account);
  const update = (patch: Partial<EntryListParams>) =>
    setSp(entryParamsToSearch({ ...params, ...patch }), { replace: true });
  const commitSearch = useDebouncedCallback((search: string) => update({ search }), 250);
  const commitAccount = useDebouncedCallback((account: string) => update({ account }), 250);
  const journals = useQueryRoute('accounting.journal.list', { status: 'all' }, { staleTime: 60_000 });
  const source = useRouteSource('accounting.entry.list', entryQuery(params));
  const [total, setTotal] = useState<number | null>(null);
  const lang = currentLanguage();
  const columns = useMemo<VirtualColumn<EntryRow>[]>(
    () => [
      {
        id: 'date',
        header: t('accounting.entries.date'),
        sort: 'date',
        width: 110,
        cell: (e) => formatDate(e.date, lang),
      },
      {
        id: 'journal',
        header: t('accounting.entries.journalShort'),
        sort: 'journal',
        width: 90,
        cell: (e) => e.journalCode,
      },
      {
        id: 'number',
        header: t('accounting.entries.number'),
        sort: 'number',
        width: 150,
        cell: (e) => (
          <Text size="sm" ff="monospace" span>
            {e.number ?? '—'}
          </Text>
        ),
      },
      {
        id: 'label',
        header: t('accounting.entries.label'),
        cell: (e) => (
          <>
            {e.label}
            {e.reversalOf !== null && (
              <Badge ml="xs" size="xs" variant="light" color="orange">
                {t('accounting.entries.reversal')}
              </Badge>
            )}
          </>
        ),
      },
      { id: 'reference', header: t('accounting.entries.reference'), width: 140, cell: (e) => e.reference ?? '' },
      {
        id: 'debit',
        header: t('accounting.entries.debit'),
        width: 130,
        align: 'right',
        cell: (e) => <span className="tabular">{formatCents(e.totalDebit, lang)}</span>,
      },
      {
        id: 'status',
        header: t('accounting.entries.statusLabel'),
        width: 110,
        cell: (e) => (
          <Badge size="sm" variant="light" color={e.status === 'validated' ? 'teal' : 'gray'}>
            {t(`accounting.entries.status.${e.status}`)}
          </Badge>
        ),
      },
    ],
    [t, lang],
  );

  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('accounting.entries.listTitle')}
      </Title>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          leftSection={<IconSearch size={16} />}
          aria-label={t('accounting.entries.search')}
          placeholder={t('accounting.entries.search')}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.currentTarget.value);
            commitSearch(e.currentTarget.value);
          }}
          w={240}
        />
        <NativeSelect
          aria-label={t('accounting.entries.journal')}
          value={params.journal}
          onChange={(e) => update({ journal: e.currentTarget.value })}
          data={[
            { value: '', label: t('accounting.entries.allJournals') },
            ...(journals.data ?? []).map((j) => ({ value: j.code, label: `${j.code} · ${j.label}` })),
          ]}
          w={220}
        />
        <SegmentedControl
          aria-label={t('accounting.entries.statusFilter')}
          value={params.status || 'all'}
          onChange={(v) => update({ status: v === 'all' ? '' : (v as EntryListParams['status']) })}
          data={[
            { value: 'all', label: t('accounting.entries.status.all') },
            { value: 'draft', label: t('accounting.entries.status.draft') },
            { value: 'validated', label: t('accounting.entries.status.validated') },
          ]}
        />
        <TextInput
          type="date"
          aria-label={t('accounting.entries.from')}
          value={params.from}
          onChange={(e) => update({ from: e.currentTarget.value })}
          w={150}
        />
        <TextInput
          type="date"
          aria-label={t('accounting.entries.to')}
          value={params.to}
          onChange={(e) => update({ to: e.currentTarget.value })}
          w={150}
        />
        <TextInput
          aria-label={t('accounting.entries.accountFilter')}
          placeholder={t('accounting.entries.accountFilter')}
          value={accountText}
          onChange={(e) => {
            setAccountText(e.currentTarget.value);
            commitAccount(e.currentTarget.value);
          }}
          w={130}
        />
      </Group>
      <VirtualTable
        source={source}
        columns={columns}
        rowKey={(e) => e.id}
        label={t('accounting.entries.listTitle')}
        onOpen={(e) => void navigate(`/accounting/entries/${e.id}`)}
        sort={{ by: params.sort, dir: params.dir, onSort: (by) => update(nextEntrySort(params, by as EntrySort)) }}
        height="max(320px, calc(100dvh - 330px))"
        minWidth={820}
        rowTestId="entry-row"
        testId="entry-list"
        onTotal={setTotal}
        empty={<Text c="dimmed">{t('accounting.entries.none')}</Text>}
      />
      <Text size="sm" c="dimmed" data-testid="entry-total">
        {total !== null && t('accounting.entries.total', { count: total })}
      </Text>
    </Stack>
  );
}
