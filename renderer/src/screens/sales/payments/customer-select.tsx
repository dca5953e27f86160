import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryRoute } from '../../../api/hooks';

interface Props {
  value: string | null;
  onChange(value: string | null): void;
  error?: string;
}

/** Customers searched on the server as the clerk types. */
export function CustomerSelect({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const list = useQueryRoute(
    'parties.party.list',
    { role: 'customer', pageSize: 30, sort: 'name', ...(debounced ? { search: debounced } : {}) },
    { placeholderData: keepPreviousData },
  );
  const current = useQueryRoute('parties.party.get', { id: Number(value) }, { enabled: value !== null });
  const data = (list.data?.rows ?? []).map((p) => ({ value: String(p.id), label: `${p.name} (${p.code})` }));
  if (value && current.data && !data.some((d) => d.value === value))
    data.unshift({ value, label: `${current.data.name} (${current.data.code})` });
  return (
    <Select
      label={t('salesPayments.payments.fields.customer')}
      withAsterisk
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      placeholder={t('salesPayments.payments.form.customerPlaceholder')}
      nothingFoundMessage={list.isFetching ? t('common.loading') : '—'}
      error={error}
    />
  );
}
