import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { users, type UserRow } from '../../../../../shared/contract/users';
import { issuesOf } from '../../../api/errors';
import { useMutationRoute } from '../../../api/hooks';
import { issuesToFormErrors, translateInputError, zodValidate } from '../../../components/form-errors';

/** A forgotten password or a lockout: the administrator sets a temporary one and hands it over. */
export function UserResetDialog({ user, onClose }: { user: UserRow; onClose(): void }) {
  const { t } = useTranslation();
  const form = useForm<{ password: string }>({
    mode: 'controlled',
    initialValues: { password: '' },
    validate: zodValidate(users['admin.user.resetPassword'].input, (v) => ({ id: user.id, ...v })),
    enhanceGetInputProps: translateInputError,
  });
  const reset = useMutationRoute('admin.user.resetPassword', { invalidates: ['admin.user.list'] });

  const submit = form.onSubmit(async ({ password }) => {
    try {
      await reset.mutateAsync({ id: user.id, password });
    } catch (error) {
      form.setErrors(issuesToFormErrors(issuesOf(error)));
    }
  });

  return (
    <Modal opened onClose={onClose} title={t('users.resetTitle', { name: user.displayName })} centered>
      {reset.isSuccess ? (
        <Stack gap="md">
          <Alert color="green" variant="light" icon={<IconInfoCircle />} role="status">
            {t('users.resetDone', { name: user.displayName })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('users.resetText')}</Text>
            <PasswordInput
              label={t('users.fields.temporaryPassword')}
              description={t('session.password.rule')}
              withAsterisk
              data-autofocus
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
            <Group justify="flex-end" gap="sm" mt="xs">
              <Button variant="default" onClick={onClose} disabled={form.submitting}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {t('users.resetSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
