import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryRoute } from '../../api/hooks';

interface Props {
  value: string | null;
  /** What the current customer is called, shown before the clerk searches; looked up when not given. */
  currentLabel?: string | null;
  onChange(value: string | null, label: string): void;
  error?: string;
  disabled?: boolean;
}

/** Customers searched on the server as the clerk types (a company may have tens of thousands of them). */
export function CustomerSelect({ value, currentLabel, onChange, error, disabled }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const list = useQueryRoute(
    'parties.party.list',
    { role: 'customer', pageSize: 30, sort: 'name', ...(debounced ? { search: debounced } : {}) },
    { placeholderData: keepPreviousData },
  );
  const current = useQueryRoute(
    'parties.party.get',
    { id: Number(value) },
    { enabled: value !== null && !currentLabel },
  );
  const data = (list.data?.rows ?? []).map((p) => ({ value: String(p.id), label: `${p.name} (${p.code})` }));
  if (value && !data.some((d) => d.value === value)) {
    const label = currentLabel || (current.data ? `${current.data.name} (${current.data.code})` : `#${value}`);
    data.unshift({ value, label });
  }
  return (
    <Select
      label={t('sales.customer.label')}
      withAsterisk
      searchable
      clearable={!disabled}
      disabled={disabled}
      data={data}
      value={value}
      onChange={(v, option) => onChange(v, option?.label ?? '')}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      placeholder={t('sales.customer.placeholder')}
      nothingFoundMessage={list.isFetching ? t('common.loading') : '—'}
      error={error}
    />
  );
}
