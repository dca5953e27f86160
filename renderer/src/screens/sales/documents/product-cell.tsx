import { Autocomplete, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../../shared/contract/sales-catalog';
import { useApi } from '../../../api/api-context';
import { useQueryRoute } from '../../../api/hooks';
import { money } from './document-format';

export interface PickedProduct {
  product: Product;
  unitPrice: number;
  vatCategory: 'S' | 'E' | 'AE' | 'K' | 'G';
  vatRate: number;
}

interface Props {
  value: string;
  onChange(label: string): void;
  /** A product picked from the catalog, priced for the document's customer. */
  onPick(picked: PickedProduct): void;
  partyId: number | null;
  error?: string;
  inputProps?: Record<string, unknown>;
}

/**
 * A line's label doubles as the catalog search: typing looks products up on the server, picking one fills the line
 * with the price and VAT the catalog gives this customer; any other text is a free line.
 */
export function ProductCell({ value, onChange, onPick, partyId, error, inputProps }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [focused, setFocused] = useState(false);
  const [debounced] = useDebouncedValue(value.trim(), 200);
  const list = useQueryRoute(
    'sales.product.list',
    { search: debounced, pageSize: 10, status: 'active' },
    { enabled: focused && debounced.length >= 2, placeholderData: keepPreviousData, meta: { quiet: true } },
  );
  const products = focused && debounced.length >= 2 ? (list.data?.rows ?? []) : [];
  const byId = new Map(products.map((p) => [String(p.id), p]));

  const pick = async (id: string) => {
    const product = byId.get(id);
    if (!product) return;
    try {
      onPick(
        partyId
          ? await api.call('sales.product.quote', { id: product.id, partyId })
          : { product, unitPrice: product.unitPrice, vatCategory: product.vatCategory, vatRate: product.vatRate },
      );
    } catch {
      onPick({ product, unitPrice: product.unitPrice, vatCategory: product.vatCategory, vatRate: product.vatRate });
    }
  };

  return (
    <Autocomplete
      aria-label={t('salesDocuments.lines.product')}
      placeholder={t('salesDocuments.lines.productPlaceholder')}
      value={value}
      onChange={onChange}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      data={products.map((p) => ({ value: String(p.id), label: p.label }))}
      filter={({ options }) => options}
      onOptionSubmit={(id) => void pick(id)}
      renderOption={({ option }) => {
        const p = byId.get(option.value);
        return (
          <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
            <Text size="sm" truncate="end">
              <Text span ff="monospace" size="xs" c="dimmed" mr={6}>
                {p?.reference}
              </Text>
              {p?.label ?? option.value}
            </Text>
            {p && (
              <Text size="xs" c="dimmed" className="tabular">
                {money(p.unitPrice, i18n.language)}
              </Text>
            )}
          </Group>
        );
      }}
      comboboxProps={{ width: 420, position: 'bottom-start' }}
      error={error}
      {...inputProps}
    />
  );
}
