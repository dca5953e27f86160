import { Alert, Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { toWireError } from '../../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { errorText } from '../../../components/error-text';
import { ScreenLoader } from '../../../components/screen-loader';
import { RequestForm } from './request-form';
import { REQUEST_QUERIES } from './request-queries';
import { newRequestValues, requestToValues } from './request-values';

export function RequestCreateScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useMutationRoute('sales.request.create', { invalidates: REQUEST_QUERIES });
  return (
    <Stack maw={1100} gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/sales/requests" size="sm">
          {t('salesRequests.title')}
        </Anchor>
        <Text size="sm">{t('salesRequests.new')}</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">
        {t('salesRequests.new')}
      </Title>
      <RequestForm
        initialValues={newRequestValues()}
        submitLabel={t('common.create')}
        onCancel={() => void navigate('/sales/requests')}
        onSubmit={async (input) => {
          const request = await create.mutateAsync(input);
          notifications.show({ color: 'green', message: t('salesRequests.created', { number: request.number }) });
          void navigate(`/sales/requests/${request.id}`, { replace: true });
        }}
      />
    </Stack>
  );
}

export function RequestEditScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const request = useQueryRoute('sales.request.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const update = useMutationRoute('sales.request.update', { invalidates: REQUEST_QUERIES });
  if (request.isError) return <Alert color="red">{errorText(toWireError(request.error))}</Alert>;
  if (!request.data) return <ScreenLoader />;
  return (
    <Stack maw={1100} gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/sales/requests" size="sm">
          {t('salesRequests.title')}
        </Anchor>
        <Anchor component={Link} to={`/sales/requests/${id}`} size="sm">
          {request.data.number}
        </Anchor>
      </Breadcrumbs>
      <Title order={1} size="h2">
        {t('salesRequests.editTitle', { number: request.data.number })}
      </Title>
      <RequestForm
        key={request.data.updatedAt}
        initialValues={requestToValues(request.data)}
        submitLabel={t('common.save')}
        onCancel={() => void navigate(`/sales/requests/${id}`)}
        onSubmit={async (input) => {
          await update.mutateAsync({ id, request: input });
          notifications.show({ color: 'green', message: t('salesRequests.saved') });
          void navigate(`/sales/requests/${id}`, { replace: true });
        }}
      />
    </Stack>
  );
}
