import { Alert, Anchor, Avatar, Button, Center, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/contract/system';
import { toWireError } from '../../api/errors';
import { useMutationRoute } from '../../api/hooks';
import { errorText } from '../../components/error-text';
import { initials } from '../../components/initials';
import { useAuthStore } from './auth-context';
import { useSignOut } from './use-sign-out';

/**
 * The idle lock: an opaque full-screen dialog over the app, which stays mounted underneath, so that a form
 * being typed keeps its content. Only the password of the same user lifts it.
 */
export function LockOverlay({ opened, session }: { opened: boolean; session: SessionInfo | null }) {
  const { t } = useTranslation();
  return (
    <Modal.Root
      opened={opened}
      onClose={() => {}}
      fullScreen
      closeOnEscape={false}
      closeOnClickOutside={false}
      transitionProps={{ transition: 'fade', duration: 150 }}
      zIndex={300}
    >
      <Modal.Content
        // The screen underneath keeps its keyboard shortcuts to itself while locked.
        onKeyDown={(e) => e.stopPropagation()}
        data-testid="lock-overlay"
      >
        <Modal.Body h="100%">
          <Center h="100%">
            <Stack w={360} maw="100%" gap="lg" align="stretch">
              <Stack gap="xs" align="center">
                <Avatar size={56} radius="xl" color="indigo">
                  {session ? initials(session.displayName) : <IconLock size={28} />}
                </Avatar>
                <Modal.Title fz="h3" fw={700} ta="center">
                  {t('session.lock.title')}
                </Modal.Title>
                {session && (
                  <Text size="sm" c="dimmed" ta="center">
                    {t('session.lock.who', { name: session.displayName, login: session.login })}
                  </Text>
                )}
              </Stack>
              <UnlockForm />
            </Stack>
          </Center>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}

function UnlockForm() {
  const { t } = useTranslation();
  const store = useAuthStore();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const unlock = useMutationRoute('system.auth.unlock', {
    meta: { quiet: true },
    onSuccess(session) {
      store.dispatch({ type: 'signedIn', session });
      // What failed while the core held the session locked is asked again.
      void queryClient.refetchQueries({ type: 'active', predicate: (q) => q.state.status === 'error' });
    },
    onError(error) {
      setPassword('');
      const wire = toWireError(error);
      // A fifth wrong password locks the account and ends its sessions: back to the sign-in, which says until when.
      if (wire.messageKey === 'errors.accountLocked' || wire.messageKey === 'errors.accountDisabled') {
        store.dispatch({ type: 'signedOut', notice: wire });
      }
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!password) {
      setMissing(true);
      return;
    }
    unlock.mutate({ password });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" ta="center">
          {t('session.lock.text')}
        </Text>
        {unlock.isError && (
          <Alert color="red" variant="light" role="alert">
            {toWireError(unlock.error).messageKey === 'errors.wrongPassword'
              ? t('session.lock.wrongPassword')
              : errorText(toWireError(unlock.error))}
          </Alert>
        )}
        <PasswordInput
          label={t('session.fields.password')}
          autoComplete="current-password"
          data-autofocus
          value={password}
          error={missing ? t('validation.required') : undefined}
          onChange={(e) => {
            setPassword(e.currentTarget.value);
            setMissing(false);
          }}
        />
        <Button type="submit" loading={unlock.isPending} fullWidth>
          {t('session.lock.unlock')}
        </Button>
        <Group justify="center">
          <Anchor component="button" type="button" size="sm" onClick={() => void signOut()}>
            {t('session.signOut')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
