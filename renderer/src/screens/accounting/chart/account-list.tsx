import {
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  NativeSelect,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issuesOf, toWireError } from '../../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { errorText } from '../../../components/error-text';
import { Pager } from '../../../components/pager';
import { translateKey } from '../../../i18n';

const PAGE_SIZE = 50;
type Status = 'active' | 'inactive' | 'all';

/** The chart of accounts: the official accounts and the company's own sub-accounts. */
export function AccountList() {
  const { t } = useTranslation();
  const canWrite = useCan('accounting.write');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [accountClass, setAccountClass] = useState('');
  const [status, setStatus] = useState<Status>('active');
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const list = useQueryRoute(
    'accounting.account.list',
    {
      sort: 'number',
      status,
      page,
      pageSize: PAGE_SIZE,
      ...(debounced ? { search: debounced } : {}),
      ...(accountClass ? { accountClass: Number(accountClass) } : {}),
    },
    { placeholderData: keepPreviousData },
  );
  const toggle = useMutationRoute('accounting.account.update', {
    meta: { quiet: true },
    invalidates: ['accounting.account.list'],
  });
  const total = list.data?.total ?? 0;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('accounting.chart.accountsTitle')}
        </Title>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('accounting.chart.newAccount')}
          </Button>
        )}
      </Group>
      <Group gap="sm" wrap="wrap">
        <TextInput
          type="search"
          leftSection={<IconSearch size={16} />}
          aria-label={t('accounting.chart.search')}
          placeholder={t('accounting.chart.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(0);
          }}
          w={260}
        />
        <NativeSelect
          aria-label={t('accounting.chart.class')}
          value={accountClass}
          onChange={(e) => {
            setAccountClass(e.currentTarget.value);
            setPage(0);
          }}
          data={[
            { value: '', label: t('accounting.chart.allClasses') },
            ...[1, 2, 3, 4, 5, 6, 7, 8].map((c) => ({ value: String(c), label: t(`accounting.chart.classes.${c}`) })),
          ]}
          w={260}
        />
        <SegmentedControl
          aria-label={t('accounting.chart.status')}
          value={status}
          onChange={(v) => {
            setStatus(v as Status);
            setPage(0);
          }}
          data={(['active', 'inactive', 'all'] as const).map((v) => ({
            value: v,
            label: t(`accounting.chart.statuses.${v}`),
          }))}
        />
        {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      {toggle.error && (
        <Text c="red" size="sm">
          {errorText(toWireError(toggle.error))}
        </Text>
      )}
      <Table withTableBorder highlightOnHover aria-label={t('accounting.chart.accountsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120}>{t('accounting.chart.number')}</Table.Th>
            <Table.Th>{t('accounting.chart.label')}</Table.Th>
            <Table.Th w={140}>{t('accounting.chart.type')}</Table.Th>
            <Table.Th w={120}>{t('accounting.chart.origin')}</Table.Th>
            <Table.Th w={150} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data?.rows ?? []).map((a) => (
            <Table.Tr key={a.id} data-testid="account-row" opacity={a.active ? 1 : 0.6}>
              <Table.Td ff="monospace">{a.number}</Table.Td>
              <Table.Td>{a.label}</Table.Td>
              <Table.Td>{t(`accounting.chart.types.${a.type}`)}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={a.isPcg ? 'gray' : 'blue'}>
                  {a.isPcg ? t('accounting.chart.pcg') : t('accounting.chart.own')}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                {canWrite && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color={a.active ? 'red' : 'teal'}
                    onClick={() => toggle.mutate({ id: a.id, active: !a.active })}
                  >
                    {a.active ? t('accounting.chart.deactivate') : t('accounting.chart.reactivate')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('accounting.chart.accountCount', { count: total })}
        </Text>
        <Pager page={page} pages={Math.max(1, Math.ceil(total / PAGE_SIZE))} onPage={setPage} />
      </Group>
      {creating && <AccountCreateDialog onClose={() => setCreating(false)} />}
    </Stack>
  );
}

function AccountCreateDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [label, setLabel] = useState('');
  const create = useMutationRoute('accounting.account.create', {
    meta: { quiet: true },
    invalidates: ['accounting.account.list'],
    onSuccess: () => onClose(),
  });
  const fieldError = (path: string) => {
    const issue = issuesOf(create.error).find((i) => i.path === path);
    return issue ? translateKey(issue.messageKey) : undefined;
  };
  const general = create.error && !issuesOf(create.error).some((i) => i.path === 'number' || i.path === 'label');
  return (
    <Modal opened onClose={onClose} title={t('accounting.chart.newAccount')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ number, label });
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('accounting.chart.newAccountHelp')}
          </Text>
          <TextInput
            label={t('accounting.chart.number')}
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            error={fieldError('number')}
            data-autofocus
            required
          />
          <TextInput
            label={t('accounting.chart.label')}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            error={fieldError('label')}
            required
          />
          {general && (
            <Text size="sm" c="red">
              {errorText(toWireError(create.error))}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
