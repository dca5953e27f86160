import { centsToDecimal, formatCents } from '../../../../../../shared/domain/money';
import type { ReportCell, ReportColumn, ReportTable } from '../../../../../../shared/report-table';

type Locale = ReportTable['locale'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 2024-03-05 → 05/03/2024 in French; English keeps the ISO form, which no reader misreads. */
export function formatDate(iso: string, locale: Locale): string {
  const m = ISO_DATE.exec(iso);
  if (!m || locale === 'en') return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** A YYYY-MM-DD string as a midnight-UTC instant, the way spreadsheet writers count days; null when malformed. */
export function isoToUtcDate(iso: string): Date | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

function plainNumber(n: number, locale: Locale): string {
  const text = String(n);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** A cell as data-file text: amounts as plain decimals (no thousands separator), so spreadsheets read numbers. */
export function cellForFile(cell: ReportCell, column: ReportColumn, locale: Locale): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (column.kind === 'cents') {
      const decimal = centsToDecimal(cell);
      return locale === 'fr' ? decimal.replace('.', ',') : decimal;
    }
    return plainNumber(cell, locale);
  }
  return column.kind === 'date' ? formatDate(cell, locale) : cell;
}

/** A cell as printed: amounts grouped by thousands as the locale writes them. */
export function cellForPrint(cell: ReportCell, column: ReportColumn, locale: Locale): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    return column.kind === 'cents' ? formatCents(cell, locale) : plainNumber(cell, locale);
  }
  return column.kind === 'date' ? formatDate(cell, locale) : cell;
}

/** Amounts and counts line up on the right in every format. */
export function isRightAligned(column: ReportColumn): boolean {
  return column.kind === 'cents' || column.kind === 'number';
}
