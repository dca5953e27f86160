import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeKey, useMutationRoute, useQueryRoute } from '../../api/hooks';
import { useCan } from '../../app/session/permissions';
import { ScreenLoader } from '../../components/screen-loader';
import { CompanyForm } from './company-form';
import { companyToValues } from './company-values';

export function CompanyScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const company = useQueryRoute('admin.company.get', {});
  const canEdit = useCan('admin.admin');
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
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('company.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {canEdit ? t('company.adminNote') : t('company.readOnly')}
        </Text>
      </Stack>
      <CompanyForm
        key={version}
        initialValues={companyToValues(company.data)}
        submitLabel={t('common.save')}
        onSubmit={async (input) => {
          await update.mutateAsync(input);
          setVersion((v) => v + 1);
        }}
        onCancel={canEdit ? () => setVersion((v) => v + 1) : undefined}
        disabled={!canEdit}
        hideActions={!canEdit}
      />
    </Stack>
  );
}
