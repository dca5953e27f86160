import { Alert, Avatar, Box, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { WireError } from '../../../../shared/errors';
import { toWireError } from '../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../api/hooks';
import { errorText } from '../../components/error-text';
import { initials } from '../../components/initials';
import { useAuthStore } from './auth-context';
import { LanguageSwitch } from './language-switch';
import { forgetUserData } from './public-queries';
import { SwitchDossierButton } from '../../screens/admin/dossiers/switch-dossier-button';

/** The company is there but nobody is signed in: login and password, Enter signs in. */
export function LoginScreen({ notice, lastUserId }: { notice: WireError | null; lastUserId: number | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const store = useAuthStore();
  const queryClient = useQueryClient();
  const company = useQueryRoute('admin.company.get', {}, { staleTime: Infinity, meta: { quiet: true } });
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ login?: boolean; password?: boolean }>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const loginRef = useRef<HTMLInputElement>(null);

  // Nothing the previous user saw stays in memory for the next one.
  useEffect(() => forgetUserData(queryClient), [queryClient]);
  useEffect(() => {
    document.title = `${t('session.login.title')} · Coulisse`;
  }, [t]);

  const signIn = useMutationRoute('system.auth.login', {
    meta: { quiet: true },
    onSuccess({ session }) {
      // The screen the previous user left open is theirs: someone else starts from the dashboard.
      if (lastUserId !== null && lastUserId !== session.userId) void navigate('/', { replace: true });
      store.dispatch({ type: 'signedIn', session });
    },
    onError(error) {
      setPassword('');
      if (toWireError(error).messageKey === 'errors.badCredentials') passwordRef.current?.focus();
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty = { login: !login.trim(), password: !password };
    setMissing(empty);
    if (empty.login) return loginRef.current?.focus();
    if (empty.password) return passwordRef.current?.focus();
    signIn.mutate({ login, password });
  };

  const failure = signIn.isError ? toWireError(signIn.error) : null;
  const legalName = company.data?.legalName;

  return (
    <Box bg="var(--mantine-color-default-hover)" mih="100vh">
      <Center mih="100vh" p="md">
        <Stack w={380} maw="100%" gap="md">
          <Stack gap={6} align="center">
            {company.data?.logo ? (
              <Avatar
                src={company.data.logo}
                alt=""
                radius="sm"
                size={56}
                styles={{ image: { objectFit: 'contain' } }}
              />
            ) : (
              <Avatar radius="sm" size={56} color="indigo">
                {legalName ? initials(legalName) : null}
              </Avatar>
            )}
            <Text size="sm" c="dimmed" fw={600} tt="uppercase">
              Coulisse
            </Text>
            {legalName && (
              <Text fw={600} size="lg" ta="center" data-testid="company-name">
                {legalName}
              </Text>
            )}
          </Stack>
          <Paper withBorder shadow="sm" p="lg" radius="md">
            <form onSubmit={submit} noValidate aria-labelledby="login-title">
              <Stack gap="sm">
                <Title order={1} size="h3" id="login-title">
                  {t('session.login.title')}
                </Title>
                {failure ? (
                  <Alert color="red" variant="light" icon={<IconAlertTriangle />} role="alert">
                    {errorText(failure)}
                  </Alert>
                ) : (
                  notice && (
                    <Alert color="yellow" variant="light" icon={<IconInfoCircle />}>
                      {errorText(notice)}
                    </Alert>
                  )
                )}
                <TextInput
                  ref={loginRef}
                  label={t('session.fields.login')}
                  autoComplete="username"
                  autoCapitalize="none"
                  spellCheck={false}
                  autoFocus
                  value={login}
                  error={missing.login ? t('validation.required') : undefined}
                  onChange={(e) => setLogin(e.currentTarget.value)}
                />
                <PasswordInput
                  ref={passwordRef}
                  label={t('session.fields.password')}
                  autoComplete="current-password"
                  value={password}
                  error={missing.password ? t('validation.required') : undefined}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                />
                <Button type="submit" loading={signIn.isPending} fullWidth mt="xs">
                  {t('session.login.submit')}
                </Button>
              </Stack>
            </form>
          </Paper>
          <LanguageSwitch />
          <SwitchDossierButton />
        </Stack>
      </Center>
    </Box>
  );
}
