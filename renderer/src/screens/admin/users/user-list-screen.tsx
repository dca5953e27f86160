import { ActionIcon, Button, Group, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconEdit, IconKey, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../../shared/contract/users';
import { useQueryRoute } from '../../../api/hooks';
import { useSession } from '../../../app/session/auth-context';
import { roleNameLabel } from '../../../app/session/permissions';
import { formatInstant } from '../../../components/format';
import { ScreenLoader } from '../../../components/screen-loader';
import { UserCreateDialog } from './user-create-dialog';
import { UserEditDialog } from './user-edit-dialog';
import { UserResetDialog } from './user-reset-dialog';
import { UserStatus } from './user-status';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: UserRow } | { kind: 'reset'; user: UserRow } | null;

export function UserListScreen() {
  const { t, i18n } = useTranslation();
  const me = useSession();
  const users = useQueryRoute('admin.user.list', {});
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('users.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('users.intro')}
          </Text>
        </Stack>
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setDialog({ kind: 'create' })}>
          {t('users.new')}
        </Button>
      </Group>

      {!users.data ? (
        <ScreenLoader />
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="sm" highlightOnHover aria-label={t('users.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.fields.displayName')}</Table.Th>
                <Table.Th>{t('session.fields.login')}</Table.Th>
                <Table.Th>{t('users.fields.role')}</Table.Th>
                <Table.Th>{t('users.fields.status')}</Table.Th>
                <Table.Th>{t('users.fields.lastLogin')}</Table.Th>
                <Table.Th w={96}>
                  <VisuallyHidden>{t('users.fields.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.rows.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {u.displayName}
                      {u.id === me.userId && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          {t('users.you')}
                        </Text>
                      )}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {u.login}
                    </Text>
                  </Table.Td>
                  <Table.Td>{roleNameLabel(u.roleName, i18n.language)}</Table.Td>
                  <Table.Td>
                    <UserStatus user={u} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={u.lastLoginAt ? undefined : 'dimmed'} className="tabular">
                      {u.lastLoginAt ? formatInstant(u.lastLoginAt, i18n.language) : t('users.never')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Tooltip label={t('users.edit')} withArrow>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('users.editOf', { name: u.displayName })}
                          onClick={() => setDialog({ kind: 'edit', user: u })}
                        >
                          <IconEdit size={18} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('users.reset')} withArrow>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('users.resetOf', { name: u.displayName })}
                          onClick={() => setDialog({ kind: 'reset', user: u })}
                        >
                          <IconKey size={18} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <UserCreateDialog opened={dialog?.kind === 'create'} onClose={close} />
      {dialog?.kind === 'edit' && <UserEditDialog user={dialog.user} onClose={close} />}
      {dialog?.kind === 'reset' && <UserResetDialog user={dialog.user} onClose={close} />}
    </Stack>
  );
}
