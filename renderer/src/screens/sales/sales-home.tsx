import { Card, Center, Group, Loader, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQueryRoute } from '../../api/hooks';
import { formatCount, formatDate } from '../../components/format';
import { euros, localToday } from './sales-money';

function Figure({
  label,
  value,
  detail,
  to,
  tone,
  testId,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  to: string;
  tone?: 'red';
  testId: string;
}) {
  const navigate = useNavigate();
  return (
    <UnstyledButton onClick={() => void navigate(to)} data-testid={testId} aria-label={label}>
      <Card withBorder padding="lg" radius="md" h="100%">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {label}
          </Text>
          <Text fz={28} fw={600} className="tabular" c={tone}>
            {value}
          </Text>
          {detail && (
            <Text size="sm" c={tone ?? 'dimmed'}>
              {detail}
            </Text>
          )}
        </Stack>
      </Card>
    </UnstyledButton>
  );
}

/** Ventes › Synthèse: what waits for the sales desk, each figure opening its list. */
export function SalesHome() {
  const { t, i18n } = useTranslation();
  const asOf = localToday();
  const summary = useQueryRoute('sales.summary.get', { asOf });
  const lang = i18n.language;
  const s = summary.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">
          {t('salesPayments.overview.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('salesPayments.overview.asOf', { date: formatDate(asOf, lang) })}
        </Text>
      </Group>
      {!s ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <Figure
            testId="summary-quotes"
            label={t('salesPayments.overview.quotesPending')}
            value={formatCount(s.quotesPending, lang)}
            to="/sales/quotes"
          />
          <Figure
            testId="summary-orders"
            label={t('salesPayments.overview.ordersOpen')}
            value={formatCount(s.ordersOpen, lang)}
            to="/sales/orders"
          />
          <Figure
            testId="summary-overdue"
            label={t('salesPayments.overview.overdue')}
            value={euros(s.overdueAmount, lang)}
            detail={t('salesPayments.overview.overdueDetail', { count: s.overdueCount })}
            tone={s.overdueCount > 0 ? 'red' : undefined}
            to="/sales/receivables?overdue=1"
          />
          <Figure
            testId="summary-receivables"
            label={t('salesPayments.overview.receivables')}
            value={euros(s.receivables, lang)}
            to="/sales/receivables"
          />
          <Figure
            testId="summary-requests"
            label={t('salesPayments.overview.requestsOpen')}
            value={formatCount(s.requestsOpen, lang)}
            detail={t('salesPayments.overview.requestsOverdue', { count: s.requestsOverdue })}
            tone={s.requestsOverdue > 0 ? 'red' : undefined}
            to="/sales/requests"
          />
          <Figure
            testId="summary-revenue"
            label={t('salesPayments.overview.revenueYear')}
            value={euros(s.revenueYear, lang)}
            detail={t('salesPayments.overview.draftInvoices', { count: s.draftInvoices })}
            to="/sales/invoices"
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
