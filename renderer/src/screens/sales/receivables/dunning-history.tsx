import { Anchor, Box, Center, Group, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQueryRoute } from '../../../api/hooks';
import { formatCount, formatDate } from '../../../components/format';
import { Pager } from '../../../components/pager';
import { euros } from '../sales-money';
import { LevelBadge } from './level-badge';

const PAGE_SIZE = 50;

/** Every reminder sent, newest first. */
export function DunningHistory() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [page, setPage] = useState(0);
  const list = useQueryRoute(
    'sales.dunning.list',
    { page, pageSize: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  return (
    <Stack gap="sm">
      <Box style={{ overflowX: 'auto' }}>
        <Table miw={760} aria-label={t('salesPayments.receivables.tabs.dunning')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('salesPayments.receivables.dunning.date')}</Table.Th>
              <Table.Th>{t('salesPayments.receivables.dunning.number')}</Table.Th>
              <Table.Th>{t('salesPayments.receivables.dunning.customer')}</Table.Th>
              <Table.Th>{t('salesPayments.receivables.dunning.level')}</Table.Th>
              <Table.Th ta="right">{t('salesPayments.receivables.dunning.open')}</Table.Th>
              <Table.Th>{t('salesPayments.receivables.dunning.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td className="tabular">{formatDate(d.date, lang)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/sales/invoices/${d.documentId}`} size="sm">
                    {d.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{d.partyName}</Table.Td>
                <Table.Td>
                  <LevelBadge level={d.level} />
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {euros(d.openAmount, lang)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" truncate="end" maw={280}>
                    {d.note ?? ''}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.isSuccess && rows.length === 0 && (
          <Center py="xl">
            <Text c="dimmed">{t('salesPayments.receivables.dunning.empty')}</Text>
          </Center>
        )}
      </Box>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {formatCount(total, lang)}
        </Text>
        <Pager page={page} pages={Math.max(1, Math.ceil(total / PAGE_SIZE))} onPage={setPage} />
      </Group>
    </Stack>
  );
}
