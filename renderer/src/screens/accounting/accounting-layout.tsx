import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { allows, grantedOf } from '../../app/session/permissions';
import { useSession } from '../../app/session/auth-context';
import { AccountingHome } from './accounting-home';
import { ACCOUNTING_PAGES } from './accounting-pages';

function useAccountingPages() {
  const granted = grantedOf(useSession());
  const pages: readonly { key: string; need: Parameters<typeof allows>[1] }[] = ACCOUNTING_PAGES;
  return pages.filter((p) => allows(granted, p.need));
}

/** Comptabilité: one tab per page the session may open. */
export function AccountingLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const pages = useAccountingPages();
  const current = pages.find((p) => pathname.startsWith(`/accounting/${p.key}`))?.key ?? null;
  if (pages.length === 0) return <AccountingHome />;
  return (
    <Stack gap="lg">
      <Tabs value={current} onChange={(v) => v && void navigate(`/accounting/${v}`)} keepMounted={false}>
        <Tabs.List aria-label={t('departments.accounting.name')}>
          {pages.map((p) => (
            <Tabs.Tab key={p.key} value={p.key}>
              {t(`accounting.pages.${p.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </Stack>
  );
}

/** /accounting opens the first page the session may see. */
export function AccountingIndex() {
  const pages = useAccountingPages();
  return pages[0] ? <Navigate to={`/accounting/${pages[0].key}`} replace /> : null;
}
