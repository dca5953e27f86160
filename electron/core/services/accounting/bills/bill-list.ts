import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { z } from 'zod';
import type { BillListQuery } from '../../../../../shared/contract/accounting-bills';
import type { DB } from '../../../db/schema';
import { matchingIds } from '../../../db/search-index';
import { BILL_SEARCH_KIND, billHeaders, toBillRow } from './bill-store';
import { memoRead } from '../../../db/read-memo';

type Query = z.output<typeof BillListQuery>;

const SORT_COLUMNS = {
  date: ['b.issue_date', 'b.id'],
  number: ['b.number', 'b.id'],
  supplier: ['p.name_folded', 'b.id'],
  total: ['b.gross_total', 'b.id'],
} as const;

/**
 * The filters on the bill table alone (aliased b): the count then reads the bill indexes without joining the
 * suppliers, whose names only the search needs.
 */
function conditions(f: Query): RawBuilder<boolean>[] {
  const where: RawBuilder<boolean>[] = [];
  if (f.status) where.push(sql<boolean>`b.status = ${f.status}`);
  if (f.partyId) where.push(sql<boolean>`b.party_id = ${f.partyId}`);
  if (f.from) where.push(sql<boolean>`b.issue_date >= ${f.from}`);
  if (f.to) where.push(sql<boolean>`b.issue_date <= ${f.to}`);
  // Through the full-text index: words of the invoice number, or of the supplier's name, code and identifiers.
  const bills = f.search ? matchingIds(f.search, BILL_SEARCH_KIND) : null;
  const parties = f.search ? matchingIds(f.search, 'party') : null;
  if (bills && parties) where.push(sql<boolean>`(b.id in (${bills}) or b.party_id in (${parties}))`);
  else if (f.search) where.push(sql<boolean>`0`);
  return where;
}

/** The ids of one page. Sorted on a bill column, the page is found in the bill indexes alone, however deep. */
async function pageIds(db: Kysely<DB>, input: Query, where: RawBuilder<boolean>[]): Promise<number[]> {
  const sort = input.sort ?? 'date';
  let q = db.selectFrom('bill as b').select('b.id');
  if (sort === 'supplier') q = q.innerJoin('party as p', 'p.id', 'b.party_id');
  for (const w of where) q = q.where(w);
  for (const col of SORT_COLUMNS[sort]) q = q.orderBy(sql.ref(col), input.dir);
  const rows = await q
    .limit(input.pageSize)
    .offset(input.page * input.pageSize)
    .execute();
  return rows.map((r) => r.id);
}

export async function listBills(db: Kysely<DB>, input: Query) {
  const where = conditions(input);
  let countQ = db.selectFrom('bill as b').select((eb) => eb.fn.countAll<number>().as('n'));
  for (const w of where) countQ = countQ.where(w);
  const [ids, count] = await Promise.all([pageIds(db, input, where), memoRead(db, countQ)]);
  const found = ids.length ? await billHeaders(db).where('b.id', 'in', ids).execute() : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  return {
    rows: ids.flatMap((id) => (byId.has(id) ? [toBillRow(byId.get(id)!)] : [])),
    total: Number(count.n),
    page: input.page,
    pageSize: input.pageSize,
  };
}
