import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryRoute } from '../../../api/hooks';

interface Props {
  value: string | null;
  /** The current customer's name, shown before the clerk searches. */
  currentName: string;
  onChange(value: string | null, name: string): void;
  error?: string;
  disabled?: boolean;
}

/** Customers searched on the server as the clerk types (a company may have tens of thousands of them). */
export function CustomerSelect({ value, currentName, onChange, error, disabled }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const list = useQueryRoute(
    'parties.party.list',
    { role: 'customer', pageSize: 30, sort: 'name', ...(debounced ? { search: debounced } : {}) },
    { placeholderData: keepPreviousData },
  );
  const data = (list.data?.rows ?? []).map((p) => ({ value: String(p.id), label: `${p.name} (${p.code})` }));
  if (value && !data.some((d) => d.value === value)) data.unshift({ value, label: currentName || `#${value}` });
  return (
    <Select
      label={t('salesDocuments.fields.customer')}
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
      placeholder={t('salesDocuments.form.customerPlaceholder')}
      nothingFoundMessage={list.isFetching ? t('common.loading') : '—'}
      error={error}
    />
  );
}
