import { Alert, Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { RouteName } from '../../../../shared/contract';
import { toWireError } from '../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../api/hooks';
import { ScreenLoader } from '../../components/screen-loader';
import { translateKey } from '../../i18n';
import { PartyForm } from './party-form';
import { newPartyValues, partyToValues } from './party-values';

const PARTY_QUERIES: RouteName[] = ['parties.party.list', 'parties.party.get', 'system.search.query'];

export function PartyCreateScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const role = params.get('role') === 'supplier' ? 'supplier' : 'customer';
  const create = useMutationRoute('parties.party.create', { invalidates: PARTY_QUERIES });
  return (
    <Stack maw={1100} gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/parties" size="sm">
          {t('departments.parties.name')}
        </Anchor>
        <Text size="sm">{t('parties.new')}</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">
        {t('parties.new')}
      </Title>
      <PartyForm
        initialValues={newPartyValues(role)}
        submitLabel={t('common.create')}
        onCancel={() => void navigate('/parties')}
        onSubmit={async (input) => {
          const party = await create.mutateAsync(input);
          notifications.show({ color: 'green', message: t('parties.created', { name: party.name }) });
          void navigate(`/parties/${party.id}`, { replace: true });
        }}
      />
    </Stack>
  );
}

export function PartyEditScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const party = useQueryRoute('parties.party.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const update = useMutationRoute('parties.party.update', { invalidates: PARTY_QUERIES });
  if (party.isError) {
    return <Alert color="red">{translateKey(toWireError(party.error).messageKey)}</Alert>;
  }
  if (!party.data) return <ScreenLoader />;
  return (
    <Stack maw={1100} gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/parties" size="sm">
          {t('departments.parties.name')}
        </Anchor>
        <Anchor component={Link} to={`/parties/${id}`} size="sm">
          {party.data.name}
        </Anchor>
      </Breadcrumbs>
      <Title order={1} size="h2">
        {t('parties.editTitle', { name: party.data.name })}
      </Title>
      <PartyForm
        key={party.data.updatedAt}
        initialValues={partyToValues(party.data)}
        submitLabel={t('common.save')}
        onCancel={() => void navigate(`/parties/${id}`)}
        onSubmit={async (input) => {
          await update.mutateAsync({ id, party: input });
          notifications.show({ color: 'green', message: t('parties.saved') });
          void navigate(`/parties/${id}`, { replace: true });
        }}
      />
    </Stack>
  );
}
