import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArchive, IconBuildingStore, IconTruck, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Company } from '../../../../shared/contract/admin';
import type { PartyListQuery } from '../../../../shared/contract/parties';
import { useQueryRoute } from '../../api/hooks';
import { IfCan } from '../../app/session/guard';
import { useCan } from '../../app/session/permissions';
import { formatCount, formatInstant } from '../../components/format';
import { splitMonthDay } from '../admin/company-values';
import { PartyBadges } from '../parties/party-badges';

/** A count is the `total` of a one-row page: the core counts, the renderer never adds up rows. */
function useCount(filter: Pick<PartyListQuery, 'role' | 'status'>) {
  const q = useQueryRoute(
    'parties.party.list',
    { ...filter, page: 0, pageSize: 1 },
    { enabled: useCan('parties.read') },
  );
  return q.data?.total;
}

function Figure({ label, value, icon, to }: { label: string; value: number | undefined; icon: ReactNode; to: string }) {
  const { i18n } = useTranslation();
  return (
    <Card withBorder component={Link} to={to} padding="md">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {label}
          </Text>
          {value === undefined ? (
            <Skeleton h={30} w={60} />
          ) : (
            <Text fz={28} fw={700} className="tabular">
              {formatCount(value, i18n.language)}
            </Text>
          )}
        </Stack>
        <ThemeIcon size={44} radius="md" variant="light">
          {icon}
        </ThemeIcon>
      </Group>
    </Card>
  );
}

export function Dashboard() {
  const { t } = useTranslation();
  const company = useQueryRoute('admin.company.get', {}, { staleTime: Infinity });
  const parties = useCan('parties.read');
  return (
    <Stack gap="lg" maw={1100}>
      <Group gap="sm">
        <IconBuildingStore size={32} stroke={1.4} color="var(--mantine-color-indigo-6)" />
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {t('dashboard.welcome')}
          </Text>
          <Title order={1} size="h2">
            {company.data?.legalName}
          </Title>
        </Stack>
      </Group>
      {parties && <PartyFigures />}
      {company.data && <CompanyCard company={company.data} />}
      {parties && <RecentParties />}
    </Stack>
  );
}

/** What a user who reads third parties sees first: how many, and the last ones touched. */
function PartyFigures() {
  const { t } = useTranslation();
  const customers = useCount({ role: 'customer', status: 'active' });
  const suppliers = useCount({ role: 'supplier', status: 'active' });
  const archived = useCount({ role: 'all', status: 'archived' });
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Figure
        label={t('dashboard.customers')}
        value={customers}
        icon={<IconUsers size={24} />}
        to="/parties?role=customer"
      />
      <Figure
        label={t('dashboard.suppliers')}
        value={suppliers}
        icon={<IconTruck size={24} />}
        to="/parties?role=supplier"
      />
      <Figure
        label={t('dashboard.archived')}
        value={archived}
        icon={<IconArchive size={24} />}
        to="/parties?status=archived"
      />
    </SimpleGrid>
  );
}

function RecentParties() {
  const { t, i18n } = useTranslation();
  const recent = useQueryRoute('parties.party.list', {
    page: 0,
    pageSize: 6,
    sort: 'updatedAt',
    dir: 'desc',
    status: 'all',
  });

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('dashboard.recent')}
        </Title>
        <Anchor component={Link} to="/parties?sort=updatedAt&dir=desc" size="sm">
          {t('dashboard.seeAll')}
        </Anchor>
      </Group>
      {recent.data && recent.data.rows.length === 0 ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {t('dashboard.noParties')}
          </Text>
          <IfCan need="parties.write">
            <Anchor component={Link} to="/parties/new" size="sm">
              {t('parties.new')}
            </Anchor>
          </IfCan>
        </Stack>
      ) : (
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {(recent.data?.rows ?? []).map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/parties/${row.id}`} size="sm" fw={500}>
                    {row.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <PartyBadges
                    isCustomer={row.isCustomer}
                    isSupplier={row.isSupplier}
                    archived={row.archived}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {row.city ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="xs" c="dimmed" className="tabular">
                    {formatInstant(row.updatedAt, i18n.language)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function CompanyCard({ company }: { company: Company }) {
  const { t, i18n } = useTranslation();
  const { month, day } = splitMonthDay(company.fiscalYearStart);
  const start = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2001, month - 1, day)),
  );
  const item = (label: string, value: ReactNode) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </Stack>
  );
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('dashboard.company')}
        </Title>
        <IfCan need="admin.admin">
          <Anchor component={Link} to="/admin/company" size="sm">
            {t('common.edit')}
          </Anchor>
        </IfCan>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {item(t('company.fields.legalForm'), t(`company.legalForms.${company.legalForm}`))}
        {item(t('company.fields.siren'), company.siren)}
        {item(t('company.fields.vatNumber'), company.vatNumber)}
        {item(t('dashboard.fiscalYearStart'), start)}
        {item(t('company.fields.addressLine1'), `${company.addressLine1}, ${company.postalCode} ${company.city}`)}
        {item(t('company.fields.email'), company.email)}
        {item(t('company.fields.phone'), company.phone)}
        {item(t('company.fields.currency'), company.currency)}
      </SimpleGrid>
    </Card>
  );
}
