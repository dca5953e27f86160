// FEC amounts are decimal text; they become integer cents through string arithmetic only, never a float.

const GROUPING_SPACES = /[ \u00a0\u202f]/g;

/**
 * Parses a FEC amount ("1234,56", "-12,5", "1 234,56", "0000000069,60", "1234.56"); empty means zero.
 * Returns null when the text is not an amount or has a non-zero digit beyond the cents.
 */
export function parseFecAmount(text: string): number | null {
  let s = text.trim().replace(GROUPING_SPACES, '');
  if (s === '') return 0;
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s.startsWith('-');
    s = s.slice(1);
  } else if (s.endsWith('-')) {
    negative = true;
    s = s.slice(0, -1);
  }
  const match = /^(\d*)(?:[,.](\d*))?$/.exec(s);
  if (match === null) return null;
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  if (whole === '' && fraction === '') return null;
  if (/[1-9]/.test(fraction.slice(2))) return null;
  const digits = (whole + fraction.slice(0, 2).padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > 15) return null;
  const cents = Number(digits);
  if (!Number.isSafeInteger(cents)) return null;
  return negative && cents !== 0 ? -cents : cents;
}

/** Formats integer cents the way a FEC writes them: "1234,56", "-0,05", no grouping. */
export function formatFecAmount(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an integer number of cents: ${cents}`);
  const digits = String(Math.abs(cents)).padStart(3, '0');
  const text = `${digits.slice(0, -2)},${digits.slice(-2)}`;
  return cents < 0 ? `-${text}` : text;
}
