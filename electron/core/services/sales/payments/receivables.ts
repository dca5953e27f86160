import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { z } from 'zod';
import type { AgedRow, Receivable, ReceivableQuery } from '../../../../../shared/contract/sales-payments';
import type { DB } from '../../../db/schema';
import { matchingIds } from '../../../db/search-index';
import { addDays, daysBetween } from '../../../../../shared/domain/dates';
import { seekPage } from '../../../db/page-seek';
import { escapeLike, likePattern } from '../../../db/like';

type Query = z.output<typeof ReceivableQuery>;
type DocumentKind = Receivable['kind'];

// What customers owe: validated invoices and deposit invoices not fully paid, and credit notes not yet refunded or
// used, which count against the customer. The conditions repeat the partial indexes sales_document_receivable_*
// word for word so that SQLite may use them; the kind is tested with a unary plus, which keeps SQLite from reading
// every document of those kinds through sales_document_kind_status to find the few still open.
const OPEN = sql<boolean>`d.status = 'validated' and d.open_amount <> 0 and +d.kind in ('invoice', 'deposit', 'credit_note')`;

/** A credit note's open amount is owed to the customer: it lowers the receivable. */
const signed = (column: string) =>
  sql<number>`case when d.kind = 'credit_note' then -${sql.ref(column)} else ${sql.ref(column)} end`;

const SORT_COLUMNS = {
  dueDate: ['d.due_date', 'd.id'],
  customer: ['p.name_folded', 'd.id'],
  amount: ['d.open_amount', 'd.id'],
  number: ['d.number', 'd.id'],
} as const;

function conditions(f: Query, asOf: string): RawBuilder<boolean>[] {
  const where = [OPEN];
  if (f.partyId) where.push(sql<boolean>`d.party_id = ${f.partyId}`);
  if (f.overdue) where.push(sql<boolean>`d.kind <> 'credit_note' and d.due_date < ${asOf}`);
  if (f.search) {
    const number = likePattern('d.number', `%${escapeLike(f.search)}%`);
    const parties = matchingIds(f.search, 'party');
    where.push(parties ? sql<boolean>`(${number} or d.party_id in (${parties}))` : number);
  }
  return where;
}

export async function listReceivables(db: Kysely<DB>, input: Query, asOf: string) {
  const where = conditions(input, asOf);
  const sort = input.sort ?? 'dueDate';
  let filtered = db.selectFrom('sales_document as d');
  if (sort === 'customer') filtered = filtered.innerJoin('party as p', 'p.id', 'd.party_id');
  for (const w of where) filtered = filtered.where(w);
  // The page's ids first: along the receivable indexes from the nearest kept key; by customer (an order of the
  // third parties' table) or through a search, the whole order is read once and kept while nothing changes.
  const { ids, total } = await seekPage(
    db,
    filtered,
    {
      keys: SORT_COLUMNS[sort],
      dir: input.dir,
      id: 'd.id',
      firstNullable: sort === 'dueDate',
      keep: sort === 'customer' || Boolean(input.search),
    },
    input.page,
    input.pageSize,
  );
  const found = ids.length
    ? await db
        .selectFrom('sales_document as d')
        .innerJoin('party as p', 'p.id', 'd.party_id')
        .select([
          'd.id',
          'd.kind',
          'd.number',
          'd.party_id',
          'p.code',
          'p.name',
          'd.date',
          'd.due_date',
          signed('d.gross_total').as('gross'),
          signed('d.open_amount').as('open'),
        ])
        .select((eb) => [
          eb
            .selectFrom('sales_dunning as s')
            .select((e) => e.fn.max('s.level').as('level'))
            .whereRef('s.document_id', '=', 'd.id')
            .as('level'),
          eb
            .selectFrom('sales_dunning as s')
            .select((e) => e.fn.max('s.date').as('last'))
            .whereRef('s.document_id', '=', 'd.id')
            .as('last_dunning'),
        ])
        .where('d.id', 'in', ids)
        .execute()
    : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  return {
    rows: rows.map((r): Receivable => ({
      documentId: r.id,
      kind: r.kind as DocumentKind,
      number: r.number ?? '',
      partyId: r.party_id,
      partyCode: r.code,
      partyName: r.name,
      date: r.date,
      dueDate: r.due_date,
      grossTotal: r.gross,
      openAmount: r.open,
      daysOverdue: daysBetween(r.due_date ?? r.date, asOf),
      dunningLevel: Number(r.level ?? 0),
      lastDunningDate: r.last_dunning === null ? null : String(r.last_dunning),
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

const BUCKETS = ['notDue', 'days30', 'days60', 'days90', 'over90'] as const;

/** The aged balance: each customer's open amounts by how long they are past due at `asOf`. */
export async function agedBalance(db: Kysely<DB>, asOf: string) {
  const due = sql.ref('d.due_date');
  const limit30 = addDays(asOf, -30);
  const limit60 = addDays(asOf, -60);
  const limit90 = addDays(asOf, -90);
  const bucket = sql<string>`case
    when coalesce(${due}, d.date) >= ${asOf} then 'notDue'
    when coalesce(${due}, d.date) >= ${limit30} then 'days30'
    when coalesce(${due}, d.date) >= ${limit60} then 'days60'
    when coalesce(${due}, d.date) >= ${limit90} then 'days90'
    else 'over90' end`;
  const rows = await db
    .selectFrom('sales_document as d')
    .innerJoin('party as p', 'p.id', 'd.party_id')
    .select(['d.party_id', 'p.code', 'p.name', 'p.name_folded', bucket.as('bucket')])
    .select(sql<number>`sum(${signed('d.open_amount')})`.as('amount'))
    .where(OPEN)
    .groupBy(['d.party_id', 'bucket'])
    .execute();
  const byParty = new Map<number, AgedRow & { folded: string }>();
  const totals = { notDue: 0, days30: 0, days60: 0, days90: 0, over90: 0, total: 0 };
  for (const r of rows) {
    let row = byParty.get(r.party_id);
    if (!row) {
      row = {
        partyId: r.party_id,
        partyCode: r.code,
        partyName: r.name,
        folded: r.name_folded,
        notDue: 0,
        days30: 0,
        days60: 0,
        days90: 0,
        over90: 0,
        total: 0,
      };
      byParty.set(r.party_id, row);
    }
    const key = BUCKETS.find((b) => b === r.bucket)!;
    const amount = Number(r.amount);
    row[key] += amount;
    row.total += amount;
    totals[key] += amount;
    totals.total += amount;
  }
  const sorted = [...byParty.values()].sort((a, b) => a.folded.localeCompare(b.folded) || a.partyId - b.partyId);
  return { asOf, rows: sorted.map(({ folded: _folded, ...row }) => row), totals };
}
