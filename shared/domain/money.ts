// Amounts are integer cents everywhere; these are the only conversions to and from text, and the one rounding
// rule (half away from zero) used when a rate applies to an amount.

/** 123456 → "1234.56"; -5 → "-0.05". Plain, for files and messages. */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 123456 → "1 234,56" in French, "1,234.56" in English: for screens and printed reports. */
export function formatCents(cents: number, locale: 'fr' | 'en' = 'fr'): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'fr' ? '\u202f' : ',');
  return `${sign}${units}${locale === 'fr' ? ',' : '.'}${String(abs % 100).padStart(2, '0')}`;
}

/**
 * What a clerk types into an amount field: "1234", "1 234,5", "1234.56", "-12,30". Returns cents, or null when
 * the text is not an amount (more than two decimals, letters, several separators).
 */
export function parseAmount(text: string): number | null {
  const t = text.replace(/[\s\u00a0\u202f']/g, '');
  const m = /^([+-]?)(\d+)(?:[.,](\d{0,2}))?$/.exec(t);
  if (!m) return null;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return m[1] === '-' ? -cents : cents;
}

/** `cents` × `basisPoints` / 10000, rounded half away from zero: the VAT of a line, a discount. */
export function applyRate(cents: number, basisPoints: number): number {
  const product = cents * basisPoints;
  const q = Math.trunc(product / 10000);
  const r = product - q * 10000;
  if (Math.abs(r) * 2 >= 10000) return q + Math.sign(product);
  return q;
}
