import {
  Button,
  Checkbox,
  Collapse,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentInput } from '../../../../../shared/contract/sales-documents';
import { PAYMENT_TERMS } from '../../../../../shared/domain/sales';
import { issuesOf } from '../../../api/errors';
import { useQueryRoute } from '../../../api/hooks';
import { formatDate } from '../../../components/format';
import { escapeCancels } from '../../../components/form-keys';
import { issuesToFormErrors, translateError, translateInputError, zodValidate } from '../../../components/form-errors';
import { CustomerSelect } from '../customer-select';
import { DocumentLines } from './document-lines';
import { DocumentTotals } from './document-totals';
import { computedDueDate, liveTotals, toFieldErrors, valuesToInput, type DocumentFormValues } from './document-values';

interface Props {
  initialValues: DocumentFormValues;
  submitLabel: string;
  onSubmit(input: DocumentInput): Promise<unknown>;
  onCancel(): void;
  /** A credit note or a converted document keeps its customer. */
  lockCustomer?: boolean;
}

const validateInput = zodValidate<DocumentFormValues>(DocumentInput, valuesToInput);

export function DocumentForm({ initialValues, submitLabel, onSubmit, onCancel, lockCustomer }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const form = useForm<DocumentFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => toFieldErrors(validateInput(values)),
    validateInputOnBlur: true,
    enhanceGetInputProps: translateInputError,
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(valuesToInput(values));
    } catch (error) {
      form.setErrors(toFieldErrors(issuesToFormErrors(issuesOf(error))));
    }
  });
  const v = form.values;
  const [more, setMore] = useState(
    () => !!(initialValues.deliveryAddress || initialValues.notes || initialValues.language !== 'fr'),
  );
  const partyId = v.partyId ? Number(v.partyId) : null;
  // The catalog's customer terms, when the catalog answers; the core falls back to 30 days as this does.
  const customer = useQueryRoute(
    'sales.customer.get',
    { partyId: partyId ?? 0 },
    { enabled: partyId !== null, meta: { quiet: true }, retry: false },
  );
  const customerTerms = customer.data?.paymentTerms ?? null;
  const totals = liveTotals(v);
  const invoiceLike = v.kind === 'invoice' || v.kind === 'deposit';
  const due = computedDueDate(v, customerTerms);
  const terms = [
    {
      value: '',
      label: `${t('salesDocuments.terms.customer')}${customerTerms ? ` (${t(`salesDocuments.terms.${customerTerms}`)})` : ''}`,
    },
    ...PAYMENT_TERMS.map((p) => ({ value: p, label: t(`salesDocuments.terms.${p}`) })),
  ];

  return (
    <form onSubmit={submit} onKeyDown={escapeCancels(onCancel)} noValidate aria-label={submitLabel}>
      <Stack gap="md">
        <Fieldset legend={t('salesDocuments.form.header')}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <CustomerSelect
              value={v.partyId}
              currentLabel={v.customerName}
              disabled={lockCustomer}
              onChange={(id, name) => form.setValues({ partyId: id, customerName: name })}
              error={translateError(form.errors.partyId)}
            />
            <TextInput
              type="date"
              label={t('salesDocuments.fields.date')}
              withAsterisk
              {...form.getInputProps('date')}
            />
            {v.kind === 'quote' ? (
              <TextInput
                type="date"
                label={t('salesDocuments.fields.validUntil')}
                {...form.getInputProps('validUntil')}
              />
            ) : (
              <TextInput type="date" label={t('salesDocuments.fields.saleDate')} {...form.getInputProps('saleDate')} />
            )}
            {invoiceLike ? (
              <TextInput
                type="date"
                label={t('salesDocuments.fields.dueDate')}
                description={
                  v.dueDate || !due
                    ? t('salesDocuments.form.dueTyped')
                    : t('salesDocuments.form.dueFromTerms', { date: formatDate(due, lang) })
                }
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                {...form.getInputProps('dueDate')}
              />
            ) : (
              <div />
            )}
            <Select
              label={t('salesDocuments.fields.paymentTerms')}
              data={terms}
              allowDeselect={false}
              {...form.getInputProps('paymentTerms')}
            />
            <TextInput
              label={t('salesDocuments.fields.customerReference')}
              {...form.getInputProps('customerReference')}
            />
            <TextInput
              label={t('salesDocuments.fields.discount')}
              inputMode="decimal"
              {...form.getInputProps('discountBp')}
            />
            {invoiceLike && (
              <Checkbox
                mt={30}
                label={t('salesDocuments.fields.vatOnDebits')}
                {...form.getInputProps('vatOnDebits', { type: 'checkbox' })}
              />
            )}
          </SimpleGrid>
          <UnstyledButton mt="sm" onClick={() => setMore((o) => !o)} fz="sm" c="blue" aria-expanded={more}>
            <Group gap={4}>
              {more ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
              {t('salesDocuments.form.more')}
            </Group>
          </UnstyledButton>
          <Collapse expanded={more}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
              <Textarea
                label={t('salesDocuments.fields.deliveryAddress')}
                autosize
                minRows={3}
                {...form.getInputProps('deliveryAddress')}
              />
              <Textarea
                label={t('salesDocuments.fields.notes')}
                autosize
                minRows={3}
                {...form.getInputProps('notes')}
              />
              <Select
                label={t('salesDocuments.fields.language')}
                data={(['fr', 'en'] as const).map((l) => ({ value: l, label: t(`salesDocuments.languages.${l}`) }))}
                allowDeselect={false}
                {...form.getInputProps('language')}
              />
            </SimpleGrid>
          </Collapse>
        </Fieldset>

        <Fieldset legend={t('salesDocuments.lines.title')}>
          <DocumentLines form={form} lineNets={totals.lineNets} />
        </Fieldset>

        <Group justify="flex-end">
          <DocumentTotals
            testId="document-live-totals"
            totals={{
              lineTotal: totals.lineTotal,
              discountTotal: totals.discountTotal,
              net: totals.net,
              vat: totals.vat,
              gross: totals.gross,
              breakdown: totals.vatBreakdown,
            }}
          />
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
