import { BackupFailureWatcher } from '../screens/admin/backups/backup-failure-watcher';
import { AppShell, Burger, Group, NavLink, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { ScreenLoader } from '../components/screen-loader';
import { DEPARTMENTS, isActive } from './departments';
import { ScreenErrorBoundary } from './error-boundary';
import { CompanyBadge } from './company-badge';
import { GlobalSearch, SearchButton } from './global-search';
import { useSession } from './session/auth-context';
import { allows, grantedOf } from './session/permissions';
import { UserMenu } from './user-menu';

export function Shell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const granted = grantedOf(useSession());
  const visible = DEPARTMENTS.filter((d) => allows(granted, d.need));
  const department = DEPARTMENTS.find((d) => isActive(d, pathname));
  const title = department ? `${t(`departments.${department.key}.name`)} · Coulisse` : 'Coulisse';
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleNav')} />
            <CompanyBadge />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SearchButton />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.departments')}>
        <AppShell.Section grow component={ScrollArea}>
          {visible.map((d) => (
            <NavLink
              key={d.key}
              component={Link}
              to={d.path}
              label={t(`departments.${d.key}.name`)}
              leftSection={<d.icon size={18} stroke={1.6} />}
              active={isActive(d, pathname)}
              onClick={close}
            />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <ScreenErrorBoundary key={pathname}>
          <Suspense fallback={<ScreenLoader />}>
            <Outlet />
          </Suspense>
        </ScreenErrorBoundary>
      </AppShell.Main>
      <GlobalSearch />
      <BackupFailureWatcher />
    </AppShell>
  );
}
