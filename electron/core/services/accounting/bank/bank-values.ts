// Amounts and dates as banks write them, read into cents and YYYY-MM-DD without floating point.

export type DecimalMark = 'comma' | 'point';
export type DateFormat = 'dd/mm/yyyy' | 'yyyy-mm-dd' | 'mm/dd/yyyy';

/**
 * "1 234,56", "-84,20", "1.234,56 €", "+12.5", "(12.00)": cents, or null when the text is no amount. The other mark
 * is taken as a thousands separator.
 */
export function parseBankAmount(text: string, decimal: DecimalMark): number | null {
  let t = text.replace(/[\s\u00a0\u202f'€]|EUR/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  if (t.endsWith('-')) {
    negative = !negative;
    t = t.slice(0, -1);
  }
  t = decimal === 'comma' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  const m = /^([+-]?)(\d+)(?:\.(\d{0,2}))?$/.exec(t);
  if (!m) return null;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return (m[1] === '-') !== negative ? -cents : cents;
}

function isoDate(y: number, m: number, d: number): string | null {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** A date in the given layout (any of / - . as separator, two-digit years taken as 20xx), or null. */
export function parseBankDate(text: string, format: DateFormat): string | null {
  const parts = text.trim().split(/[/.-]/);
  if (parts.length !== 3 || parts.some((p) => !/^\d{1,4}$/.test(p))) return null;
  const n = parts.map(Number) as [number, number, number];
  const year = (y: number, raw: string) => (raw.length === 2 ? 2000 + y : raw.length === 4 ? y : NaN);
  if (format === 'yyyy-mm-dd') return parts[0]!.length === 4 ? isoDate(n[0], n[1], n[2]) : null;
  const y = year(n[2], parts[2]!);
  if (Number.isNaN(y)) return null;
  return format === 'dd/mm/yyyy' ? isoDate(y, n[1], n[0]) : isoDate(y, n[0], n[1]);
}

/** OFX and compact dates: YYYYMMDD, optionally followed by a time and zone. */
export function parseCompactDate(text: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(text.trim());
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** ISO dates and date-times (camt): the calendar date as written. */
export function parseIsoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
