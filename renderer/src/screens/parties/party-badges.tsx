import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PartyBadges({
  isCustomer,
  isSupplier,
  archived,
  size = 'sm',
}: {
  isCustomer: boolean;
  isSupplier: boolean;
  archived?: boolean;
  size?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      {isCustomer && (
        <Badge size={size} variant="light" color="teal">
          {t('parties.roles.customer')}
        </Badge>
      )}
      {isSupplier && (
        <Badge size={size} variant="light" color="grape">
          {t('parties.roles.supplier')}
        </Badge>
      )}
      {archived && (
        <Badge size={size} variant="outline" color="gray">
          {t('parties.archived')}
        </Badge>
      )}
    </Group>
  );
}
