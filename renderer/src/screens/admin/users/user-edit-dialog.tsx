import { Button, Group, Modal, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { users, type UserRow } from '../../../../../shared/contract/users';
import { issuesOf, toWireError } from '../../../api/errors';
import { useMutationRoute } from '../../../api/hooks';
import { useSession } from '../../../app/session/auth-context';
import { useRefreshSession } from '../../../app/session/use-refresh-session';
import { errorText } from '../../../components/error-text';
import { issuesToFormErrors, translateInputError, zodValidate } from '../../../components/form-errors';
import { RoleSelect } from './role-select';

interface Values {
  displayName: string;
  roleId: string | null;
  disabled: boolean;
}

/** Name, role and whether the account may sign in; the login never changes, the audit trail refers to it. */
export function UserEditDialog({ user, onClose }: { user: UserRow; onClose(): void }) {
  const { t } = useTranslation();
  const me = useSession();
  const refreshSession = useRefreshSession();
  const toInput = (v: Values) => ({
    id: user.id,
    displayName: v.displayName,
    roleId: v.roleId ? Number(v.roleId) : (undefined as unknown as number),
    disabled: v.disabled,
  });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { displayName: user.displayName, roleId: String(user.roleId), disabled: user.disabled },
    validate: zodValidate(users['admin.user.update'].input, toInput),
    enhanceGetInputProps: translateInputError,
  });
  const update = useMutationRoute('admin.user.update', {
    invalidates: ['admin.user.list', 'admin.role.list'],
    meta: { quiet: true },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(toInput(values));
      if (saved.id === me.userId) await refreshSession();
      notifications.show({ color: 'green', message: t('users.saved', { name: saved.displayName }) });
      onClose();
    } catch (error) {
      form.setErrors(issuesToFormErrors(issuesOf(error)));
    }
  });
  const refusal = update.isError && toWireError(update.error).code !== 'VALIDATION' ? update.error : null;

  return (
    <Modal opened onClose={onClose} title={t('users.editTitle', { login: user.login })} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {refusal && (
            <Text size="sm" c="red" role="alert">
              {errorText(toWireError(refusal))}
            </Text>
          )}
          <TextInput
            label={t('users.fields.displayName')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('displayName')}
          />
          <RoleSelect label={t('users.fields.role')} withAsterisk {...form.getInputProps('roleId')} />
          <Switch
            label={t('users.fields.disabled')}
            description={user.id === me.userId ? t('users.selfDisableHelp') : t('users.disabledHelp')}
            disabled={user.id === me.userId && !user.disabled}
            {...form.getInputProps('disabled', { type: 'checkbox' })}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose} disabled={form.submitting}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
