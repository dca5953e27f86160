import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Image,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
  FileButton,
  Input,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCalculator, IconPhoto, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CompanyInput, LEGAL_FORMS, LOGO_MIME_TYPES } from '../../../../shared/contract/admin';
import { frenchVatNumber, isValidSiren } from '../../../../shared/domain/identifiers';
import { issuesOf } from '../../api/errors';
import { CountrySelect } from '../../components/country-select';
import { escapeCancels } from '../../components/form-keys';
import { issuesToFormErrors, translateError, translateInputError, zodValidate } from '../../components/form-errors';
import {
  daysInMonth,
  joinMonthDay,
  LOGO_MAX_BYTES,
  splitMonthDay,
  valuesToCompanyInput,
  type CompanyFormValues,
} from './company-values';

interface Props {
  initialValues: CompanyFormValues;
  submitLabel: string;
  onSubmit(input: CompanyInput): Promise<unknown>;
  onCancel?: () => void;
  /** Disables the whole form, e.g. while another action on the page runs. */
  disabled?: boolean;
  /** Read only: no buttons at all. */
  hideActions?: boolean;
  /** Whether the first field takes the focus (not when another form comes first on the page). */
  autoFocus?: boolean;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

export function CompanyForm({
  initialValues,
  submitLabel,
  onSubmit,
  onCancel,
  disabled,
  hideActions,
  autoFocus = true,
}: Props) {
  const { t, i18n } = useTranslation();
  const form = useForm<CompanyFormValues>({
    mode: 'controlled',
    initialValues,
    validate: zodValidate(CompanyInput, valuesToCompanyInput),
    validateInputOnBlur: true,
    enhanceGetInputProps: translateInputError,
  });
  const { month, day } = splitMonthDay(form.values.fiscalYearStart);

  const months = useMemo(() => {
    const fmt = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => {
      const name = fmt.format(new Date(Date.UTC(2001, i, 1)));
      return { value: String(i + 1), label: name.charAt(0).toUpperCase() + name.slice(1) };
    });
  }, [i18n.language]);
  const days = Array.from({ length: daysInMonth(month) }, (_, i) => String(i + 1));

