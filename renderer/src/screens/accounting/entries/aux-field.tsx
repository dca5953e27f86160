import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useQueryRoute } from '../../../api/hooks';
import { LookupField, type LookupOption } from './lookup-field';

interface AuxFieldProps {
  kind: 'customer' | 'supplier' | 'other';
  text: string;
  auxAccountId: number | null;
  onChange(auxAccountId: number | null, text: string): void;
  label: string;
  error?: string;
}

/** The third party's auxiliary account under a collective account, looked up by number or name. */
export function AuxField({ kind, text, auxAccountId, onChange, label, error }: AuxFieldProps) {
  const settled = auxAccountId !== null;
  const [search] = useDebouncedValue(text.trim(), 120);
  const list = useQueryRoute(
    'accounting.aux.list',
    { kind, ...(search ? { search } : {}) },
    { enabled: !settled, placeholderData: keepPreviousData, staleTime: 60_000 },
  );
  const options = useMemo<LookupOption[]>(
    () =>
      settled
        ? []
        : (list.data ?? []).slice(0, 30).map((a) => ({ value: String(a.id), code: a.number, label: a.label })),
    [list.data, settled],
  );
  return (
    <LookupField
      text={text}
      options={options}
      settled={settled}
      onText={(value) => onChange(null, value)}
      onPick={(o) => onChange(Number(o.value), `${o.code} ${o.label}`)}
      label={label}
      error={error}
      width="100%"
    />
  );
}
