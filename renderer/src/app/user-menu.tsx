import {
  Avatar,
  Group,
  Menu,
  Stack,
  Text,
  UnstyledButton,
  useMantineColorScheme,
  type MantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconCheck,
  IconChevronDown,
  IconDeviceDesktop,
  IconFolders,
  IconKey,
  IconLanguage,
  IconLock,
  IconLogout,
  IconMoon,
  IconSun,
} from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { initials } from '../components/initials';
import { currentLanguage, setLanguage, type Language } from '../i18n';
import { useAuthStore, useSession } from './session/auth-context';
import { lazyNamed } from '../components/lazy-named';
import { roleNameLabel } from './session/permissions';
import { useSignOut } from './session/use-sign-out';
import { lockSession } from './session/lock-session';
import { useApi } from '../api/api-context';
import { useCloseDossier } from '../screens/admin/dossiers/use-workspace';

const ChangePasswordDialog = lazyNamed(() => import('./session/change-password-dialog'), 'ChangePasswordDialog');

const LANGUAGE_NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };
const SCHEMES: { value: MantineColorScheme; icon: typeof IconSun }[] = [
  { value: 'light', icon: IconSun },
  { value: 'dark', icon: IconMoon },
  { value: 'auto', icon: IconDeviceDesktop },
];

export function UserMenu() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const store = useAuthStore();
  const api = useApi();
  const signOut = useSignOut();
  const closeDossier = useCloseDossier();
  const [changing, { open: openChange, close: closeChange }] = useDisclosure(false);
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const language = currentLanguage();
  const role = roleNameLabel(session.roleName, i18n.language);
  const check = (on: boolean) => (on ? <IconCheck size={14} /> : null);

  return (
    <>
      <Menu position="bottom-end" width={240} withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('user.menu')} data-testid="user-menu">
            <Group gap={8} wrap="nowrap">
              <Avatar size={32} radius="xl" color="indigo">
                {initials(session.displayName) || null}
              </Avatar>
              <Stack gap={0} visibleFrom="md" maw={180}>
                <Text size="sm" fw={500} truncate="end" data-testid="user-name">
                  {session.displayName}
                </Text>
                <Text size="xs" c="dimmed" truncate="end" data-testid="user-role">
                  {role}
                </Text>
              </Stack>
              <IconChevronDown size={14} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('user.signedInAs', { name: session.displayName })}</Menu.Label>
          <Menu.Label pt={0}>{t('user.role', { role })}</Menu.Label>
          <Menu.Item leftSection={<IconKey size={14} />} onClick={openChange}>
            {t('user.changePassword')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLock size={14} />} onClick={() => lockSession(api, store)}>
            {t('user.lock')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={14} />} onClick={() => void signOut()}>
            {t('session.signOut')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFolders size={14} />}
            onClick={() => void closeDossier().catch(() => undefined)}
            data-testid="close-dossier"
          >
            {t('dossiers.close')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>
            <Group gap={4}>
              <IconLanguage size={14} />
              {t('user.language')}
            </Group>
          </Menu.Label>
          {(Object.keys(LANGUAGE_NAMES) as Language[]).map((lng) => (
            <Menu.Item key={lng} lang={lng} rightSection={check(language === lng)} onClick={() => setLanguage(lng)}>
              {LANGUAGE_NAMES[lng]}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Label>{t('user.appearance')}</Menu.Label>
          {SCHEMES.map(({ value, icon: Icon }) => (
            <Menu.Item
              key={value}
              leftSection={<Icon size={14} />}
              rightSection={check(colorScheme === value)}
              onClick={() => setColorScheme(value)}
            >
              {t(`user.schemes.${value}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {changing && (
        <Suspense fallback={null}>
          <ChangePasswordDialog onClose={closeChange} />
        </Suspense>
      )}
    </>
  );
}
