import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { BillListQuery } from '../../../../../shared/contract/accounting-bills';
import { foldText } from '../../../../../shared/domain/text';
import type { DB } from '../../../db/schema';
import { billHeaders, toBillRow } from './bill-store';

type Query = z.output<typeof BillListQuery>;

const SORT_COLUMNS = {
  date: ['b.issue_date', 'b.id'],
  number: ['b.number', 'b.id'],
  supplier: ['p.name_folded', 'b.id'],
  total: ['b.gross_total', 'b.id'],
} as const;

function filtered<T extends ReturnType<typeof billHeaders>>(q: T, f: Query): T {
  let r = q;
  if (f.status) r = r.where('b.status', '=', f.status) as T;
  if (f.partyId) r = r.where('b.party_id', '=', f.partyId) as T;
  if (f.from) r = r.where('b.issue_date', '>=', f.from) as T;
  if (f.to) r = r.where('b.issue_date', '<=', f.to) as T;
  if (f.search) {
    const like = `%${foldText(f.search).replace(/[%_\\]/g, '\\$&')}%`;
    const raw = `%${f.search.replace(/[%_\\]/g, '\\$&')}%`;
    r = r.where((eb) => eb.or([eb('p.name_folded', 'like', like), eb('b.number', 'like', raw)])) as T;
  }
  return r;
}

export async function listBills(db: Kysely<DB>, input: Query) {
  let rowsQ = filtered(billHeaders(db), input);
  for (const col of SORT_COLUMNS[input.sort ?? 'date']) rowsQ = rowsQ.orderBy(col, input.dir);
  const [rows, count] = await Promise.all([
    rowsQ
      .limit(input.pageSize)
      .offset(input.page * input.pageSize)
      .execute(),
    filtered(billHeaders(db), input)
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toBillRow), total: Number(count.n), page: input.page, pageSize: input.pageSize };
}
