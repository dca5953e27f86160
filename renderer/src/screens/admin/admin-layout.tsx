import { Stack, Tabs } from '@mantine/core';
import {
  IconBuilding,
  IconDatabaseExport,
  IconHistory,
  IconLock,
  IconShieldCheck,
  IconUserShield,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { NotAllowed } from '../../app/session/guard';
import { allows, grantedOf } from '../../app/session/permissions';
import { useSession } from '../../app/session/auth-context';
import { ADMIN_PAGES, type AdminPage } from './admin-pages';

const ICONS: Record<AdminPage, typeof IconBuilding> = {
  company: IconBuilding,
  users: IconUsers,
  roles: IconUserShield,
  security: IconLock,
  audit: IconHistory,
  integrity: IconShieldCheck,
  backups: IconDatabaseExport,
};

function useAdminPages() {
  const granted = grantedOf(useSession());
  return ADMIN_PAGES.filter((p) => allows(granted, p.need));
}

/** Administration: one tab per page the session may open. */
export function AdminLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const pages = useAdminPages();
  const current = ADMIN_PAGES.find((p) => pathname.startsWith(`/admin/${p.key}`))?.key ?? null;
  if (pages.length === 0) return <NotAllowed />;
  return (
    <Stack gap="lg">
      <Tabs value={current} onChange={(v) => v && void navigate(`/admin/${v}`)} keepMounted={false}>
        <Tabs.List aria-label={t('departments.admin.name')}>
          {pages.map((p) => {
            const Icon = ICONS[p.key];
            return (
              <Tabs.Tab key={p.key} value={p.key} leftSection={<Icon size={16} stroke={1.6} />}>
                {t(`admin.pages.${p.key}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </Stack>
  );
}

/** /admin opens the first page the session may see. */
export function AdminIndex() {
  const pages = useAdminPages();
  return pages[0] ? <Navigate to={`/admin/${pages[0].key}`} replace /> : <NotAllowed />;
}
