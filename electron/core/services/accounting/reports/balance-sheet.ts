import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  BalanceSheet,
  BalanceSheetInput,
  StatementSection,
} from '../../../../../shared/contract/accounting-reports';
import type { DB } from '../../../db/schema';
import { ASSET_SECTIONS, LIABILITY_SECTIONS, sheetLineOf, type SheetSectionDef } from './balance-sheet-lines';
import { byAccountNumber } from './income-statement';
import type { Movement } from './movements';
import { yearStartOf } from './scope';

// The bilan on asOf: balances since the start of its fiscal year, opening entries included, so that the
// accounts carried forward hold their whole history. The year's result is 12 plus classes 6 and 7 not yet closed.

export function balanceSheetOf(byNumber: ReadonlyMap<string, Movement>) {
  const amounts = new Map<string, number>();
  for (const [number, m] of byNumber) {
    const balance = m.debit - m.credit;
    if (balance === 0) continue;
    const { line, side } = sheetLineOf(number, balance);
    amounts.set(line, (amounts.get(line) ?? 0) + (side === 'assets' ? balance : -balance));
  }
  const lay = (defs: readonly SheetSectionDef[]): StatementSection[] =>
    defs.map((s) => {
      const lines = s.lines.map((l) => ({ key: l.key, accounts: [...l.accounts], amount: amounts.get(l.key) ?? 0 }));
      return { key: s.key, lines, total: lines.reduce((t, l) => t + l.amount, 0) };
    });
  const assets = lay(ASSET_SECTIONS);
  const liabilities = lay(LIABILITY_SECTIONS);
  return {
    assets,
    liabilities,
    totalAssets: assets.reduce((t, s) => t + s.total, 0),
    totalLiabilities: liabilities.reduce((t, s) => t + s.total, 0),
  };
}

export async function balanceSheet(db: Kysely<DB>, input: z.output<typeof BalanceSheetInput>): Promise<BalanceSheet> {
  const from = (await yearStartOf(db, input.asOf)) ?? input.asOf;
  return { asOf: input.asOf, from, ...balanceSheetOf(await byAccountNumber(db, from, input.asOf)) };
}
