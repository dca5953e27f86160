import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { AgedBalance } from './aged-balance';
import { DunningHistory } from './dunning-history';
import { OpenInvoices } from './open-invoices';

const TABS = ['open', 'aged', 'dunning'] as const;

/** Ventes › Encours & relances: open invoices to chase, the aged balance and the reminders sent. */
export function ReceivablesScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = TABS.find((tab) => tab !== 'open' && pathname.startsWith(`/sales/receivables/${tab}`)) ?? 'open';
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('salesPayments.receivables.title')}
      </Title>
      <Tabs
        variant="pills"
        value={current}
        onChange={(v) => v && void navigate(v === 'open' ? '/sales/receivables' : `/sales/receivables/${v}`)}
      >
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`salesPayments.receivables.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Routes>
        <Route index element={<OpenInvoices />} />
        <Route path="aged" element={<AgedBalance />} />
        <Route path="dunning" element={<DunningHistory />} />
      </Routes>
    </Stack>
  );
}
