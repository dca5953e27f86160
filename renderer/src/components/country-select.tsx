import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

// The countries a small French business deals with day to day; the core accepts any ISO 3166 code.
const COUNTRIES = [
  'FR',
  'BE',
  'LU',
  'CH',
  'MC',
  'DE',
  'ES',
  'IT',
  'PT',
  'NL',
  'GB',
  'IE',
  'AT',
  'DK',
  'SE',
  'FI',
  'NO',
  'IS',
  'PL',
  'CZ',
  'SK',
  'HU',
  'SI',
  'HR',
  'RO',
  'BG',
  'GR',
  'CY',
  'MT',
  'EE',
  'LV',
  'LT',
  'AD',
  'LI',
  'MA',
  'DZ',
  'TN',
  'SN',
  'CI',
  'CM',
  'US',
  'CA',
  'BR',
  'CN',
  'JP',
  'IN',
  'AU',
  'TR',
  'IL',
  'AE',
];

export function CountrySelect({ value, ...props }: Omit<SelectProps, 'data'>) {
  const { i18n } = useTranslation();
  const data = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    const codes = value && !COUNTRIES.includes(value) ? [...COUNTRIES, value] : COUNTRIES;
    const items = codes.map((code) => ({ value: code, label: names.of(code) ?? code }));
    const [first, ...others] = items;
    // France stays first; the others follow in the reader's alphabetical order.
    return [first!, ...others.sort((a, b) => a.label.localeCompare(b.label, i18n.language))];
  }, [i18n.language, value]);
  return <Select searchable allowDeselect={false} data={data} value={value} {...props} />;
}
