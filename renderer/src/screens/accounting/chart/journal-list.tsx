import { Badge, Button, Group, Modal, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issuesOf, toWireError } from '../../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { errorText } from '../../../components/error-text';
import { translateKey } from '../../../i18n';

/** The journals entries are posted to: those the company came with, and its own bank, cash or misc journals. */
export function JournalList() {
  const { t } = useTranslation();
  const canWrite = useCan('accounting.write');
  const [creating, setCreating] = useState(false);
  const list = useQueryRoute('accounting.journal.list', { status: 'all' });
  const toggle = useMutationRoute('accounting.journal.update', {
    meta: { quiet: true },
    invalidates: ['accounting.journal.list'],
  });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('accounting.chart.journalsTitle')}
        </Title>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('accounting.chart.newJournal')}
          </Button>
        )}
      </Group>
      {toggle.error && (
        <Text c="red" size="sm">
          {errorText(toWireError(toggle.error))}
        </Text>
      )}
      <Table withTableBorder aria-label={t('accounting.chart.journalsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('accounting.chart.code')}</Table.Th>
            <Table.Th>{t('accounting.chart.label')}</Table.Th>
            <Table.Th w={170}>{t('accounting.chart.kind')}</Table.Th>
            <Table.Th w={120}>{t('accounting.chart.account')}</Table.Th>
            <Table.Th w={110}>{t('accounting.chart.status')}</Table.Th>
            <Table.Th w={140} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((j) => (
            <Table.Tr key={j.id} data-testid="journal-row">
              <Table.Td ff="monospace">{j.code}</Table.Td>
              <Table.Td>{j.label}</Table.Td>
              <Table.Td>{t(`accounting.chart.kinds.${j.kind}`)}</Table.Td>
              <Table.Td ff="monospace">{j.accountNumber ?? ''}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={j.active ? 'teal' : 'gray'}>
                  {j.active ? t('accounting.chart.statuses.active') : t('accounting.chart.statuses.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                {canWrite && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color={j.active ? 'red' : 'teal'}
                    onClick={() => toggle.mutate({ id: j.id, active: !j.active })}
                  >
                    {j.active ? t('accounting.chart.deactivate') : t('accounting.chart.reactivate')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {creating && <JournalCreateDialog onClose={() => setCreating(false)} />}
    </Stack>
  );
}

function JournalCreateDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<'misc' | 'bank' | 'cash'>('misc');
  const [accountNumber, setAccountNumber] = useState('');
  const create = useMutationRoute('accounting.journal.create', {
    meta: { quiet: true },
    invalidates: ['accounting.journal.list'],
    onSuccess: () => onClose(),
  });
  const issues = issuesOf(create.error);
  const fieldError = (path: string) => {
    const issue = issues.find((i) => i.path === path);
    return issue ? translateKey(issue.messageKey) : undefined;
  };
  return (
    <Modal opened onClose={onClose} title={t('accounting.chart.newJournal')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ code, label, kind, accountNumber: kind === 'misc' ? null : accountNumber || null });
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('accounting.chart.code')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
            error={fieldError('code')}
            maxLength={6}
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
          <NativeSelect
            label={t('accounting.chart.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as typeof kind)}
            data={(['misc', 'bank', 'cash'] as const).map((k) => ({
              value: k,
              label: t(`accounting.chart.kinds.${k}`),
            }))}
          />
          {kind !== 'misc' && (
            <TextInput
              label={t('accounting.chart.journalAccount')}
              value={accountNumber}
              onChange={(e) => setAccountNumber(e.currentTarget.value)}
              error={fieldError('accountNumber')}
            />
          )}
          {create.error && issues.length === 0 && (
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
