// One row per measured operation, printed as a table and written to bench/results.json.

export interface Figure {
  group: string;
  operation: string;
  p50: number;
  p95: number | null;
  /** The bare SQL for the same result, p50. */
  floor?: number;
  /** hledger on the same entries, once. */
  hledger?: number;
  /** Lists: the p50 of the page when what is kept beside it (count, totals, keys) is computed afresh, as after a write. */
  cold?: number;
  budget: number | null;
  /** Whether the budget is read on p95 (lists, search) or p50 (reports). */
  budgetOn?: 'p50' | 'p95';
  /** What p50, p95 and the budget count when not milliseconds. */
  unit?: 'MB';
  note?: string;
}

export const verdict = (f: Figure): 'ok' | 'OVER' | '' => {
  if (f.budget === null) return '';
  const v = f.budgetOn === 'p95' ? (f.p95 ?? f.p50) : f.p50;
  return v <= f.budget ? 'ok' : 'OVER';
};

const ms = (v: number | null | undefined, unit = 'ms') =>
  v === null || v === undefined ? '' : v < 10 ? `${v.toFixed(2)} ${unit}` : `${v.toFixed(0)} ${unit}`;
const ratio = (a: number, b: number | undefined) => (b ? (a / b).toFixed(b > a ? 3 : 1) : '');

export function table(figures: readonly Figure[]): string {
  const rows = [['operation', 'p50', 'p95', 'fresh', 'floor', '×floor', '×hledger', 'budget', '']];
  for (const f of figures) {
    rows.push([
      f.operation,
      ms(f.p50, f.unit),
      ms(f.p95, f.unit),
      ms(f.cold),
      ms(f.floor),
      ratio(f.p50, f.floor),
      ratio(f.p50, f.hledger),
      f.budget === null ? '' : `≤ ${ms(f.budget, f.unit)}${f.budgetOn === 'p95' ? ' p95' : ''}`,
      verdict(f),
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '))
    .join('\n');
}
