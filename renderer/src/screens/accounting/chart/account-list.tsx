import {
  Badge,
  Box,
  Button,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../../shared/contract/accounting';
import { issuesOf, toWireError } from '../../../api/errors';
import { useMutationRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { errorText } from '../../../components/error-text';
import { useRouteSource } from '../../../components/virtual-table/route-source';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table/virtual-table';
import { translateKey } from '../../../i18n';

type Status = 'active' | 'inactive' | 'all';
// Below the accounting tabs, the views, the title and the filters, the list keeps the rest of the window.
const LIST_HEIGHT = 'max(320px, calc(100dvh - 340px))';

/** The chart of accounts in one scrolling list: the official accounts and the company's own sub-accounts. */
export function AccountList() {
  const { t } = useTranslation();
  const canWrite = useCan('accounting.write');
  const searchRef = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [accountClass, setAccountClass] = useState('');
  const [status, setStatus] = useState<Status>('active');
  const [dir, setDir] = useState<'asc' | 'desc'>('asc');
  const [creating, setCreating] = useState(false);
  const source = useRouteSource('accounting.account.list', {
    sort: 'number',
    dir,
    status,
    ...(debounced ? { search: debounced } : {}),
    ...(accountClass ? { accountClass: Number(accountClass) } : {}),
  });
  const [total, setTotal] = useState<number | null>(null);
  const toggle = useMutationRoute('accounting.account.update', {
    meta: { quiet: true },
    invalidates: ['accounting.account.list'],
  });
  const { mutate: setActive } = toggle;

  const columns = useMemo<VirtualColumn<Account>[]>(() => {
    // An inactive account stays listed, faded.
    const faded = (a: Account, node: ReactNode) => (
      <Box component="span" opacity={a.active ? 1 : 0.6}>
        {node}
      </Box>
    );
    return [
      {
        id: 'number',
        header: t('accounting.chart.number'),
        sort: 'number',
        width: 130,
        cell: (a) =>
          faded(
            a,
            <Text span size="sm" ff="monospace">
              {a.number}
            </Text>,
          ),
      },
      {
        id: 'label',
        header: t('accounting.chart.label'),
        cell: (a) => faded(a, <span title={a.label}>{a.label}</span>),
      },
      {
        id: 'type',
        header: t('accounting.chart.type'),
        width: 150,
        cell: (a) => faded(a, t(`accounting.chart.types.${a.type}`)),
      },
      {
        id: 'origin',
        header: t('accounting.chart.origin'),
        width: 130,
        cell: (a) =>
          faded(
            a,
            <Badge size="sm" variant="light" color={a.isPcg ? 'gray' : 'blue'}>
              {a.isPcg ? t('accounting.chart.pcg') : t('accounting.chart.own')}
            </Badge>,
          ),
      },
      {
        id: 'action',
        header: '',
        width: 150,
        align: 'right',
        cell: (a) =>
          canWrite && (
            <Button
              size="compact-xs"
              variant="subtle"
              color={a.active ? 'red' : 'teal'}
              onClick={() => setActive({ id: a.id, active: !a.active })}
            >
              {a.active ? t('accounting.chart.deactivate') : t('accounting.chart.reactivate')}
            </Button>
          ),
      },
    ];
  }, [t, canWrite, setActive]);

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
          ref={searchRef}
          type="search"
          leftSection={<IconSearch size={16} />}
          aria-label={t('accounting.chart.search')}
          placeholder={t('accounting.chart.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={260}
        />
        <NativeSelect
          aria-label={t('accounting.chart.class')}
          value={accountClass}
          onChange={(e) => setAccountClass(e.currentTarget.value)}
          data={[
            { value: '', label: t('accounting.chart.allClasses') },
            ...[1, 2, 3, 4, 5, 6, 7, 8].map((c) => ({ value: String(c), label: t(`accounting.chart.classes.${c}`) })),
          ]}
          w={260}
        />
        <SegmentedControl
          aria-label={t('accounting.chart.status')}
          value={status}
          onChange={(v) => setStatus(v as Status)}
          data={(['active', 'inactive', 'all'] as const).map((v) => ({
            value: v,
            label: t(`accounting.chart.statuses.${v}`),
          }))}
        />
      </Group>
      {toggle.error && (
        <Text c="red" size="sm">
          {errorText(toWireError(toggle.error))}
        </Text>
      )}
      <VirtualTable
        source={source}
        columns={columns}
        rowKey={(a) => a.id}
        label={t('accounting.chart.accountsTitle')}
        sort={{ by: 'number', dir, onSort: () => setDir((d) => (d === 'asc' ? 'desc' : 'asc')) }}
        keysFrom={searchRef}
        height={LIST_HEIGHT}
        minWidth={720}
        onTotal={setTotal}
        testId="account-list"
        rowTestId="account-row"
      />
      <Text size="sm" c="dimmed" data-testid="account-total">
        {total !== null && t('accounting.chart.accountCount', { count: total })}
      </Text>
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
