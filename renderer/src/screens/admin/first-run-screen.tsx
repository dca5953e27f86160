import { Alert, Box, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconBuildingStore, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Company } from '../../../../shared/contract/admin';
import { routeKey, useMutationRoute } from '../../api/hooks';
import { CompanyForm } from './company-form';
import { EMPTY_COMPANY } from './company-values';

/** The dossier is empty: the company comes first, since every document will carry it. */
export function FirstRunScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const opened = (company: Company) => {
    queryClient.setQueryData(routeKey('admin.company.get', {}), company);
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'admin.company.get' });
    void navigate('/', { replace: true });
  };
  const create = useMutationRoute('admin.company.create', { onSuccess: opened });
  const demo = useMutationRoute('admin.company.createDemo', { onSuccess: opened });

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

          <Alert variant="light" color="indigo" icon={<IconSparkles />} title={t('firstRun.demoTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('firstRun.demoText')}</Text>
              <Button
                variant="outline"
                loading={demo.isPending}
                disabled={create.isPending}
                onClick={() => demo.mutate({ seed: 1 })}
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
              onSubmit={(input) => create.mutateAsync(input)}
              disabled={demo.isPending}
            />
          </Paper>
        </Stack>
      </Container>
    </Box>
  );
}
