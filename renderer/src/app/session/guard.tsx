import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useCan, type Need } from './permissions';

/** What the session may not see is not reachable by its address either: this page says so. */
export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <Center py={64}>
      <Stack align="center" gap="sm" maw={480}>
        <ThemeIcon size={56} radius="xl" variant="light" color="gray">
          <IconLock size={30} stroke={1.5} />
        </ThemeIcon>
        <Title order={1} size="h3" ta="center">
          {t('session.notAllowed.title')}
        </Title>
        <Text c="dimmed" ta="center">
          {t('session.notAllowed.text')}
        </Text>
        <Button component={Link} to="/" variant="light">
          {t('session.notAllowed.home')}
        </Button>
      </Stack>
    </Center>
  );
}

/** A route (or its children, as a layout route) shown only when the session has what it needs. */
export function Guard({ need, children }: { need: Need; children?: ReactNode }) {
  const allowed = useCan(need);
  if (!allowed) return <NotAllowed />;
  return children ?? <Outlet />;
}

/** A button or a link shown only when the session has what it needs. */
export function IfCan({ need, children }: { need: Need; children: ReactNode }) {
  return useCan(need) ? children : null;
}
