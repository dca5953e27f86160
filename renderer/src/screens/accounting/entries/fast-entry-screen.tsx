import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Entry } from '../../../../../shared/contract/accounting-entries';
import { formatCents } from '../../../../../shared/domain/money';
import { useApi } from '../../../api/api-context';
import { currentLanguage } from '../../../i18n';
import { EntryForm } from './entry-form';

const KEPT = 8;

/** Saisie: entries typed one after another; the ones posted in this sitting stay listed with their numbers. */
export function FastEntryScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const [done, setDone] = useState<Entry[]>([]);

  const lastPosted = async (): Promise<Entry | null> => {
    const mine = done.find((e) => e.status === 'validated');
    if (mine) return mine;
    const { rows } = await api.call('accounting.entry.list', {
      status: 'validated',
      sort: 'number',
      dir: 'desc',
      pageSize: 1,
    });
    return rows[0] ? api.call('accounting.entry.get', { id: rows[0].id }) : null;
  };

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('accounting.entries.fastTitle')}
      </Title>
      <EntryForm onDone={(entry) => setDone((prev) => [entry, ...prev].slice(0, KEPT))} lastPosted={lastPosted} />
      {done.length > 0 && (
        <Paper withBorder p="sm" data-testid="sitting-entries">
          <Text size="sm" fw={600} mb="xs">
            {t('accounting.entries.sitting')}
          </Text>
          <Stack gap={4}>
            {done.map((e) => (
              <Group key={e.id} gap="sm" wrap="nowrap">
                <Anchor component={Link} to={`/accounting/entries/${e.id}`} size="sm" ff="monospace" miw={140}>
                  {e.number ?? t('accounting.entries.draftNumber', { id: e.id })}
                </Anchor>
                <Badge size="sm" variant="light" color={e.status === 'validated' ? 'teal' : 'gray'}>
                  {t(`accounting.entries.status.${e.status}`)}
                </Badge>
                <Text size="sm" truncate="end" style={{ flex: 1 }}>
                  {e.journalCode} · {e.label}
                </Text>
                <Text size="sm" className="tabular">
                  {formatCents(e.totalDebit, currentLanguage())}
                </Text>
              </Group>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
