import { ActionIcon, Box, Button, Group, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../../../components/form-errors';
import { money, rateLabel } from './document-format';
import {
  emptyLine,
  percentInput,
  priceInput,
  vatValue,
  VAT_CHOICES,
  type DocumentFormValues,
  type LineValues,
} from './document-values';
import { ProductCell, type PickedProduct } from './product-cell';

interface Props {
  form: UseFormReturnType<DocumentFormValues>;
  lineNets: readonly number[];
}

function focusLabel(index: number) {
  // The new row renders on the next frame.
  requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-line-label="${index}"]`)?.focus());
}

/** The lines grid: Tab walks the cells, Enter in a cell adds a line below and moves to it. */
export function DocumentLines({ form, lineNets }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const lines = form.values.lines;
  const partyId = form.values.partyId ? Number(form.values.partyId) : null;
  const vatData = VAT_CHOICES.map((v) => ({
    value: v,
    label: v.startsWith('S:') ? rateLabel(Number(v.slice(2)), lang) : t(`salesDocuments.vatCategories.${v}`),
  }));

  const addAfter = (index: number) => {
    form.insertListItem('lines', emptyLine(), index + 1);
    focusLabel(index + 1);
  };
  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.shiftKey) return;
    const target = event.target as HTMLElement;
    if (target.tagName !== 'INPUT' || target.getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    addAfter(index);
  };
  const pick = (index: number, line: LineValues, p: PickedProduct) =>
    form.setFieldValue(`lines.${index}`, {
      ...line,
      productId: p.product.id,
      reference: p.product.reference,
      label: p.product.label,
      description: line.description || p.product.description || '',
      kind: p.product.kind,
      unit: p.product.unit,
      unitPrice: priceInput(p.unitPrice),
      vatRate: vatValue(p.vatCategory, p.vatRate),
      accountNumber: p.product.revenueAccount || null,
      discountBp: line.discountBp || percentInput(0),
    });
  const error = (i: number, field: string) => translateError(form.errors[`lines.${i}.${field}`]);

  return (
    <Box>
      <Box style={{ overflowX: 'auto' }}>
        <Table aria-label={t('salesDocuments.lines.title')} verticalSpacing={4} miw={1000} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('salesDocuments.lines.product')}</Table.Th>
              <Table.Th w={90}>{t('salesDocuments.lines.quantity')}</Table.Th>
              <Table.Th w={80}>{t('salesDocuments.lines.unit')}</Table.Th>
              <Table.Th w={120}>{t('salesDocuments.lines.unitPrice')}</Table.Th>
              <Table.Th w={80}>{t('salesDocuments.lines.discount')}</Table.Th>
              <Table.Th w={150}>{t('salesDocuments.lines.vat')}</Table.Th>
              <Table.Th w={120} ta="right">
                {t('salesDocuments.lines.net')}
              </Table.Th>
              <Table.Th w={96} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, i) => (
              <Table.Tr
                key={line.key}
                onKeyDown={onKeyDown(i)}
                data-testid="document-line"
                style={{ verticalAlign: 'top' }}
              >
                <Table.Td>
                  <ProductCell
                    value={line.label}
                    onChange={(label) => form.setFieldValue(`lines.${i}.label`, label)}
                    onPick={(p) => pick(i, line, p)}
                    partyId={partyId}
                    error={error(i, 'label')}
                    inputProps={{ 'data-line-label': i }}
                  />
                  {(line.reference || line.depositId !== null) && (
                    <Text size="xs" c="dimmed" mt={2} ff={line.reference ? 'monospace' : undefined}>
                      {line.depositId !== null ? t('salesDocuments.lines.deposit') : line.reference}
                    </Text>
                  )}
                  <TextInput
                    mt={4}
                    size="xs"
                    variant="filled"
                    aria-label={t('salesDocuments.lines.description')}
                    placeholder={t('salesDocuments.lines.description')}
                    {...form.getInputProps(`lines.${i}.description`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('salesDocuments.lines.quantity')}
                    inputMode="decimal"
                    styles={{ input: { textAlign: 'right' } }}
                    {...form.getInputProps(`lines.${i}.quantity`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput aria-label={t('salesDocuments.lines.unit')} {...form.getInputProps(`lines.${i}.unit`)} />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('salesDocuments.lines.unitPrice')}
                    inputMode="decimal"
                    styles={{ input: { textAlign: 'right' } }}
                    {...form.getInputProps(`lines.${i}.unitPrice`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('salesDocuments.lines.discount')}
                    inputMode="decimal"
                    styles={{ input: { textAlign: 'right' } }}
                    {...form.getInputProps(`lines.${i}.discountBp`)}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('salesDocuments.lines.vat')}
                    data={vatData}
                    allowDeselect={false}
                    {...form.getInputProps(`lines.${i}.vatRate`)}
                  />
                </Table.Td>
                <Table.Td ta="right" className="tabular" pt={10} data-testid="line-net">
                  {money(lineNets[i] ?? 0, lang)}
                </Table.Td>
                <Table.Td>
                  <Group gap={0} wrap="nowrap">
                    <Tooltip label={t('salesDocuments.lines.up', { n: i + 1 })}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        tabIndex={-1}
                        aria-label={t('salesDocuments.lines.up', { n: i + 1 })}
                        disabled={i === 0}
                        onClick={() => form.reorderListItem('lines', { from: i, to: i - 1 })}
                      >
                        <IconArrowUp size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('salesDocuments.lines.down', { n: i + 1 })}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        tabIndex={-1}
                        aria-label={t('salesDocuments.lines.down', { n: i + 1 })}
                        disabled={i === lines.length - 1}
                        onClick={() => form.reorderListItem('lines', { from: i, to: i + 1 })}
                      >
                        <IconArrowDown size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('salesDocuments.lines.remove', { n: i + 1 })}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        tabIndex={-1}
                        aria-label={t('salesDocuments.lines.remove', { n: i + 1 })}
                        disabled={lines.length === 1}
                        onClick={() => form.removeListItem('lines', i)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Group justify="space-between" mt="xs">
        <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => addAfter(lines.length - 1)}>
          {t('salesDocuments.lines.add')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('salesDocuments.lines.enterHint')}
        </Text>
      </Group>
    </Box>
  );
}
