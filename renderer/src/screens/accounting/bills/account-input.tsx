import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useQueryRoute } from '../../../api/hooks';

interface Props {
  value: string;
  onChange(value: string): void;
  error?: string;
  label?: string;
}

/** An account number, with the chart's accounts proposed by number or by words of their label. */
export function AccountInput({ value, onChange, error, label }: Props) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(value.trim(), 200);
  const accounts = useQueryRoute(
    'accounting.account.list',
    { status: 'active', pageSize: 20, ...(debounced ? { search: debounced } : {}) },
    { placeholderData: keepPreviousData },
  );
  const data = (accounts.data?.rows ?? []).map((a) => `${a.number} — ${a.label}`);
  return (
    <Autocomplete
      aria-label={label ?? t('bills.lines.account')}
      value={value}
      data={data}
      filter={({ options }) => options}
      // Picking "6064 — Fournitures administratives" keeps the number alone.
      onChange={(v) => onChange(v.split(' — ')[0] ?? v)}
      error={error}
      limit={20}
      w={130}
      comboboxProps={{ width: 380, position: 'bottom-start' }}
      ff="monospace"
    />
  );
}
