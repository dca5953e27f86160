import { sql, type Kysely } from 'kysely';
import type { LedgerLine } from '../../../../../shared/contract/accounting-reports';
import type { DB } from '../../../db/schema';

// The validated lines of a range in ledger order (account, date, number), the body of the grand livre and of a
// third party's ledger. Balances are run by the caller, from its opening.

export interface LineFilter {
  from: string;
  to: string;
  accountFrom?: string;
  accountTo?: string;
  journalId?: number | null;
  auxAccountId?: number | null;
  limit: number;
}

export type RawLedgerLine = Omit<LedgerLine, 'balance'> & { accountId: number; accountNumber: string };

type Row = {
  line_id: number;
  entry_id: number;
  date: string;
  journal_code: string;
  number: string | null;
  label: string;
  reference: string | null;
  debit: number;
  credit: number;
  letter: string | null;
  account_id: number;
  account_number: string;
};

export async function ledgerLines(db: Kysely<DB>, f: LineFilter): Promise<RawLedgerLine[]> {
  const where = [sql`l.posted = 1`, sql`l.date >= ${f.from}`, sql`l.date <= ${f.to}`];
  if (f.journalId != null) where.push(sql`e.journal_id = ${f.journalId}`);
  if (f.auxAccountId != null) where.push(sql`l.aux_account_id = ${f.auxAccountId}`);
  if (f.accountFrom !== undefined) where.push(sql`a.number >= ${f.accountFrom}`);
  if (f.accountTo !== undefined) where.push(sql`substr(a.number, 1, ${f.accountTo.length}) <= ${f.accountTo}`);
  // One third party's lines come by its own index; otherwise CROSS JOIN keeps the accounts outside, in number
  // order, each read through entry_line_account, rather than every line of the dates sorted by account.
  const from =
    f.auxAccountId != null
      ? sql`entry_line l join account a on a.id = l.account_id`
      : sql`account a cross join entry_line l on l.account_id = a.id`;
  const res = await sql<Row>`select l.id as line_id, l.entry_id, l.date, j.code as journal_code, e.number,
      coalesce(l.label, e.label) as label, e.reference, l.debit, l.credit, l.letter, l.account_id,
      a.number as account_number
    from ${from}
    join entry e on e.id = l.entry_id
    join journal j on j.id = e.journal_id
    where ${sql.join(where, sql` and `)}
    order by a.number, l.date, e.number, l.line_no
    limit ${f.limit}`.execute(db);
  return res.rows.map((r) => ({
    lineId: r.line_id,
    entryId: r.entry_id,
    date: r.date,
    journalCode: r.journal_code,
    number: r.number ?? '',
    label: r.label,
    reference: r.reference,
    debit: r.debit,
    credit: r.credit,
    letter: r.letter,
    accountId: r.account_id,
    accountNumber: r.account_number,
  }));
}

/** Adds the running balance, from `opening`, to lines already in order. */
export function runBalance(opening: number, lines: readonly RawLedgerLine[]): LedgerLine[] {
  let balance = opening;
  return lines.map(({ accountId: _a, accountNumber: _n, ...l }) => {
    balance += l.debit - l.credit;
    return { ...l, balance };
  });
}
