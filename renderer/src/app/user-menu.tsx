import {
  Avatar,
  Group,
  Menu,
  Text,
  UnstyledButton,
  useMantineColorScheme,
  type MantineColorScheme,
} from '@mantine/core';
import { IconCheck, IconChevronDown, IconDeviceDesktop, IconLanguage, IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQueryRoute } from '../api/hooks';
import { initials } from '../components/initials';
import { currentLanguage, setLanguage, type Language } from '../i18n';

const LANGUAGE_NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };
const SCHEMES: { value: MantineColorScheme; icon: typeof IconSun }[] = [
  { value: 'light', icon: IconSun },
  { value: 'dark', icon: IconMoon },
  { value: 'auto', icon: IconDeviceDesktop },
];

export function UserMenu() {
  const { t } = useTranslation();
  const session = useQueryRoute('system.session.get', {}, { staleTime: Infinity });
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const language = currentLanguage();
  const name = session.data?.displayName ?? '';
  const check = (on: boolean) => (on ? <IconCheck size={14} /> : null);

  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('user.menu')} data-testid="user-menu">
          <Group gap={6} wrap="nowrap">
            <Avatar size={30} radius="xl" color="indigo">
              {initials(name) || null}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="md" maw={160} truncate="end">
              {name}
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {name && <Menu.Label>{t('user.signedInAs', { name })}</Menu.Label>}
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
  );
}
