import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { addDays } from '../fiscal-years';

// Validated debits and credits per account over a date range. Whole periods inside the range come from
// period_balance (kept at validation); the days at either end that do not fill a period come from the lines,
// reached through the entries' date index so that only those days are read. A journal or third-party filter
// reads lines throughout, as period_balance knows neither.

export interface Movement {
  debit: number;
  credit: number;
}

export interface MovementFilter {
  from: string;
  to: string;
  journalId?: number | null;
  auxAccountId?: number | null;
}

type Row = { account_id: number; debit: number; credit: number };

function add(map: Map<number, Movement>, rows: readonly Row[]) {
  for (const r of rows) {
    const m = map.get(r.account_id);
    if (m) {
      m.debit += Number(r.debit);
      m.credit += Number(r.credit);
    } else map.set(r.account_id, { debit: Number(r.debit), credit: Number(r.credit) });
  }
}

async function fromLines(db: Kysely<DB>, from: string, to: string, journalId?: number | null): Promise<Row[]> {
  if (from > to) return [];
  const journal = journalId != null ? sql`and e.journal_id = ${journalId}` : sql``;
  // CROSS JOIN keeps entry as the outer table: its date index bounds the scan to the range.
  const res = await sql<Row>`select l.account_id, sum(l.debit) as debit, sum(l.credit) as credit
    from entry e cross join entry_line l on l.entry_id = e.id
    where e.date >= ${from} and e.date <= ${to} and e.status = 'validated' and l.posted = 1 ${journal}
    group by l.account_id`.execute(db);
  return res.rows;
}

async function fromAuxLines(db: Kysely<DB>, from: string, to: string, auxAccountId: number, journalId?: number | null) {
  const journal =
    journalId != null
      ? sql`and exists (select 1 from entry e where e.id = l.entry_id and e.journal_id = ${journalId})`
      : sql``;
  const res = await sql<Row>`select l.account_id, sum(l.debit) as debit, sum(l.credit) as credit
    from entry_line l
    where l.aux_account_id = ${auxAccountId} and l.posted = 1 and l.date >= ${from} and l.date <= ${to} ${journal}
    group by l.account_id`.execute(db);
  return res.rows;
}

export async function movements(db: Kysely<DB>, filter: MovementFilter): Promise<Map<number, Movement>> {
  const map = new Map<number, Movement>();
  const { from, to } = filter;
  if (from > to) return map;
  if (filter.auxAccountId != null) {
    add(map, await fromAuxLines(db, from, to, filter.auxAccountId, filter.journalId));
    return map;
  }
  if (filter.journalId != null) {
    add(map, await fromLines(db, from, to, filter.journalId));
    return map;
  }
  const span = await db
    .selectFrom('period')
    .select([sql<string | null>`min(start_date)`.as('first'), sql<string | null>`max(end_date)`.as('last')])
    .where('start_date', '>=', from)
    .where('end_date', '<=', to)
    .executeTakeFirst();
  if (!span?.first || !span.last) {
    add(map, await fromLines(db, from, to));
    return map;
  }
  // Any period meeting [first, last] lies wholly inside the range, so its totals are in period_balance.
  const balances = await sql<Row>`select b.account_id, sum(b.debit) as debit, sum(b.credit) as credit
    from period p cross join period_balance b on b.period_id = p.id
    where p.start_date >= ${from} and p.end_date <= ${to}
    group by b.account_id`.execute(db);
  add(map, balances.rows);
  add(map, await fromLines(db, from, addDays(span.first, -1)));
  add(map, await fromLines(db, addDays(span.last, 1), to));
  return map;
}
