/**
 * Exact decimal text ↔ integer conversions for amounts, rates and quantities read from e-invoices.
 * No floating point: the digits are moved as text and the integer is built with BigInt.
 *
 * Rounding: a value with more fractional digits than the target scale is rounded half away from zero
 * (1.005 → 101 cents, -1.005 → -101 cents), the commercial rule EN 16931 implementations use for
 * amounts carried with up to 4 decimals (prices, line allowances).
 */

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?$/;

export class DecimalFormatError extends Error {
  constructor(readonly value: string) {
    super(`Not a decimal number: ${JSON.stringify(value)}`);
    this.name = 'DecimalFormatError';
  }
}

/** The integer `value × 10^scale`, rounded half away from zero. Throws DecimalFormatError on bad text or overflow. */
export function decimalToScaled(value: string, scale: number): number {
  const match = DECIMAL.exec(value.trim());
  const sign = match?.[1] ?? '';
  const whole = match?.[2] ?? '';
  const fraction = match?.[3] ?? '';
  if (!match || (whole === '' && fraction === '')) throw new DecimalFormatError(value);
  const kept = fraction.slice(0, scale).padEnd(scale, '0');
  let magnitude = BigInt((whole === '' ? '0' : whole) + kept);
  const firstDropped = fraction.charAt(scale);
  if (firstDropped !== '' && firstDropped >= '5') magnitude += 1n;
  const result = sign === '-' ? -magnitude : magnitude;
  if (result > BigInt(Number.MAX_SAFE_INTEGER) || result < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new DecimalFormatError(value);
  }
  // Avoid -0: a negative value that rounds to zero is zero.
  return result === 0n ? 0 : Number(result);
}

/** Integer cents from a decimal amount ("12.5" → 1250, "0.125" → 13, "-0.125" → -13). */
export function decimalToCents(value: string): number {
  return decimalToScaled(value, 2);
}

/** Basis points from a percentage ("20" → 2000, "5.5" → 550, "19.00" → 1900). */
export function percentToBasisPoints(value: string): number {
  return decimalToScaled(value, 2);
}

/** The decimal text of an integer scaled by 10^scale (1250, 2 → "12.50"). */
export function scaledToDecimal(scaled: number, scale: number): string {
  if (!Number.isSafeInteger(scaled)) throw new RangeError(`Not a safe integer: ${scaled}`);
  const digits = Math.abs(scaled)
    .toString()
    .padStart(scale + 1, '0');
  const sign = scaled < 0 ? '-' : '';
  if (scale === 0) return sign + digits;
  return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** "12.50" from 1250 cents. */
export function centsToDecimal(cents: number): string {
  return scaledToDecimal(cents, 2);
}

/** A decimal text normalized without changing its value: sign kept only if non-zero, no leading or trailing zeros. */
export function normalizeDecimal(value: string): string {
  const match = DECIMAL.exec(value.trim());
  const whole = (match?.[2] ?? '').replace(/^0+/, '') || '0';
  const fraction = (match?.[3] ?? '').replace(/0+$/, '');
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) throw new DecimalFormatError(value);
  const zero = whole === '0' && fraction === '';
  const sign = match[1] === '-' && !zero ? '-' : '';
  return fraction === '' ? sign + whole : `${sign}${whole}.${fraction}`;
}

/** `amountCents × basisPoints / 10000`, rounded half away from zero, in integers. */
export function applyRate(amountCents: number, basisPoints: number): number {
  const product = BigInt(amountCents) * BigInt(basisPoints);
  const magnitude = product < 0n ? -product : product;
  const rounded = (magnitude + 5000n) / 10000n;
  const result = product < 0n ? -rounded : rounded;
  return result === 0n ? 0 : Number(result);
}
