import { Alert, Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { users } from '../../../../../shared/contract/users';
import { issuesOf, toWireError } from '../../../api/errors';
import { useMutationRoute } from '../../../api/hooks';
import { errorText } from '../../../components/error-text';
import { issuesToFormErrors, translateInputError, zodValidate } from '../../../components/form-errors';
import { RoleSelect } from './role-select';

interface Values {
  login: string;
  displayName: string;
  roleId: string | null;
  password: string;
}

const toInput = (v: Values) => ({
  login: v.login,
  displayName: v.displayName,
  roleId: v.roleId ? Number(v.roleId) : (undefined as unknown as number),
  password: v.password,
});

/** A new account starts with a temporary password, which its owner must change at first sign-in. */
export function UserCreateDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { login: '', displayName: '', roleId: null, password: '' },
    validate: zodValidate(users['admin.user.create'].input, toInput),
    validateInputOnBlur: true,
    enhanceGetInputProps: translateInputError,
  });
  const create = useMutationRoute('admin.user.create', {
    invalidates: ['admin.user.list', 'admin.role.list'],
    meta: { quiet: true },
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    try {
      const user = await create.mutateAsync(toInput(values));
      notifications.show({ color: 'green', message: t('users.created', { login: user.login }) });
      close();
    } catch (error) {
      const taken = toWireError(error).messageKey === 'errors.loginTaken';
      form.setErrors(taken ? { login: 'errors.loginTaken' } : issuesToFormErrors(issuesOf(error)));
    }
  });
  const wire = create.isError ? toWireError(create.error) : null;
  const refusal = wire && wire.code !== 'VALIDATION' && wire.messageKey !== 'errors.loginTaken' ? wire : null;

  return (
    <Modal opened={opened} onClose={close} title={t('users.new')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {refusal && (
            <Alert color="red" variant="light" role="alert">
              {errorText(refusal)}
            </Alert>
          )}
          <TextInput
            label={t('session.fields.login')}
            description={t('firstRun.admin.loginHelp')}
            withAsterisk
            data-autofocus
            autoCapitalize="none"
            spellCheck={false}
            autoComplete="off"
            {...form.getInputProps('login')}
          />
          <TextInput
            label={t('users.fields.displayName')}
            withAsterisk
            autoComplete="off"
            {...form.getInputProps('displayName')}
          />
          <RoleSelect label={t('users.fields.role')} withAsterisk {...form.getInputProps('roleId')} />
          <PasswordInput
            label={t('users.fields.temporaryPassword')}
            description={t('users.temporaryHelp')}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={close} disabled={form.submitting}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
