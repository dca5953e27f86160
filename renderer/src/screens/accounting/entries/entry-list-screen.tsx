import {
  Badge,
  Center,
  Group,
  Loader,
  NativeSelect,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { formatCents } from '../../../../../shared/domain/money';
import { useQueryRoute } from '../../../api/hooks';
import { formatDate } from '../../../components/format';
import { Pager } from '../../../components/pager';
import { currentLanguage } from '../../../i18n';
import {
  ENTRY_PAGE_SIZE,
  entryParamsToSearch,
  entryQuery,
  parseEntryParams,
  type EntryListParams,
} from './entry-list-params';

/** Every entry, drafts and validated, newest first, filtered by journal, status, dates, account or text. */
export function EntryListScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [sp, setSp] = useSearchParams();
  const params = parseEntryParams(sp);
  const [searchText, setSearchText] = useState(params.search);
  const [accountText, setAccountText] = useState(params.account);
  const update = (patch: Partial<EntryListParams>) =>
    setSp(entryParamsToSearch({ ...params, page: 0, ...patch }), { replace: true });
  const commitSearch = useDebouncedCallback((search: string) => update({ search }), 250);
  const commitAccount = useDebouncedCallback((account: string) => update({ account }), 250);
  const journals = useQueryRoute('accounting.journal.list', { status: 'all' }, { staleTime: 60_000 });
  const list = useQueryRoute('accounting.entry.list', entryQuery(params), { placeholderData: keepPreviousData });
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / ENTRY_PAGE_SIZE));
  const lang = currentLanguage();

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
        {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      <Table highlightOnHover withTableBorder stickyHeader aria-label={t('accounting.entries.listTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>{t('accounting.entries.date')}</Table.Th>
            <Table.Th w={80}>{t('accounting.entries.journalShort')}</Table.Th>
            <Table.Th w={150}>{t('accounting.entries.number')}</Table.Th>
            <Table.Th>{t('accounting.entries.label')}</Table.Th>
            <Table.Th w={140}>{t('accounting.entries.reference')}</Table.Th>
            <Table.Th w={130} ta="right">
              {t('accounting.entries.debit')}
            </Table.Th>
            <Table.Th w={110}>{t('accounting.entries.statusLabel')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data?.rows ?? []).map((e) => (
            <Table.Tr
              key={e.id}
              data-testid="entry-row"
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => void navigate(`/accounting/entries/${e.id}`)}
              onKeyDown={(ev) => ev.key === 'Enter' && void navigate(`/accounting/entries/${e.id}`)}
            >
              <Table.Td className="tabular">{formatDate(e.date, i18n.language)}</Table.Td>
              <Table.Td>{e.journalCode}</Table.Td>
              <Table.Td ff="monospace">{e.number ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm" truncate="end">
                  {e.label}
                  {e.reversalOf !== null && (
                    <Badge ml="xs" size="xs" variant="light" color="orange">
                      {t('accounting.entries.reversal')}
                    </Badge>
                  )}
                </Text>
              </Table.Td>
              <Table.Td>{e.reference ?? ''}</Table.Td>
              <Table.Td ta="right" className="tabular">
                {formatCents(e.totalDebit, lang)}
              </Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={e.status === 'validated' ? 'teal' : 'gray'}>
                  {t(`accounting.entries.status.${e.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.isSuccess && total === 0 && (
        <Center py="lg">
          <Text c="dimmed">{t('accounting.entries.none')}</Text>
        </Center>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="entry-total">
          {t('accounting.entries.total', { count: total })}
        </Text>
        <Pager page={params.page} pages={pages} onPage={(page) => update({ page })} />
      </Group>
    </Stack>
  );
}
