import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconEdit, IconInfoCircle, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { RouteName } from '../../../../shared/contract';
import type { Party } from '../../../../shared/contract/parties';
import { toWireError } from '../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../api/hooks';
import { IfCan } from '../../app/session/guard';
import { ScreenLoader } from '../../components/screen-loader';
import { translateKey } from '../../i18n';
import { formatInstant } from '../../components/format';
import { CustomerSalesCard } from '../sales/catalog/customer-sales-card';
import { PartyBadges } from './party-badges';

const PARTY_QUERIES: RouteName[] = ['parties.party.list', 'parties.party.get', 'system.search.query'];

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children || '—'}
      </Text>
    </Stack>
  );
}

export function PartyDetailScreen() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const party = useQueryRoute('parties.party.get', { id }, { enabled: Number.isInteger(id) && id > 0 });

  if (party.isError) {
    return (
      <Stack maw={640}>
        <Alert color="red" title={t('errors.title')}>
          {translateKey(toWireError(party.error).messageKey)}
        </Alert>
        <Anchor component={Link} to="/parties">
          {t('parties.backToList')}
        </Anchor>
      </Stack>
    );
  }
  if (!party.data) return <ScreenLoader />;
  const p = party.data;

  return (
    <Stack maw={1100} gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/parties" size="sm">
          {t('departments.parties.name')}
        </Anchor>
        <Text size="sm">{p.code}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} miw={0}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {p.name}
            </Title>
            <PartyBadges isCustomer={p.isCustomer} isSupplier={p.isSupplier} archived={p.archived} size="md" />
          </Group>
          <Text size="sm" c="dimmed">
            {p.code} · {t(`parties.kinds.${p.kind}`)} ·{' '}
            {t('parties.updatedOn', { date: formatInstant(p.updatedAt, i18n.language) })}
          </Text>
        </Stack>
        <IfCan need="parties.write">
          <PartyActions party={p} />
        </IfCan>
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('parties.form.identity')}
          </Title>
          <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
            <Field label={t('parties.fields.code')}>{p.code}</Field>
            <Field label={t('parties.fields.kind')}>{t(`parties.kinds.${p.kind}`)}</Field>
            <Field label={t('parties.fields.siren')}>{p.siren}</Field>
            <Field label={t('parties.fields.siret')}>{p.siret}</Field>
            <Field label={t('parties.fields.vatNumber')}>{p.vatNumber}</Field>
          </SimpleGrid>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('parties.form.reach')}
          </Title>
          <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
            <Field label={t('parties.fields.email')}>
              {p.email && <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor>}
            </Field>
            <Field label={t('parties.fields.phone')}>{p.phone}</Field>
            <Field label={t('parties.fields.website')}>{p.website}</Field>
          </SimpleGrid>
        </Card>
      </SimpleGrid>

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('parties.form.addresses')}
        </Title>
        {p.addresses.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('parties.form.noAddress')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {p.addresses.map((a) => (
              <Card key={a.id} withBorder padding="sm" radius="sm">
                <Badge size="xs" variant="light" mb={6}>
                  {t(`parties.addressKinds.${a.kind}`)}
                </Badge>
                <Text size="sm">{a.line1}</Text>
                {a.line2 && <Text size="sm">{a.line2}</Text>}
                <Text size="sm">
                  {a.postalCode} {a.city}
                </Text>
                <Text size="sm" c="dimmed">
                  {new Intl.DisplayNames([i18n.language], { type: 'region' }).of(a.country) ?? a.country}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </Card>

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('parties.form.contacts')}
        </Title>
        {p.contacts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('parties.form.noContact')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('parties.fields.contactName')}</Table.Th>
                  <Table.Th>{t('parties.fields.contactRole')}</Table.Th>
                  <Table.Th>{t('parties.fields.email')}</Table.Th>
                  <Table.Th>{t('parties.fields.phone')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.contacts.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{[c.firstName, c.lastName].filter(Boolean).join(' ')}</Table.Td>
                    <Table.Td>{c.role ?? '—'}</Table.Td>
                    <Table.Td>{c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : '—'}</Table.Td>
                    <Table.Td>{c.phone ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      {p.isCustomer && (
        <IfCan need="sales.read">
          <CustomerSalesCard partyId={p.id} />
        </IfCan>
      )}

      {p.notes && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('parties.fields.notes')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {p.notes}
          </Text>
        </Card>
      )}
    </Stack>
  );
}

function PartyActions({ party }: { party: Party }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, { open, close }] = useDisclosure(false);
  const archive = useMutationRoute('parties.party.archive', { invalidates: PARTY_QUERIES });
  const restore = useMutationRoute('parties.party.restore', { invalidates: PARTY_QUERIES });
  const remove = useMutationRoute('parties.party.delete', {
    invalidates: ['parties.party.list', 'system.search.query'],
    onSuccess() {
      close();
      notifications.show({ color: 'green', message: t('parties.deleted', { name: party.name }) });
      void navigate('/parties', { replace: true });
    },
  });

  return (
    <Stack gap={6} align="flex-end">
      <Group gap="xs">
        <Button component={Link} to={`/parties/${party.id}/edit`} leftSection={<IconEdit size={16} />}>
          {t('common.edit')}
        </Button>
        {party.archived ? (
          <Button
            variant="default"
            leftSection={<IconArchiveOff size={16} />}
            loading={restore.isPending}
            onClick={() => restore.mutate({ id: party.id })}
          >
            {t('parties.restore')}
          </Button>
        ) : (
          <Button
            variant="default"
            leftSection={<IconArchive size={16} />}
            loading={archive.isPending}
            onClick={() => archive.mutate({ id: party.id })}
          >
            {t('parties.archive')}
          </Button>
        )}
        {!party.referenced && (
          <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={open}>
            {t('common.delete')}
          </Button>
        )}
      </Group>
      {party.referenced && (
        <Group gap={4} wrap="nowrap">
          <IconInfoCircle size={14} color="var(--mantine-color-dimmed)" />
          <Text size="xs" c="dimmed">
            {t('parties.referencedHelp')}
          </Text>
        </Group>
      )}
      <Modal opened={confirming} onClose={close} title={t('parties.deleteTitle')} centered>
        <Stack>
          <Text size="sm">{t('parties.deleteConfirm', { name: party.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate({ id: party.id })}
              data-autofocus
            >
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
