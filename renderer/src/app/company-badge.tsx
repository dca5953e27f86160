import { Avatar, Group, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { useQueryRoute } from '../api/hooks';
import { initials } from '../components/initials';

export function CompanyBadge() {
  const { data: company } = useQueryRoute('admin.company.get', {}, { staleTime: Infinity });
  if (!company) return null;
  return (
    <UnstyledButton component={Link} to="/" miw={0}>
      <Group gap="xs" wrap="nowrap" miw={0}>
        {company.logo ? (
          <Avatar src={company.logo} alt="" radius="sm" size={32} styles={{ image: { objectFit: 'contain' } }} />
        ) : (
          <Avatar radius="sm" size={32} color="indigo">
            {initials(company.legalName)}
          </Avatar>
        )}
        <Text fw={600} truncate="end" data-testid="company-name">
          {company.legalName}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