  async function pickLogo(file: File | null) {
    if (!file) return;
    if (!(LOGO_MIME_TYPES as readonly string[]).includes(file.type)) {
      form.setFieldError('logo', 'validation.logo');
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      form.setFieldError('logo', 'validation.logoTooBig');
      return;
    }
    form.setFieldValue('logo', await readAsDataUrl(file));
    form.clearFieldError('logo');
  }

  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(valuesToCompanyInput(values));
      form.resetDirty(values);
    } catch (error) {
      form.setErrors(issuesToFormErrors(issuesOf(error)));
    }
  });

  const sirenValid = isValidSiren(form.values.siren);
  const logoError = translateError(form.errors.logo);

  return (
    <form onSubmit={submit} onKeyDown={escapeCancels(onCancel)} noValidate>
      <Stack gap="md">
        <Fieldset legend={t('company.sections.identity')} disabled={disabled}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('company.fields.legalName')}
              withAsterisk
              data-autofocus={autoFocus || undefined}
              autoFocus={autoFocus}
              autoComplete="organization"
              {...form.getInputProps('legalName')}
            />
            <Select
              label={t('company.fields.legalForm')}
              withAsterisk
              placeholder={t('common.choose')}
              data={LEGAL_FORMS.map((f) => ({ value: f, label: t(`company.legalForms.${f}`) }))}
              allowDeselect={false}
              {...form.getInputProps('legalForm')}
            />
            <TextInput
              label={t('company.fields.siren')}
              description={t('company.help.siren')}
              withAsterisk
              inputMode="numeric"
              {...form.getInputProps('siren')}
            />
            <TextInput
              label={t('company.fields.siret')}
              description={t('company.help.siret')}
              withAsterisk
              inputMode="numeric"
              {...form.getInputProps('siret')}
            />
            <TextInput
              label={t('company.fields.vatNumber')}
              description={t('company.help.vatNumber')}
              {...form.getInputProps('vatNumber')}
              rightSection={
                <Tooltip label={t('company.computeVat')} withArrow>
                  <ActionIcon
                    variant="subtle"
                    disabled={!sirenValid}
                    aria-label={t('company.computeVat')}
                    onClick={() => form.setFieldValue('vatNumber', frenchVatNumber(form.values.siren))}
                  >
                    <IconCalculator size={18} stroke={1.6} />
                  </ActionIcon>
                </Tooltip>
              }
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('company.sections.address')} disabled={disabled}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('company.fields.addressLine1')}
              withAsterisk
              autoComplete="address-line1"
              {...form.getInputProps('addressLine1')}
            />
            <TextInput
              label={t('company.fields.addressLine2')}
              autoComplete="address-line2"
              {...form.getInputProps('addressLine2')}
            />
            <Group grow align="flex-start" gap="sm" preventGrowOverflow={false}>
              <TextInput
                label={t('company.fields.postalCode')}
                withAsterisk
                autoComplete="postal-code"
                maw={140}
                {...form.getInputProps('postalCode')}
              />
              <TextInput
                label={t('company.fields.city')}
                withAsterisk
                autoComplete="address-level2"
                {...form.getInputProps('city')}
              />
            </Group>
            <CountrySelect label={t('company.fields.country')} withAsterisk {...form.getInputProps('country')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('company.sections.contact')} disabled={disabled}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('company.fields.email')}
              type="email"
              autoComplete="email"
              {...form.getInputProps('email')}
            />
            <TextInput
              label={t('company.fields.phone')}
              type="tel"
              autoComplete="tel"
              {...form.getInputProps('phone')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('company.sections.accounting')} disabled={disabled}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Input.Wrapper
              label={t('company.fields.fiscalYearStart')}
              description={t('company.help.fiscalYearStart')}
              error={translateError(form.errors.fiscalYearStart)}
            >
              <Group grow align="flex-start" gap="sm" mt={4}>
                <Select
                  aria-label={t('company.fields.fiscalYearStartMonth')}
                  data={months}
                  value={String(month)}
                  allowDeselect={false}
                  onChange={(v) => v && form.setFieldValue('fiscalYearStart', joinMonthDay(Number(v), day))}
                />
                <Select
                  aria-label={t('company.fields.fiscalYearStartDay')}
                  data={days}
                  value={String(day)}
                  allowDeselect={false}
                  onChange={(v) => v && form.setFieldValue('fiscalYearStart', joinMonthDay(month, Number(v)))}
                />
              </Group>
            </Input.Wrapper>
            <TextInput
              label={t('company.fields.currency')}
              description={t('company.help.currency')}
              value={t('company.euro')}
              readOnly
              variant="filled"
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('company.sections.logo')} disabled={disabled}>
          <Group align="center" gap="md">
            <Paper withBorder w={120} h={80} p={4}>
              {form.values.logo ? (
                <Image src={form.values.logo} alt={t('company.logoPreview')} h="100%" w="100%" fit="contain" />
              ) : (
                <Stack h="100%" align="center" justify="center">
                  <IconPhoto size={28} stroke={1.2} color="var(--mantine-color-dimmed)" />
                </Stack>
              )}
            </Paper>
            <Stack gap={6}>
              <Group gap="xs">
                <FileButton onChange={(f) => void pickLogo(f)} accept={LOGO_MIME_TYPES.join(',')} disabled={disabled}>
                  {(props) => (
                    <Button variant="default" size="xs" {...props}>
                      {form.values.logo ? t('company.changeLogo') : t('company.chooseLogo')}
                    </Button>
                  )}
                </FileButton>
                {form.values.logo && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    leftSection={<IconTrash size={14} />}
                    onClick={() => form.setFieldValue('logo', null)}
                  >
                    {t('company.removeLogo')}
                  </Button>
                )}
              </Group>
              <Text size="xs" c={logoError ? 'red' : 'dimmed'}>
                {logoError ?? t('company.help.logo')}
              </Text>
            </Stack>
          </Group>
        </Fieldset>

        {!hideActions && (
          <Group justify="flex-end" gap="sm">
            {onCancel && (
              <Button variant="default" onClick={onCancel} disabled={form.submitting}>
                {t('common.cancel')}
              </Button>
            )}
            <Button type="submit" loading={form.submitting} disabled={disabled}>
              {submitLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
