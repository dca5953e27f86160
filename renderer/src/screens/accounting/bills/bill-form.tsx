import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { BILL_RATES, BillInput } from '../../../../../shared/contract/accounting-bills';
import { issuesOf } from '../../../api/errors';
import { escapeCancels } from '../../../components/form-keys';
import { issuesToFormErrors, translateError, translateInputError, zodValidate } from '../../../components/form-errors';
import { AccountInput } from './account-input';
import { money, rateLabel } from './bill-format';
import { emptyLine, liveTotals, valuesToBillInput, type BillFormValues } from './bill-values';
import { SupplierSelect } from './supplier-select';

interface Props {
  initialValues: BillFormValues;
  submitLabel: string;
  onSubmit(input: BillInput): Promise<unknown>;
  onCancel(): void;
}

/** The contract speaks of a line's netAmount; the form's field is the amount as typed. */
function toFieldErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/\.netAmount$/, '.amount'), v]));
}

const validateInput = zodValidate<BillFormValues>(BillInput, valuesToBillInput);

export function BillForm({ initialValues, submitLabel, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const form = useForm<BillFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => toFieldErrors(validateInput(values)),
    validateInputOnBlur: true,
    enhanceGetInputProps: translateInputError,
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(valuesToBillInput(values));
    } catch (error) {
      form.setErrors(toFieldErrors(issuesToFormErrors(issuesOf(error))));
    }
  });
  const v = form.values;
  const totals = liveTotals(v);
  const amount = (cents: number) => money(cents, lang, v.currency || 'EUR');
  const rates = BILL_RATES.map((r) => ({
    value: String(r),
    label: r === 0 ? t('bills.form.noRate') : rateLabel(r, lang),
  }));

  return (
    <form onSubmit={submit} onKeyDown={escapeCancels(onCancel)} noValidate aria-label={submitLabel}>
      <Stack gap="md">
        <Fieldset legend={t('bills.kinds.invoice')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <SupplierSelect
              value={v.partyId}
              currentName={v.supplierName}
              onChange={(partyId, name) => form.setValues({ partyId, supplierName: name })}
              error={translateError(form.errors.partyId)}
            />
            <TextInput label={t('bills.fields.number')} withAsterisk {...form.getInputProps('number')} />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('bills.fields.kind')}
              </Text>
              <SegmentedControl
                data={[
                  { value: 'invoice', label: t('bills.kinds.invoice') },
                  { value: 'credit_note', label: t('bills.kinds.credit_note') },
                ]}
                {...form.getInputProps('kind')}
              />
            </Stack>
            <TextInput
              type="date"
              label={t('bills.fields.issueDate')}
              withAsterisk
              {...form.getInputProps('issueDate')}
            />
            <TextInput type="date" label={t('bills.fields.dueDate')} {...form.getInputProps('dueDate')} />
            <TextInput label={t('bills.fields.paymentMeans')} {...form.getInputProps('paymentMeans')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('bills.lines.title')}>
          <Table aria-label={t('bills.lines.title')} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bills.lines.label')}</Table.Th>
                <Table.Th w={80}>{t('bills.lines.quantity')}</Table.Th>
                <Table.Th w={140}>{t('bills.lines.account')}</Table.Th>
                <Table.Th w={110}>{t('bills.lines.rate')}</Table.Th>
                <Table.Th w={140}>{t('bills.lines.amount')}</Table.Th>
                <Table.Th w={60}>{t('bills.lines.fixedAsset')}</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {v.lines.map((line, i) => (
                <Table.Tr key={line.key}>
                  <Table.Td>
                    <TextInput aria-label={t('bills.lines.label')} {...form.getInputProps(`lines.${i}.label`)} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput aria-label={t('bills.lines.quantity')} {...form.getInputProps(`lines.${i}.quantity`)} />
                  </Table.Td>
                  <Table.Td>
                    <AccountInput
                      value={line.accountNumber}
                      onChange={(value) => form.setFieldValue(`lines.${i}.accountNumber`, value)}
                      error={translateError(form.errors[`lines.${i}.accountNumber`])}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('bills.lines.rate')}
                      data={rates}
                      allowDeselect={false}
                      {...form.getInputProps(`lines.${i}.vatRate`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('bills.lines.amount')}
                      inputMode="decimal"
                      styles={{ input: { textAlign: 'right' } }}
                      {...form.getInputProps(`lines.${i}.amount`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('bills.lines.fixedAsset')}
                      {...form.getInputProps(`lines.${i}.fixedAsset`, { type: 'checkbox' })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={t('bills.lines.remove', { n: i + 1 })}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('bills.lines.remove', { n: i + 1 })}
                        disabled={v.lines.length === 1}
                        onClick={() => form.removeListItem('lines', i)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Button
            mt="xs"
            variant="subtle"
            leftSection={<IconPlus size={16} />}
            onClick={() => form.insertListItem('lines', emptyLine())}
          >
            {t('bills.lines.add')}
          </Button>
        </Fieldset>

        <Group justify="flex-end">
          <Paper withBorder p="sm" miw={320} data-testid="bill-live-totals">
            <Stack gap={4}>
              {totals.byRate.map((r) => (
                <Group key={r.rate} justify="space-between">
                  <Text size="sm" c="dimmed">
                    {t('bills.vatTable.vat')} {rateLabel(r.rate, lang)} ({amount(r.base)})
                  </Text>
                  <Text size="sm" className="tabular">
                    {amount(r.vat)}
                  </Text>
                </Group>
              ))}
              <Group justify="space-between">
                <Text size="sm">{t('bills.fields.net')}</Text>
                <Text size="sm" className="tabular">
                  {amount(totals.net)}
                </Text>
              </Group>
              <Group justify="space-between">
                <Text fw={700}>{t('bills.fields.gross')}</Text>
                <Text fw={700} className="tabular">
                  {amount(totals.gross)}
                </Text>
              </Group>
            </Stack>
          </Paper>
        </Group>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
