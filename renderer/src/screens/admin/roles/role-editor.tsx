import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconInfoCircle, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../../shared/contract/users';
import type { Permission } from '../../../../../shared/permissions';
import { issuesToFieldErrors, issuesOf } from '../../../api/errors';
import { useMutationRoute } from '../../../api/hooks';
import { roleLabel } from '../../../app/session/permissions';
import { useRefreshSession } from '../../../app/session/use-refresh-session';
import { translateError } from '../../../components/form-errors';
import { PermissionTable } from './permission-table';
import { withSession } from './permission-grid';

interface Props {
  /** null: a new role, starting from `template` when given. */
  role: Role | null;
  template?: Role | null;
  onSaved(id: number): void;
  onDeleted(): void;
  onDuplicate(role: Role): void;
}

export function RoleEditor({ role, template, onSaved, onDeleted, onDuplicate }: Props) {
  const { t, i18n } = useTranslation();
  if (role?.code) {
    return (
      <Paper withBorder p="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <Group gap="sm">
              <Title order={2} size="h3">
                {roleLabel(role, i18n.language)}
              </Title>
              <Badge variant="light" color="gray">
                {t('roles.preset')}
              </Badge>
            </Group>
            <Button variant="default" leftSection={<IconCopy size={16} />} onClick={() => onDuplicate(role)}>
              {t('roles.duplicate')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('roles.presetHelp')}
          </Text>
          <PermissionTable value={role.permissions} />
        </Stack>
      </Paper>
    );
  }
  return <CustomRoleForm role={role} template={template ?? null} onSaved={onSaved} onDeleted={onDeleted} />;
}

function CustomRoleForm({
  role,
  template,
  onSaved,
  onDeleted,
}: {
  role: Role | null;
  template: Role | null;
  onSaved(id: number): void;
  onDeleted(): void;
}) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState(
    role?.name ?? (template ? t('roles.copyOf', { name: roleLabel(template, i18n.language) }) : ''),
  );
  const [permissions, setPermissions] = useState<Permission[]>(
    (role ?? template)?.permissions.filter((p) => p !== 'session') ?? [],
  );
  const [nameError, setNameError] = useState<string | undefined>();
  const [confirming, { open, close }] = useDisclosure(false);
  const refreshSession = useRefreshSession();
  const invalidates = ['admin.role.list', 'admin.user.list'] as const;
  const create = useMutationRoute('admin.role.create', { invalidates });
  // The administrator may hold the role just changed: their own menus follow at once.
  const update = useMutationRoute('admin.role.update', { invalidates, onSuccess: () => refreshSession() });
  const remove = useMutationRoute('admin.role.delete', {
    invalidates,
    onSuccess() {
      close();
      notifications.show({ color: 'green', message: t('roles.deleted', { name: role?.name }) });
      onDeleted();
    },
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setNameError('validation.required');
    const input = { name: name.trim(), permissions: withSession(permissions) };
    try {
      const saved = role ? await update.mutateAsync({ id: role.id, ...input }) : await create.mutateAsync(input);
      notifications.show({ color: 'green', message: t('roles.saved', { name: saved.name }) });
      onSaved(saved.id);
    } catch (error) {
      setNameError(issuesToFieldErrors(issuesOf(error)).name);
    }
  };

  const saving = create.isPending || update.isPending;
  return (
    <Paper withBorder p="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3">
            {role ? t('roles.editTitle') : t('roles.new')}
          </Title>
          <TextInput
            label={t('roles.name')}
            withAsterisk
            maw={420}
            data-autofocus
            autoFocus={!role}
            value={name}
            error={translateError(nameError)}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setNameError(undefined);
            }}
          />
          <PermissionTable value={permissions} onChange={setPermissions} />
          {permissions.length === 0 && (
            <Alert color="yellow" variant="light" icon={<IconInfoCircle />}>
              {t('roles.emptyWarning')}
            </Alert>
          )}
          <Group justify="space-between">
            {role ? (
              <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={open}>
                {t('common.delete')}
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" loading={saving}>
              {role ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
      {role && (
        <Modal opened={confirming} onClose={close} title={t('roles.deleteTitle')} centered>
          <Stack>
            <Text size="sm">
              {role.userCount > 0
                ? t('roles.deleteInUse', { name: role.name, count: role.userCount })
                : t('roles.deleteConfirm', { name: role.name })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate({ id: role.id })}
                data-autofocus
              >
                {t('common.delete')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Paper>
  );
}
