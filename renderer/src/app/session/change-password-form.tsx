import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { NewPassword } from '../../../../shared/contract/admin';
import type { SessionInfo } from '../../../../shared/contract/system';
import { issuesOf, toWireError } from '../../api/errors';
import { useMutationRoute } from '../../api/hooks';
import { errorText } from '../../components/error-text';
import { issuesToFormErrors, translateInputError, zodValidate } from '../../components/form-errors';
import { useAuthStore } from './auth-context';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const ChangePasswordValues = z
  .object({ currentPassword: z.string().min(1), newPassword: NewPassword, confirm: z.string() })
  .superRefine((v, ctx) => {
    if (v.confirm !== v.newPassword) {
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'validation.passwordMismatch' });
    }
  });

interface Props {
  submitLabel: string;
  onDone(session: SessionInfo): void;
  onCancel?: () => void;
}

/** Current password, new one twice. Used by the forced change after a reset and by the user menu. */
export function ChangePasswordForm({ submitLabel, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const store = useAuthStore();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: zodValidate(ChangePasswordValues),
    enhanceGetInputProps: translateInputError,
  });
  const change = useMutationRoute('system.auth.changePassword', { meta: { quiet: true } });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    try {
      onDone(await change.mutateAsync({ currentPassword, newPassword }));
    } catch (error) {
      const wire = toWireError(error);
      if (wire.messageKey === 'errors.wrongPassword') {
        form.setFieldValue('currentPassword', '');
        form.setErrors({ currentPassword: wire.messageKey });
      } else if (wire.messageKey === 'errors.accountLocked' || wire.messageKey === 'errors.accountDisabled') {
        store.dispatch({ type: 'signedOut', notice: wire });
      } else {
        form.setErrors(issuesToFormErrors(issuesOf(error)));
      }
    }
  });

  // Errors that belong to a field show on it; anything else (the core unreachable…) above the form.
  const wire = change.isError ? toWireError(change.error) : null;
  const general =
    wire && wire.messageKey !== 'errors.wrongPassword' && wire.code !== 'VALIDATION' ? errorText(wire) : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {general && (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        )}
        <PasswordInput
          label={t('session.fields.currentPassword')}
          autoComplete="current-password"
          data-autofocus
          autoFocus
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('session.fields.newPassword')}
          description={t('session.password.rule')}
          autoComplete="new-password"
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('session.fields.confirmPassword')}
          autoComplete="new-password"
          {...form.getInputProps('confirm')}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={form.submitting}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
