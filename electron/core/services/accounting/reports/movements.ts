import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { addDays } from '../fiscal-years';

// Validated debits and credits per account over a date range. Whole periods inside the range come from
// period_balance (kept at validation). A period the range covers only in part is read from its lines for the
// days inside, or, when most of it is inside, taken whole less the lines of the days outside: either way at most
// half a period of lines per end, reached through the entries' date index. A journal or third-party filter reads
// lines throughout, as period_balance knows neither.

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
  if (journalId == null) {
    // Posted lines are exactly the validated entries' lines: entry_line_posted_date holds every column needed, so
    // the days are read from the index alone, in date order, without visiting the rows.
    const res = await sql<Row>`select account_id, sum(debit) as debit, sum(credit) as credit
      from entry_line
      where posted = 1 and date >= ${from} and date <= ${to}
      group by account_id`.execute(db);
    return res.rows;
  }
  // CROSS JOIN keeps entry as the outer table: its journal and date index bounds the scan to the range.
  const res = await sql<Row>`select l.account_id, sum(l.debit) as debit, sum(l.credit) as credit
    from entry e cross join entry_line l on l.entry_id = e.id
    where e.date >= ${from} and e.date <= ${to} and e.status = 'validated' and l.posted = 1
      and e.journal_id = ${journalId}
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

function days(from: string, to: string): number {
  return from > to ? 0 : (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
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
  // Entries only exist inside periods, so the periods meeting the range cover every line that counts.
  const periods = await db
    .selectFrom('period')
    .select(['id', 'start_date', 'end_date'])
    .where('start_date', '<=', to)
    .where('end_date', '>=', from)
    .execute();
  const whole: number[] = [];
  const read: [string, string][] = [];
  const takeOff: [string, string][] = [];
  for (const p of periods) {
    const start = p.start_date < from ? from : p.start_date;
    const end = p.end_date > to ? to : p.end_date;
    const inside = days(start, end);
    const outside = days(p.start_date, p.end_date) - inside;
    if (outside === 0) whole.push(p.id);
    else if (inside <= outside) read.push([start, end]);
    else {
      // Most of the period is in the range: its total less the few days outside reads fewer lines.
      whole.push(p.id);
      takeOff.push([p.start_date, addDays(start, -1)], [addDays(end, 1), p.end_date]);
    }
  }
  if (whole.length) {
    const balances = await db
      .selectFrom('period_balance')
      .select(['account_id', sql<number>`sum(debit)`.as('debit'), sql<number>`sum(credit)`.as('credit')])
      .where('period_id', 'in', whole)
      .groupBy('account_id')
      .execute();
    add(map, balances);
  }
  for (const [a, b] of read) add(map, await fromLines(db, a, b));
  for (const [a, b] of takeOff) {
    const rows = await fromLines(db, a, b);
    add(
      map,
      rows.map((r) => ({ account_id: r.account_id, debit: -Number(r.debit), credit: -Number(r.credit) })),
    );
  }
  return map;
}
