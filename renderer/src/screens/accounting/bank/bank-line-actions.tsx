import { Button, Divider, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankLine } from '../../../../../shared/contract/accounting-bank';
import type { RouteName } from '../../../../../shared/contract';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { ScreenLoader } from '../../../components/screen-loader';
import { day, money } from './bank-values';

const AFTER_CHANGE: RouteName[] = [
  'accounting.bankline.list',
  'accounting.bankline.suggest',
  'accounting.bankaccount.reconciliation',
  'accounting.entry.list',
];

/**
 * What an open bank line can become: matched with an open item in one click, posted to an account, or ignored.
 * `onDone` is told once the line is no longer open.
 */
export function BankLineActions({ line, onDone }: { line: BankLine; onDone?(): void }) {
  const { t, i18n } = useTranslation();
  const suggestions = useQueryRoute('accounting.bankline.suggest', { id: line.id });
  const match = useMutationRoute('accounting.bankline.match', { invalidates: AFTER_CHANGE });
  const post = useMutationRoute('accounting.bankline.post', { invalidates: AFTER_CHANGE });
  const ignore = useMutationRoute('accounting.bankline.ignore', { invalidates: AFTER_CHANGE });
  const [accountNumber, setAccountNumber] = useState('');
  const [label, setLabel] = useState(line.label.slice(0, 200));

  const onMatch = async (lineIds: number[]) => {
    await match.mutateAsync({ id: line.id, lineIds });
    notifications.show({ color: 'green', message: t('bank.suggest.matched') });
    onDone?.();
  };
  const onPost = async () => {
    await post.mutateAsync({ id: line.id, accountNumber: accountNumber.trim(), label });
    notifications.show({ color: 'green', message: t('bank.post.posted') });
    onDone?.();
  };

  return (
    <Stack gap="sm" p="sm">
      <Text size="sm" fw={600}>
        {t('bank.suggest.title')}
      </Text>
      {!suggestions.data ? (
        <ScreenLoader />
      ) : suggestions.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('bank.suggest.none')}
        </Text>
      ) : (
        <Table fz="sm" aria-label={t('bank.suggest.title')}>
          <Table.Tbody>
            {suggestions.data.map((c) => (
              <Table.Tr key={c.lineIds.join('-')}>
                <Table.Td className="tabular">{day(c.date, i18n.language)}</Table.Td>
                <Table.Td>{c.entryNumber}</Table.Td>
                <Table.Td>
                  {c.accountNumber} {c.auxLabel}
                </Table.Td>
                <Table.Td>{c.reference ?? c.label}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {money(c.amount, i18n.language)}
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    aria-label={t('bank.suggest.matchOf', { label: c.reference ?? c.label })}
                    loading={match.isPending}
                    onClick={() => void onMatch(c.lineIds).catch(() => undefined)}
                  >
                    {t('bank.suggest.match')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Divider />
      <Text size="sm" fw={600}>
        {t('bank.post.title')}
      </Text>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('bank.post.accountNumber')}
          placeholder="627"
          w={120}
          inputMode="numeric"
          value={accountNumber}
          onChange={(e) => setAccountNumber(e.currentTarget.value)}
        />
        <TextInput
          label={t('bank.post.label')}
          style={{ flex: 1 }}
          maxLength={200}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
        />
        <Button
          variant="light"
          disabled={!/^\d{3,10}$/.test(accountNumber.trim())}
          loading={post.isPending}
          onClick={() => void onPost().catch(() => undefined)}
        >
          {t('bank.post.submit')}
        </Button>
        <Button
          variant="subtle"
          color="gray"
          loading={ignore.isPending}
          onClick={() =>
            void ignore
              .mutateAsync({ id: line.id })
              .then(() => onDone?.())
              .catch(() => undefined)
          }
        >
          {t('bank.post.ignore')}
        </Button>
      </Group>
    </Stack>
  );
}
