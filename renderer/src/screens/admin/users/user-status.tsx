import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../../shared/contract/users';
import { formatUntil } from '../../../components/error-text';

export function isLockedOut(user: Pick<UserRow, 'lockedUntil'>, now = Date.now()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
}

/** Active or disabled; then what needs attention: a lockout, a temporary password. */
export function UserStatus({ user }: { user: UserRow }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {user.disabled ? (
        <Badge size="sm" variant="light" color="gray">
          {t('users.status.disabled')}
        </Badge>
      ) : (
        <Badge size="sm" variant="light" color="green">
          {t('users.status.active')}
        </Badge>
      )}
      {isLockedOut(user) && (
        <Badge size="sm" variant="light" color="red">
          {t('users.status.lockedUntil', { time: formatUntil(user.lockedUntil!, i18n.language) })}
        </Badge>
      )}
      {user.mustChangePassword && (
        <Tooltip label={t('users.status.mustChangeHelp')} withArrow>
          <Badge size="sm" variant="light" color="orange">
            {t('users.status.mustChange')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
