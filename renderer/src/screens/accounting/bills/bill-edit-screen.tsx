import { Alert, Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { toWireError } from '../../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { errorText } from '../../../components/error-text';
import { ScreenLoader } from '../../../components/screen-loader';
import { BillForm } from './bill-form';
import { BILL_QUERIES } from './bill-format';
import { billToValues, newBillValues } from './bill-values';

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function BillCreateScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useMutationRoute('accounting.bill.create', { invalidates: BILL_QUERIES });
  return (
    <Stack maw={1200} gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/accounting/bills" size="sm">
          {t('bills.title')}
        </Anchor>
        <Text size="sm">{t('bills.new')}</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">
        {t('bills.new')}
      </Title>
      <BillForm
        initialValues={newBillValues(localToday())}
        submitLabel={t('common.create')}
        onCancel={() => void navigate('/accounting/bills')}
        onSubmit={async (input) => {
          const bill = await create.mutateAsync(input);
          notifications.show({ color: 'green', message: t('bills.created') });
          void navigate(`/accounting/bills/${bill.id}`, { replace: true });
        }}
      />
    </Stack>
  );
}

export function BillEditScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const bill = useQueryRoute('accounting.bill.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const update = useMutationRoute('accounting.bill.update', { invalidates: BILL_QUERIES });
  if (bill.isError) return <Alert color="red">{errorText(toWireError(bill.error))}</Alert>;
  if (!bill.data) return <ScreenLoader />;
  return (
    <Stack maw={1200} gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/accounting/bills" size="sm">
          {t('bills.title')}
        </Anchor>
        <Anchor component={Link} to={`/accounting/bills/${id}`} size="sm">
          {bill.data.number}
        </Anchor>
      </Breadcrumbs>
      <Title order={1} size="h2">
        {t('bills.editTitle', { number: bill.data.number })}
      </Title>
      <BillForm
        key={bill.data.updatedAt}
        initialValues={billToValues(bill.data)}
        submitLabel={t('common.save')}
        onCancel={() => void navigate(`/accounting/bills/${id}`)}
        onSubmit={async (input) => {
          await update.mutateAsync({ id, bill: input });
          notifications.show({ color: 'green', message: t('bills.saved') });
          void navigate(`/accounting/bills/${id}`, { replace: true });
        }}
      />
    </Stack>
  );
}
