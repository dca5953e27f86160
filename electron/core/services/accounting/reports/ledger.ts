import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Ledger, LedgerAccount, LedgerInput } from '../../../../../shared/contract/accounting-reports';
import type { DB } from '../../../db/schema';
import { addDays } from '../fiscal-years';
import { ledgerLines, runBalance, type RawLedgerLine } from './ledger-lines';
import { movements, type Movement } from './movements';
import { accountsById, inAccountRange, journalIdOf, yearStartOf } from './scope';

// The grand livre: per account, the balance carried in from the start of the fiscal year (opening entries
// included), then every validated line of the range with its running balance.

export async function openingBalances(
  db: Kysely<DB>,
  from: string,
  filter: { journalId?: number | null; auxAccountId?: number | null },
): Promise<Map<number, Movement>> {
  const start = await yearStartOf(db, from);
  if (start === null || start >= from) return new Map();
  return movements(db, { from: start, to: addDays(from, -1), ...filter });
}

export async function ledger(db: Kysely<DB>, input: z.output<typeof LedgerInput>): Promise<Ledger> {
  let journalId: number | null = null;
  if (input.journalCode !== undefined) {
    journalId = await journalIdOf(db, input.journalCode);
    if (journalId === null) return { from: input.from, to: input.to, accounts: [], truncated: false };
  }
  const filter = { journalId, auxAccountId: input.auxAccountId ?? null };
  const lines = await ledgerLines(db, { ...input, ...filter, limit: input.limit + 1 });
  const truncated = lines.length > input.limit;
  if (truncated) lines.length = input.limit;
  const openings = await openingBalances(db, input.from, filter);
  const accounts = await accountsById(db);

  const byAccount = new Map<number, RawLedgerLine[]>();
  for (const l of lines) {
    const list = byAccount.get(l.accountId);
    if (list) list.push(l);
    else byAccount.set(l.accountId, [l]);
  }
  const ids = new Set(byAccount.keys());
  for (const [id, m] of openings) if (m.debit !== m.credit) ids.add(id);
  // Past the limit, accounts after the last line shown are left out rather than shown without their lines.
  const lastShown = truncated ? lines[lines.length - 1]?.accountNumber : undefined;

  const out: LedgerAccount[] = [];
  for (const id of ids) {
    const account = accounts.get(id);
    if (!account || !inAccountRange(account.number, input.accountFrom, input.accountTo)) continue;
    if (lastShown !== undefined && account.number > lastShown) continue;
    const o = openings.get(id);
    const opening = o ? o.debit - o.credit : 0;
    const own = byAccount.get(id) ?? [];
    let totalDebit = 0;
    let totalCredit = 0;
    for (const l of own) {
      totalDebit += l.debit;
      totalCredit += l.credit;
    }
    out.push({
      accountNumber: account.number,
      accountLabel: account.label,
      opening,
      lines: runBalance(opening, own),
      totalDebit,
      totalCredit,
      closing: opening + totalDebit - totalCredit,
    });
  }
  out.sort((a, b) => (a.accountNumber < b.accountNumber ? -1 : a.accountNumber > b.accountNumber ? 1 : 0));
  return { from: input.from, to: input.to, accounts: out, truncated };
}
