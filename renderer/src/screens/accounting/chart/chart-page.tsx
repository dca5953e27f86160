import { Group, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { AccountList } from './account-list';
import { JournalList } from './journal-list';
import { YearList } from './year-list';

const VIEWS = ['accounts', 'journals', 'years'] as const;

/** The ledger's frame: chart of accounts, journals and fiscal years, one view each. */
export function ChartPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const view = VIEWS.find((v) => pathname.includes(`/chart/${v}`)) ?? 'accounts';
  return (
    <Stack gap="md">
      <Group>
        <SegmentedControl
          aria-label={t('accounting.pages.chart')}
          value={view}
          onChange={(v) => void navigate(`/accounting/chart/${v}`)}
          data={VIEWS.map((v) => ({ value: v, label: t(`accounting.chart.views.${v}`) }))}
        />
      </Group>
      <Routes>
        <Route index element={<AccountList />} />
        <Route path="accounts" element={<AccountList />} />
        <Route path="journals" element={<JournalList />} />
        <Route path="years" element={<YearList />} />
      </Routes>
    </Stack>
  );
}
