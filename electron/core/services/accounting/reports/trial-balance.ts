import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { TrialBalance, TrialBalanceInput } from '../../../../../shared/contract/accounting-reports';
import type { DB } from '../../../db/schema';
import { movements } from './movements';
import { accountsById, inAccountRange, journalIdOf } from './scope';

// The balance générale: the range's movements per account, one row per account that moved.

export async function trialBalance(db: Kysely<DB>, input: z.output<typeof TrialBalanceInput>): Promise<TrialBalance> {
  const empty = { from: input.from, to: input.to, rows: [], totals: { debit: 0, credit: 0, balance: 0 } };
  let journalId: number | null = null;
  if (input.journalCode !== undefined) {
    journalId = await journalIdOf(db, input.journalCode);
    if (journalId === null) return empty;
  }
  const moved = await movements(db, { from: input.from, to: input.to, journalId });
  const accounts = await accountsById(db);
  const rows: TrialBalance['rows'] = [];
  for (const [id, m] of moved) {
    const account = accounts.get(id);
    if (!account || (m.debit === 0 && m.credit === 0)) continue;
    if (!inAccountRange(account.number, input.accountFrom, input.accountTo)) continue;
    rows.push({
      accountNumber: account.number,
      accountLabel: account.label,
      debit: m.debit,
      credit: m.credit,
      balance: m.debit - m.credit,
    });
  }
  rows.sort((a, b) => (a.accountNumber < b.accountNumber ? -1 : a.accountNumber > b.accountNumber ? 1 : 0));
  let debit = 0;
  let credit = 0;
  for (const r of rows) {
    debit += r.debit;
    credit += r.credit;
  }
  return { from: input.from, to: input.to, rows, totals: { debit, credit, balance: debit - credit } };
}
