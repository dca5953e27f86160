import type { TFunction } from 'i18next';

/** A file size as the admin reads it in a file manager: "12,4 Mo", "980 Ko". */
export function formatSize(bytes: number, language: string, t: TFunction): string {
  const units = ['b', 'kb', 'mb', 'gb'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  return `${number} ${t(`backups.units.${units[unit]}`)}`;
}
