import { Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeKey, useMutationRoute, useQueryRoute } from '../../api/hooks';
import { ScreenLoader } from '../../components/screen-loader';
import { CompanyForm } from './company-form';
import { companyToValues } from './company-values';

export function CompanyScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const company = useQueryRoute('admin.company.get', {});
  // Remounting the form after a save or a cancel starts it again from what the core holds.
  const [version, setVersion] = useState(0);
  const update = useMutationRoute('admin.company.update', {
    onSuccess(saved) {
      queryClient.setQueryData(routeKey('admin.company.get', {}), saved);
      notifications.show({ color: 'green', message: t('company.saved') });
    },
  });

  if (!company.data) return <ScreenLoader />;
  return (
    <Stack maw={960} gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {t('departments.admin.name')}
          </Text>
          <Title order={1} size="h2">
            {t('company.title')}
          </Title>
        </Stack>
      </Group>
      <Text size="sm" c="dimmed">
        {t('company.adminNote')}
      </Text>
      <CompanyForm
        key={version}
        initialValues={companyToValues(company.data)}
        submitLabel={t('common.save')}
        onSubmit={async (input) => {
          await update.mutateAsync(input);
          setVersion((v) => v + 1);
        }}
        onCancel={() => setVersion((v) => v + 1)}
      />
    </Stack>
  );
}
