import {
  ActionIcon,
  Autocomplete,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProductInput, SALES_RATES, type Product } from '../../../../../shared/contract/sales-catalog';
import { EXEMPTION_MENTIONS } from '../../../../../shared/domain/sales';
import { issuesOf, toWireError } from '../../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { errorText } from '../../../components/error-text';
import { issuesToFormErrors, translateInputError, zodValidate } from '../../../components/form-errors';
import { EXEMPT, emptyProductValues, productToValues, type ProductValues, valuesToInput } from './product-values';

const rateLabel = (bp: number, language: string) =>
  `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(bp / 100)} %`;

/** Creates a product, or edits one: its price, VAT, revenue account, category prices and whether it is sold. */
export function ProductFormDialog({
  product,
  readOnly = false,
  onClose,
}: {
  product: Product | null;
  /** Those who may read sales but not keep the catalog see the product as it is. */
  readOnly?: boolean;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const form = useForm<ProductValues>({
    mode: 'controlled',
    initialValues: product ? productToValues(product) : emptyProductValues(),
    validate: zodValidate(ProductInput, valuesToInput),
    enhanceGetInputProps: translateInputError,
  });
  const categories = useQueryRoute('sales.product.categories', {});
  const invalidates = ['sales.product.list', 'sales.product.get', 'sales.product.categories'] as const;
  const create = useMutationRoute('sales.product.create', { invalidates, meta: { quiet: true } });
  const update = useMutationRoute('sales.product.update', { invalidates, meta: { quiet: true } });
  const saving = product ? update : create;

  const submit = form.onSubmit(async (values) => {
    try {
      const input = valuesToInput(values);
      const saved = product
        ? await update.mutateAsync({ id: product.id, product: input })
        : await create.mutateAsync(input);
      notifications.show({ color: 'green', message: t('salesCatalog.saved', { reference: saved.reference }) });
      onClose();
    } catch (error) {
      form.setErrors(issuesToFormErrors(issuesOf(error)));
    }
  });
  const refusal = saving.isError && issuesOf(saving.error).length === 0 ? toWireError(saving.error) : null;
  const exempt = form.values.vat === EXEMPT;
  const vatChoices = [
    ...SALES_RATES.map((bp) => ({ value: String(bp), label: rateLabel(bp, i18n.language) })),
    { value: EXEMPT, label: t('salesCatalog.vatChoices.exempt') },
  ];

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      centered
      title={product ? t('salesCatalog.editTitle', { reference: product.reference }) : t('salesCatalog.createTitle')}
    >
      <form onSubmit={submit} noValidate>
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="sm">
            {refusal && (
              <Text size="sm" c="red" role="alert">
                {errorText(refusal)}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('salesCatalog.fields.reference')}
                withAsterisk
                data-autofocus
                {...form.getInputProps('reference')}
              />
              <SegmentedControl
                aria-label={t('salesCatalog.fields.kind')}
                mt={24}
                data={[
                  { value: 'service', label: t('salesCatalog.kinds.service') },
                  { value: 'goods', label: t('salesCatalog.kinds.goods') },
                ]}
                {...form.getInputProps('kind')}
              />
            </SimpleGrid>
            <TextInput label={t('salesCatalog.fields.label')} withAsterisk {...form.getInputProps('label')} />
            <Textarea
              label={t('salesCatalog.fields.description')}
              autosize
              minRows={2}
              {...form.getInputProps('description')}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('salesCatalog.fields.unitPrice')}
                withAsterisk
                inputMode="decimal"
                rightSection="€"
                {...form.getInputProps('unitPrice')}
              />
              <TextInput label={t('salesCatalog.fields.unit')} withAsterisk {...form.getInputProps('unit')} />
              <Select
                label={t('salesCatalog.fields.vat')}
                data={vatChoices}
                allowDeselect={false}
                {...form.getInputProps('vat')}
                onChange={(v) => {
                  form.setFieldValue('vat', v ?? '2000');
                  if (v === EXEMPT && !form.values.exemptionReason)
                    form.setFieldValue('exemptionReason', EXEMPTION_MENTIONS.E.fr);
                }}
              />
            </SimpleGrid>
            {exempt && (
              <TextInput
                label={t('salesCatalog.fields.exemptionReason')}
                withAsterisk
                {...form.getInputProps('exemptionReason')}
              />
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('salesCatalog.fields.revenueAccount')}
                description={t('salesCatalog.fields.revenueAccountHelp')}
                inputMode="numeric"
                {...form.getInputProps('revenueAccount')}
              />
              <Switch
                mt={32}
                label={t('salesCatalog.fields.active')}
                {...form.getInputProps('active', { type: 'checkbox' })}
              />
            </SimpleGrid>
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                {t('salesCatalog.fields.prices')}
              </Text>
              {form.values.prices.map((_, i) => (
                <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
                  <Autocomplete
                    aria-label={t('salesCatalog.fields.category')}
                    placeholder={t('salesCatalog.fields.category')}
                    data={categories.data ?? []}
                    style={{ flex: 1 }}
                    {...form.getInputProps(`prices.${i}.category`)}
                  />
                  <TextInput
                    aria-label={t('salesCatalog.fields.price')}
                    placeholder={t('salesCatalog.fields.price')}
                    inputMode="decimal"
                    rightSection="€"
                    w={160}
                    {...form.getInputProps(`prices.${i}.unitPrice`)}
                  />
                  <Tooltip label={t('salesCatalog.removePrice')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={4}
                      aria-label={t('salesCatalog.removePrice')}
                      onClick={() => form.removeListItem('prices', i)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              ))}
              <Group>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => form.insertListItem('prices', { category: '', unitPrice: '' })}
                >
                  {t('salesCatalog.addPrice')}
                </Button>
              </Group>
            </Stack>
          </Stack>
        </fieldset>
        <Group justify="flex-end" gap="sm" mt="md">
          <Button variant="default" onClick={onClose} disabled={form.submitting && !readOnly}>
            {readOnly ? t('common.close') : t('common.cancel')}
          </Button>
          {!readOnly && (
            <Button type="submit" loading={form.submitting}>
              {t('common.save')}
            </Button>
          )}
        </Group>
      </form>
    </Modal>
  );
}
