import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../../../../../shared/domain/sales';
import { useQueryRoute } from '../../../api/hooks';

interface PickerProps {
  value: string | null;
  /** What the current value is called, shown before the clerk searches. */
  currentLabel: string | null;
  onChange(value: string | null, label: string): void;
  error?: string;
}

type Option = { value: string; label: string };

function withCurrent(data: Option[], value: string | null, currentLabel: string | null): Option[] {
  return value && !data.some((d) => d.value === value) ? [{ value, label: currentLabel ?? value }, ...data] : data;
}

/** The customer's own documents of the given kinds, most recent first. */
export function DocumentSelect({
  partyId,
  kinds,
  label,
  value,
  currentLabel,
  onChange,
  error,
}: PickerProps & { partyId: string | null; kinds: DocumentKind[]; label: string }) {
  const { t } = useTranslation();
  const list = useQueryRoute(
    'sales.document.list',
    { partyId: Number(partyId), kinds, pageSize: 100, sort: 'date', dir: 'desc' },
    { enabled: partyId !== null, retry: false, meta: { quiet: true } },
  );
  const data = (list.data?.rows ?? [])
    .filter((d) => d.number !== null)
    .map((d) => ({ value: String(d.id), label: `${d.number} · ${d.date}` }));
  return (
    <Select
      label={label}
      clearable
      searchable
      disabled={partyId === null}
      data={withCurrent(data, value, currentLabel)}
      value={value}
      onChange={(v, option) => onChange(v, option?.label ?? '')}
      placeholder={t('salesRequests.form.none')}
      nothingFoundMessage="—"
      error={error}
    />
  );
}

export function ProductSelect({ value, currentLabel, onChange, error }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const list = useQueryRoute(
    'sales.product.list',
    { pageSize: 30, ...(debounced ? { search: debounced } : {}) },
    { placeholderData: keepPreviousData, retry: false, meta: { quiet: true } },
  );
  const data = (list.data?.rows ?? []).map((p) => ({ value: String(p.id), label: `${p.reference} · ${p.label}` }));
  return (
    <Select
      label={t('salesRequests.fields.product')}
      clearable
      searchable
      data={withCurrent(data, value, currentLabel)}
      value={value}
      onChange={(v, option) => onChange(v, option?.label ?? '')}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      placeholder={t('salesRequests.form.none')}
      nothingFoundMessage={list.isFetching ? t('common.loading') : '—'}
      error={error}
    />
  );
}

export function AssigneeSelect({ value, onChange, error }: Omit<PickerProps, 'currentLabel'>) {
  const { t } = useTranslation();
  const users = useQueryRoute('sales.request.assignees', {});
  const data = (users.data ?? []).map((u) => ({ value: String(u.id), label: u.name }));
  return (
    <Select
      label={t('salesRequests.fields.assignee')}
      clearable
      searchable
      data={data}
      value={value}
      onChange={(v, option) => onChange(v, option?.label ?? '')}
      placeholder={t('salesRequests.form.unassigned')}
      error={error}
    />
  );
}
