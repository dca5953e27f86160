import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useMemo, type Ref } from 'react';
import { useQueryRoute } from '../../../api/hooks';
import { LookupField, type LookupOption } from './lookup-field';

interface AccountFieldProps {
  number: string;
  accountLabel: string;
  onChange(number: string, label: string, settled: boolean): void;
  label: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  testId?: string;
}

/** Digits look accounts up by number prefix, letters by label (the core decides which). */
export function AccountField({ number, accountLabel, onChange, label, error, inputRef, testId }: AccountFieldProps) {
  const settled = accountLabel !== '';
  const [search] = useDebouncedValue(number.trim(), 120);
  const list = useQueryRoute(
    'accounting.account.list',
    { search, status: 'active', sort: 'number', pageSize: 30 },
    { enabled: search !== '' && !settled, placeholderData: keepPreviousData, staleTime: 60_000 },
  );
  const options = useMemo<LookupOption[]>(
    () =>
      settled || search === ''
        ? []
        : (list.data?.rows ?? []).map((a) => ({ value: a.number, code: a.number, label: a.label })),
    [list.data, settled, search],
  );
  return (
    <LookupField
      text={number}
      options={options}
      settled={settled}
      onText={(text) => onChange(text, '', false)}
      onPick={(o) => onChange(o.code, o.label, true)}
      label={label}
      error={error}
      inputRef={inputRef}
      testId={testId}
      width="100%"
    />
  );
}
