import type { FecEntry } from './fec-types';

export interface TrialBalanceRow {
  compteNum: string;
  compteLib: string;
  /** Cents. */
  debit: number;
  credit: number;
  /** Debit minus credit, in cents. */
  balance: number;
}

/** Per-account totals over every line, sorted by account number; the label is the first one met. */
export function trialBalance(entries: readonly FecEntry[]): TrialBalanceRow[] {
  const rows = new Map<string, TrialBalanceRow>();
  for (const entry of entries) {
    for (const line of entry.lines) {
      let row = rows.get(line.compteNum);
      if (row === undefined) {
        row = { compteNum: line.compteNum, compteLib: line.compteLib, debit: 0, credit: 0, balance: 0 };
        rows.set(line.compteNum, row);
      }
      row.debit += line.debit;
      row.credit += line.credit;
      row.balance += line.debit - line.credit;
    }
  }
  return [...rows.values()].sort((a, b) => (a.compteNum < b.compteNum ? -1 : a.compteNum > b.compteNum ? 1 : 0));
}
