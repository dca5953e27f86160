import { Alert, Box, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconBuildingStore, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Company, CompanyInput } from '../../../../shared/contract/admin';
import { useApi } from '../../api/api-context';
import { ApiError } from '../../api/client';
import { issuesOf } from '../../api/errors';
import { routeKey, useMutationRoute } from '../../api/hooks';
import { useAuthStore } from '../../app/session/auth-context';
import { issuesToFormErrors } from '../../components/form-errors';
import { CompanyForm } from './company-form';
import { EMPTY_COMPANY } from './company-values';
import { FirstAdminFields, toFirstAdmin, useFirstAdminForm, type FirstAdminInput } from './first-admin-fields';
import { SwitchDossierButton } from './dossiers/switch-dossier-button';

/** Core issues name `admin.login` or `company.siren`: each form gets its own, without the prefix. */
function issuesUnder(error: unknown, prefix: string) {
  return issuesOf(error)
    .filter((i) => i.path.startsWith(`${prefix}.`))
    .map((i) => ({ ...i, path: i.path.slice(prefix.length + 1) }));
}

/** The dossier is empty: the company comes first, since every document will carry it, with its first administrator. */
export function FirstRunScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuthStore();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const adminForm = useFirstAdminForm();
  const [signingIn, setSigningIn] = useState(false);

  // Created, then signed in with the same credentials, so that the new administrator lands in the app.
  const opened = async (company: Company, admin: FirstAdminInput) => {
    setSigningIn(true);
    try {
      const { session } = await api.call('system.auth.login', { login: admin.login, password: admin.password });
      auth.dispatch({ type: 'signedIn', session });
    } catch {
      auth.dispatch({ type: 'signedOut' });
    } finally {
      setSigningIn(false);
    }
    queryClient.setQueryData(routeKey('admin.company.get', {}), company);
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'admin.company.get' });
    void navigate('/', { replace: true });
  };
  const create = useMutationRoute('admin.company.create');
  const demo = useMutationRoute('admin.company.createDemo', {
    onError(error) {
      adminForm.setErrors(issuesToFormErrors(issuesUnder(error, 'admin')));
    },
  });

  /** The administrator's fields, checked before anything is sent; null (and errors shown) if they are not right. */
  const validAdmin = (): FirstAdminInput | null => {
    if (adminForm.validate().hasErrors) {
      // After the errors are on screen: the first field in error takes the focus.
      setTimeout(() => document.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus(), 0);
      return null;
    }
    return toFirstAdmin(adminForm.getValues());
  };

  const openDemo = async () => {
    const admin = validAdmin();
    if (!admin) return;
    const company = await demo.mutateAsync({ seed: 1, admin }).catch(() => null);
    if (company) await opened(company, admin);
  };

  const createCompany = async (input: CompanyInput) => {
    const admin = validAdmin();
    if (!admin) return;
    let company: Company;
    try {
      company = await create.mutateAsync({ company: input, admin });
    } catch (error) {
      adminForm.setErrors(issuesToFormErrors(issuesUnder(error, 'admin')));
      // The company form shows its own issues from this error.
      if (error instanceof ApiError) {
        const issues = issuesUnder(error, 'company');
        throw new ApiError({ ...error.wire, details: { ...error.wire.details, issues } });
      }
      throw error;
    }
    await opened(company, admin);
  };

  const busy = create.isPending || demo.isPending || signingIn;

  return (
    <Box bg="var(--mantine-color-body)" mih="100vh" py="xl">
      <Container size="md">
        <Stack gap="lg">
          <Group gap="sm">
            <IconBuildingStore size={36} stroke={1.4} color="var(--mantine-color-indigo-6)" />
            <Stack gap={0}>
              <Text size="sm" c="dimmed" fw={600} tt="uppercase">
                Coulisse
              </Text>
              <Title order={1}>{t('firstRun.title')}</Title>
            </Stack>
          </Group>
          <Text c="dimmed">{t('firstRun.intro')}</Text>

          <Paper withBorder p="lg" radius="md">
            <FirstAdminFields form={adminForm} disabled={busy} />
          </Paper>

          <Alert variant="light" color="indigo" icon={<IconSparkles />} title={t('firstRun.demoTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('firstRun.demoText')}</Text>
              <Button
                variant="outline"
                loading={demo.isPending || (signingIn && demo.isSuccess)}
                disabled={create.isPending}
                onClick={() => void openDemo()}
              >
                {t('firstRun.demoButton')}
              </Button>
              {demo.isPending && (
                <Text size="xs" c="dimmed" role="status">
                  {t('firstRun.demoWorking')}
                </Text>
              )}
            </Stack>
          </Alert>

          <Paper withBorder p="lg" radius="md">
            <CompanyForm
              initialValues={EMPTY_COMPANY}
              submitLabel={t('firstRun.submit')}
              onSubmit={createCompany}
              disabled={demo.isPending}
              autoFocus={false}
            />
          </Paper>
          <SwitchDossierButton />
        </Stack>
      </Container>
    </Box>
  );
}
