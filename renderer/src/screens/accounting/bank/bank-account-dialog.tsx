import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { BankAccount } from '../../../../../shared/contract/accounting-bank';
import { accountingBank } from '../../../../../shared/contract/accounting-bank';
import { formatIban } from '../../../../../shared/domain/iban';
import { issuesOf } from '../../../api/errors';
import { useMutationRoute } from '../../../api/hooks';
import { issuesToFormErrors, translateInputError, zodValidate } from '../../../components/form-errors';

interface Values {
  name: string;
  iban: string;
  bic: string;
  accountNumber: string;
}

const toInput = (v: Values) => ({
  name: v.name,
  iban: v.iban,
  bic: v.bic,
  accountNumber: v.accountNumber.trim() === '' ? undefined : v.accountNumber,
});

/** A new bank account: its IBAN checked (mod 97) as it is typed, its 512x account and journal opened with it. */
export function BankAccountDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose(): void;
  onCreated(a: BankAccount): void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: '', iban: '', bic: '', accountNumber: '' },
    validate: zodValidate(accountingBank['accounting.bankaccount.create'].input, toInput),
    validateInputOnBlur: true,
    enhanceGetInputProps: translateInputError,
  });
  const create = useMutationRoute('accounting.bankaccount.create', {
    invalidates: ['accounting.bankaccount.list', 'accounting.journal.list', 'accounting.account.list'],
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    try {
      const account = await create.mutateAsync(toInput(values));
      notifications.show({
        color: 'green',
        message: t('bank.accountCreated', {
          name: account.name,
          number: account.accountNumber,
          journal: account.journalCode,
        }),
      });
      onCreated(account);
      close();
    } catch (error) {
      form.setErrors(issuesToFormErrors(issuesOf(error)));
    }
  });
  return (
    <Modal opened={opened} onClose={close} title={t('bank.newAccount')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('bank.fields.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput
            label={t('bank.fields.iban')}
            withAsterisk
            spellCheck={false}
            autoComplete="off"
            {...form.getInputProps('iban')}
            onBlur={(e) => {
              form.setFieldValue('iban', formatIban(e.currentTarget.value));
              form.validateField('iban');
            }}
          />
          <TextInput label={t('bank.fields.bic')} spellCheck={false} {...form.getInputProps('bic')} />
          <TextInput
            label={t('bank.fields.accountNumber')}
            description={t('bank.fields.accountNumberHelp')}
            inputMode="numeric"
            {...form.getInputProps('accountNumber')}
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
