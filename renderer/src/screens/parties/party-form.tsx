import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCalculator, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PartyInput } from '../../../../shared/contract/parties';
import { frenchVatNumber, isValidSiren } from '../../../../shared/domain/identifiers';
import { issuesOf } from '../../api/errors';
import { CountrySelect } from '../../components/country-select';
import { escapeCancels } from '../../components/form-keys';
import { issuesToFormErrors, translateError, translateInputError, zodValidate } from '../../components/form-errors';
import { emptyAddress, emptyContact, valuesToPartyInput, type PartyFormValues } from './party-values';

interface Props {
  initialValues: PartyFormValues;
  submitLabel: string;
  onSubmit(input: PartyInput): Promise<unknown>;
  onCancel(): void;
}

const ADDRESS_KINDS = ['billing', 'shipping', 'other'] as const;

export function PartyForm({ initialValues, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<PartyFormValues>({
    mode: 'controlled',
    initialValues,
    validate: zodValidate(PartyInput, valuesToPartyInput),
    validateInputOnBlur: true,
    enhanceGetInputProps: translateInputError,
  });

  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(valuesToPartyInput(values));
    } catch (error) {
      form.setErrors(issuesToFormErrors(issuesOf(error)));
    }
  });

  const v = form.values;
  const company = v.kind === 'company';
  const roleError = translateError(form.errors.isCustomer);
  const listError = (path: string) => translateError(form.errors[path]);

  return (
    <form onSubmit={submit} onKeyDown={escapeCancels(onCancel)} noValidate aria-label={submitLabel}>
      <Stack gap="md">
        <Fieldset legend={t('parties.form.identity')}>
          <Stack gap="sm">
            <SegmentedControl
              w="fit-content"
              data={[
                { value: 'company', label: t('parties.kinds.company') },
                { value: 'individual', label: t('parties.kinds.individual') },
              ]}
              {...form.getInputProps('kind')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('parties.fields.name')}
                withAsterisk
                autoFocus
                data-autofocus
                {...form.getInputProps('name')}
              />
              <Input.Wrapper label={t('parties.fields.roles')} withAsterisk error={roleError}>
                <Group gap="lg" mih={36} align="center">
                  <Checkbox
                    label={t('parties.roles.customer')}
                    {...form.getInputProps('isCustomer', { type: 'checkbox', withError: false })}
                  />
                  <Checkbox
                    label={t('parties.roles.supplier')}
                    {...form.getInputProps('isSupplier', { type: 'checkbox', withError: false })}
                  />
                </Group>
              </Input.Wrapper>
              {company && (
                <>
                  <TextInput label={t('parties.fields.siren')} inputMode="numeric" {...form.getInputProps('siren')} />
                  <TextInput label={t('parties.fields.siret')} inputMode="numeric" {...form.getInputProps('siret')} />
                  <TextInput
                    label={t('parties.fields.vatNumber')}
                    {...form.getInputProps('vatNumber')}
                    rightSection={
                      <Tooltip label={t('company.computeVat')} withArrow>
                        <ActionIcon
                          variant="subtle"
                          disabled={!isValidSiren(v.siren)}
                          aria-label={t('company.computeVat')}
                          onClick={() => form.setFieldValue('vatNumber', frenchVatNumber(v.siren))}
                        >
                          <IconCalculator size={18} stroke={1.6} />
                        </ActionIcon>
                      </Tooltip>
                    }
                  />
                </>
              )}
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('parties.form.reach')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('parties.fields.email')} type="email" {...form.getInputProps('email')} />
            <TextInput label={t('parties.fields.phone')} type="tel" {...form.getInputProps('phone')} />
            <TextInput label={t('parties.fields.website')} {...form.getInputProps('website')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('parties.form.addresses')}>
          <Stack gap="sm">
            {v.addresses.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('parties.form.noAddress')}
              </Text>
            )}
            {v.addresses.map((address, i) => (
              <Paper key={address.key} withBorder p="sm" data-testid={`address-${i}`}>
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap">
                    <Select
                      aria-label={t('parties.fields.addressKind')}
                      data={ADDRESS_KINDS.map((k) => ({ value: k, label: t(`parties.addressKinds.${k}`) }))}
                      allowDeselect={false}
                      w={200}
                      {...form.getInputProps(`addresses.${i}.kind`)}
                    />
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      leftSection={<IconTrash size={14} />}
                      onClick={() => form.removeListItem('addresses', i)}
                    >
                      {t('parties.form.removeAddress')}
                    </Button>
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label={t('parties.fields.line1')}
                      withAsterisk
                      {...form.getInputProps(`addresses.${i}.line1`)}
                    />
                    <TextInput label={t('parties.fields.line2')} {...form.getInputProps(`addresses.${i}.line2`)} />
                    <Group grow align="flex-start" gap="sm" preventGrowOverflow={false}>
                      <TextInput
                        label={t('parties.fields.postalCode')}
                        withAsterisk
                        maw={140}
                        {...form.getInputProps(`addresses.${i}.postalCode`)}
                      />
                      <TextInput
                        label={t('parties.fields.city')}
                        withAsterisk
                        {...form.getInputProps(`addresses.${i}.city`)}
                      />
                    </Group>
                    <CountrySelect
                      label={t('parties.fields.country')}
                      withAsterisk
                      {...form.getInputProps(`addresses.${i}.country`)}
                    />
                  </SimpleGrid>
                </Stack>
              </Paper>
            ))}
            {listError('addresses') && (
              <Text size="sm" c="red">
                {listError('addresses')}
              </Text>
            )}
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              w="fit-content"
              onClick={() =>
                form.insertListItem('addresses', emptyAddress(v.addresses.length === 0 ? 'billing' : 'shipping'))
              }
            >
              {t('parties.form.addAddress')}
            </Button>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('parties.form.contacts')}>
          <Stack gap="sm">
            {v.contacts.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('parties.form.noContact')}
              </Text>
            )}
            {v.contacts.map((contact, i) => (
              <Paper key={contact.key} withBorder p="sm" data-testid={`contact-${i}`}>
                <Group align="flex-start" wrap="nowrap" gap="xs">
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }} style={{ flex: 1 }}>
                    <TextInput
                      label={t('parties.fields.firstName')}
                      {...form.getInputProps(`contacts.${i}.firstName`)}
                    />
                    <TextInput
                      label={t('parties.fields.lastName')}
                      withAsterisk
                      {...form.getInputProps(`contacts.${i}.lastName`)}
                    />
                    <TextInput label={t('parties.fields.contactRole')} {...form.getInputProps(`contacts.${i}.role`)} />
                    <TextInput
                      label={t('parties.fields.email')}
                      type="email"
                      {...form.getInputProps(`contacts.${i}.email`)}
                    />
                    <TextInput
                      label={t('parties.fields.phone')}
                      type="tel"
                      {...form.getInputProps(`contacts.${i}.phone`)}
                    />
                  </SimpleGrid>
                  <Tooltip label={t('parties.form.removeContact')} withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={26}
                      aria-label={t('parties.form.removeContact')}
                      onClick={() => form.removeListItem('contacts', i)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Paper>
            ))}
            {listError('contacts') && (
              <Text size="sm" c="red">
                {listError('contacts')}
              </Text>
            )}
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              w="fit-content"
              onClick={() => form.insertListItem('contacts', emptyContact())}
            >
              {t('parties.form.addContact')}
            </Button>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('parties.fields.notes')}>
          <Textarea
            aria-label={t('parties.fields.notes')}
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('notes')}
          />
        </Fieldset>

        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed">
            {t('parties.form.keys')}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel} disabled={form.submitting}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
