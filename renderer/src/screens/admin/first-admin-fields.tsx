import { Fieldset, PasswordInput, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FirstAdmin } from '../../../../shared/contract/admin';
import { translateInputError, zodValidate } from '../../components/form-errors';

export interface FirstAdminValues {
  login: string;
  displayName: string;
  password: string;
  confirm: string;
}

export type FirstAdminInput = z.input<typeof FirstAdmin>;

const FirstAdminForm = FirstAdmin.extend({ confirm: z.string() }).superRefine((v, ctx) => {
  if (v.confirm !== v.password) {
    ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'validation.passwordMismatch' });
  }
});

/** What the core receives: the confirmation stays in the form, the login as the core will store it. */
export function toFirstAdmin(v: FirstAdminValues): FirstAdminInput {
  return { login: v.login.trim().toLowerCase(), displayName: v.displayName.trim(), password: v.password };
}

export function useFirstAdminForm() {
  return useForm<FirstAdminValues>({
    mode: 'controlled',
    initialValues: { login: '', displayName: '', password: '', confirm: '' },
    validate: zodValidate(FirstAdminForm),
    validateInputOnBlur: true,
    enhanceGetInputProps: translateInputError,
  });
}

/** The first administrator, created with the company (or with the demo company), who then creates the others. */
export function FirstAdminFields({
  form,
  disabled,
}: {
  form: UseFormReturnType<FirstAdminValues>;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('firstRun.admin.legend')} disabled={disabled}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('firstRun.admin.help')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('session.fields.login')}
          description={t('firstRun.admin.loginHelp')}
          withAsterisk
          autoFocus
          data-autofocus
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          {...form.getInputProps('login')}
        />
        <TextInput
          label={t('firstRun.admin.displayName')}
          description={t('firstRun.admin.displayNameHelp')}
          withAsterisk
          autoComplete="name"
          {...form.getInputProps('displayName')}
        />
        <PasswordInput
          label={t('session.fields.password')}
          description={t('session.password.rule')}
          withAsterisk
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label={t('session.fields.confirmPassword')}
          description={t('firstRun.admin.confirmHelp')}
          withAsterisk
          autoComplete="new-password"
          {...form.getInputProps('confirm')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
