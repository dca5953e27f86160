import { Anchor, Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAuthStore, useSession } from './auth-context';
import { ChangePasswordForm } from './change-password-form';
import { useSignOut } from './use-sign-out';

/** A new account or a reset password is temporary: the user chooses their own before anything else. */
export function ForcedPasswordScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const store = useAuthStore();
  const signOut = useSignOut();
  return (
    <Box bg="var(--mantine-color-default-hover)" mih="100vh">
      <Center mih="100vh" p="md">
        <Paper withBorder shadow="sm" p="lg" radius="md" w={420} maw="100%">
          <Stack gap="md">
            <Group gap="sm" wrap="nowrap">
              <IconKey size={28} stroke={1.5} color="var(--mantine-color-indigo-6)" />
              <Title order={1} size="h3">
                {t('session.forced.title')}
              </Title>
            </Group>
            <Text size="sm">{t('session.forced.text', { name: session.displayName })}</Text>
            <ChangePasswordForm
              submitLabel={t('session.password.submit')}
              onDone={(next) => store.dispatch({ type: 'signedIn', session: next })}
            />
            <Group justify="center">
              <Anchor component="button" type="button" size="sm" onClick={() => void signOut()}>
                {t('session.signOut')}
              </Anchor>
            </Group>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
