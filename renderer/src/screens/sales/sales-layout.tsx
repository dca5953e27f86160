import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { allows, grantedOf } from '../../app/session/permissions';
import { useSession } from '../../app/session/auth-context';
import { SALES_PAGES } from './sales-pages';
import { SALES_SCREENS } from './sales-screens';

function useSalesPages() {
  const granted = grantedOf(useSession());
  const pages: readonly { key: string; need: Parameters<typeof allows>[1] }[] = SALES_PAGES;
  return pages.filter((p) => allows(granted, p.need) && p.key in SALES_SCREENS);
}

/** Ventes: one tab per page the session may open. */
export function SalesLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const pages = useSalesPages();
  const current = pages.find((p) => pathname.startsWith(`/sales/${p.key}`))?.key ?? null;
  return (
    <Stack gap="lg">
      <Tabs value={current} onChange={(v) => v && void navigate(`/sales/${v}`)} keepMounted={false}>
        <Tabs.List aria-label={t('departments.sales.name')}>
          {pages.map((p) => (
            <Tabs.Tab key={p.key} value={p.key}>
              {t(`sales.pages.${p.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </Stack>
  );
}

/** /sales opens the first page the session may see. */
export function SalesIndex() {
  const pages = useSalesPages();
  return pages[0] ? <Navigate to={`/sales/${pages[0].key}`} replace /> : null;
}
