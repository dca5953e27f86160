import { Box, Center, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryRoute } from '../../../api/hooks';
import { euros, localToday } from '../sales-money';

const BUCKETS = ['notDue', 'days30', 'days60', 'days90', 'over90', 'total'] as const;

/** Each customer's open amounts by how late they are. */
export function AgedBalance() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [asOf, setAsOf] = useState(localToday());
  const aged = useQueryRoute('sales.receivable.aged', asOf ? { asOf } : {});
  const rows = aged.data?.rows ?? [];
  return (
    <Stack gap="sm">
      <TextInput
        type="date"
        label={t('salesPayments.receivables.asOf')}
        value={asOf}
        onChange={(e) => setAsOf(e.currentTarget.value)}
        w={180}
      />
      <Box style={{ overflowX: 'auto' }}>
        <Table striped miw={860} aria-label={t('salesPayments.receivables.tabs.aged')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('salesPayments.receivables.aged.customer')}</Table.Th>
              {BUCKETS.map((b) => (
                <Table.Th key={b} ta="right">
                  {t(`salesPayments.receivables.aged.${b}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.partyId}>
                <Table.Td>
                  {r.partyName}{' '}
                  <Text span size="xs" c="dimmed">
                    {r.partyCode}
                  </Text>
                </Table.Td>
                {BUCKETS.map((b) => (
                  <Table.Td
                    key={b}
                    ta="right"
                    className="tabular"
                    fw={b === 'total' ? 600 : undefined}
                    c={r[b] === 0 ? 'dimmed' : b === 'days90' || b === 'over90' ? 'red' : undefined}
                  >
                    {r[b] === 0 ? '—' : euros(r[b], lang)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          {aged.data && rows.length > 0 && (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('salesPayments.receivables.aged.totals')}</Table.Th>
                {BUCKETS.map((b) => (
                  <Table.Th key={b} ta="right" className="tabular">
                    {euros(aged.data.totals[b], lang)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
        {aged.isSuccess && rows.length === 0 && (
          <Center py="xl">
            <Text c="dimmed">{t('salesPayments.receivables.aged.empty')}</Text>
          </Center>
        )}
        {aged.isPending && (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
      </Box>
    </Stack>
  );
}
