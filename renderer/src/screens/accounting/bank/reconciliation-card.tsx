import { Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryRoute } from '../../../api/hooks';
import { money, today } from './bank-values';

/** Bank against books at a date: the two balances, their difference, and the lines that explain it. */
export function ReconciliationCard({ bankAccountId }: { bankAccountId: number }) {
  const { t, i18n } = useTranslation();
  const [asOf, setAsOf] = useState(today());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const rec = useQueryRoute(
    'accounting.bankaccount.reconciliation',
    { id: bankAccountId, asOf },
    { enabled: valid, placeholderData: (prev) => prev },
  );
  const fmt = (c: number | null | undefined) =>
    c === null || c === undefined ? t('bank.reconciliation.unknown') : money(c, i18n.language);
  const figure = (label: string, value: string, color?: string) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={600} className="tabular" c={color} aria-label={label}>
        {value}
      </Text>
    </Stack>
  );
  const r = rec.data;
  return (
    <Card withBorder padding="md" radius="md" aria-label={t('bank.reconciliation.title')}>
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} size="h4">
          {t('bank.reconciliation.title')}
        </Title>
        <TextInput
          type="date"
          label={t('bank.reconciliation.asOf')}
          value={asOf}
          onChange={(e) => setAsOf(e.currentTarget.value)}
          w={170}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {figure(t('bank.reconciliation.bank'), fmt(r?.statementBalance))}
        {figure(t('bank.reconciliation.ledger'), fmt(r?.ledgerBalance))}
        {figure(
          t('bank.reconciliation.difference'),
          fmt(r?.difference),
          r?.difference ? 'red.8' : r?.difference === 0 ? 'green.8' : undefined,
        )}
      </SimpleGrid>
      {r && (
        <Text size="sm" c="dimmed" mt="sm">
          {t('bank.reconciliation.open', { count: r.openLines, amount: money(r.openAmount, i18n.language) })} ·{' '}
          {t('bank.reconciliation.matched', { count: r.matchedLines })} ·{' '}
          {t('bank.reconciliation.ignored', { count: r.ignoredLines })}
        </Text>
      )}
    </Card>
  );
}
