import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  RequestInput,
  RequestPriority,
  RequestType,
  type RequestInput as RequestInputType,
} from '../../../../../shared/contract/sales-requests';
import { issuesOf } from '../../../api/errors';
import { issuesToFormErrors, translateError, translateInputError, zodValidate } from '../../../components/form-errors';
import { escapeCancels } from '../../../components/form-keys';
import { CustomerSelect } from '../customer-select';
import { AssigneeSelect, DocumentSelect, ProductSelect } from './request-pickers';
import { valuesToRequestInput, type RequestFormValues } from './request-values';

interface Props {
  initialValues: RequestFormValues;
  submitLabel: string;
  onSubmit(input: RequestInputType): Promise<unknown>;
  onCancel(): void;
}

const validateInput = zodValidate<RequestFormValues>(RequestInput, valuesToRequestInput);

export function RequestForm({ initialValues, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<RequestFormValues>({
    mode: 'controlled',
    initialValues,
    validate: validateInput,
    validateInputOnBlur: true,
    enhanceGetInputProps: translateInputError,
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(valuesToRequestInput(values));
    } catch (error) {
      form.setErrors(issuesToFormErrors(issuesOf(error)));
    }
  });
  const v = form.values;

  return (
    <form onSubmit={submit} onKeyDown={escapeCancels(onCancel)} noValidate aria-label={submitLabel}>
      <Stack gap="md">
        <Fieldset legend={t('salesRequests.fields.subject')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <CustomerSelect
                value={v.partyId}
                currentLabel={v.partyLabel}
                onChange={(partyId, label) =>
                  // Documents belong to one customer: another customer drops them.
                  form.setValues({
                    partyId,
                    partyLabel: label,
                    ...(partyId !== v.partyId ? { orderId: null, invoiceId: null } : {}),
                  })
                }
                error={translateError(form.errors.partyId)}
              />
              <TextInput label={t('salesRequests.fields.subject')} withAsterisk {...form.getInputProps('subject')} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <Select
                label={t('salesRequests.fields.type')}
                allowDeselect={false}
                data={RequestType.options.map((o) => ({ value: o, label: t(`salesRequests.type.${o}`) }))}
                {...form.getInputProps('type')}
              />
              <Select
                label={t('salesRequests.fields.priority')}
                allowDeselect={false}
                data={RequestPriority.options.map((o) => ({ value: o, label: t(`salesRequests.priority.${o}`) }))}
                {...form.getInputProps('priority')}
              />
              <AssigneeSelect
                value={v.assigneeId}
                onChange={(assigneeId) => form.setFieldValue('assigneeId', assigneeId)}
                error={translateError(form.errors.assigneeId)}
              />
              <TextInput type="date" label={t('salesRequests.fields.dueDate')} {...form.getInputProps('dueDate')} />
            </SimpleGrid>
            <Textarea
              label={t('salesRequests.fields.description')}
              autosize
              minRows={3}
              maxRows={12}
              {...form.getInputProps('description')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('salesRequests.form.links')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DocumentSelect
              partyId={v.partyId}
              kinds={['order']}
              label={t('salesRequests.fields.order')}
              value={v.orderId}
              currentLabel={v.orderLabel}
              onChange={(orderId, label) => form.setValues({ orderId, orderLabel: label })}
              error={translateError(form.errors.orderId)}
            />
            <DocumentSelect
              partyId={v.partyId}
              kinds={['invoice', 'deposit', 'credit_note']}
              label={t('salesRequests.fields.invoice')}
              value={v.invoiceId}
              currentLabel={v.invoiceLabel}
              onChange={(invoiceId, label) => form.setValues({ invoiceId, invoiceLabel: label })}
              error={translateError(form.errors.invoiceId)}
            />
            <ProductSelect
              value={v.productId}
              currentLabel={v.productLabel}
              onChange={(productId, label) => form.setValues({ productId, productLabel: label })}
              error={translateError(form.errors.productId)}
            />
          </SimpleGrid>
        </Fieldset>

        <Group justify="flex-end" gap="sm">
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
