import { applyRate } from './money';

export interface TotalsLine {
  netAmount: number;
  vatRate: number;
}

export interface VatRow {
  rate: number;
  base: number;
  vat: number;
}

export interface BillTotals {
  net: number;
  vat: number;
  gross: number;
  byRate: VatRow[];
}

/**
 * The VAT of a bill entered by hand: bases summed per rate from the lines, then each rounded once, as an invoice
 * states it (rounding line by line would drift by a cent per line).
 */
export function computeTotals(lines: readonly TotalsLine[]): BillTotals {
  const bases = new Map<number, number>();
  for (const l of lines) bases.set(l.vatRate, (bases.get(l.vatRate) ?? 0) + l.netAmount);
  const byRate = [...bases.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rate, base]) => ({ rate, base, vat: applyRate(base, rate) }));
  const net = byRate.reduce((s, r) => s + r.base, 0);
  const vat = byRate.reduce((s, r) => s + r.vat, 0);
  return { net, vat, gross: net + vat, byRate };
}

/** Whether two breakdowns have the same bases per rate (the VAT amounts aside). */
export function sameBases(a: readonly VatRow[], b: readonly VatRow[]): boolean {
  const key = (rows: readonly VatRow[]) =>
    rows
      .map((r) => `${r.rate}:${r.base}`)
      .sort()
      .join();
  return key(a) === key(b);
}
