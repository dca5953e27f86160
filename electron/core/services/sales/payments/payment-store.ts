import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { z } from 'zod';
import type { Payment, PaymentListQuery, PaymentMethod } from '../../../../../shared/contract/sales-payments';
import { AppError } from '../../../../../shared/errors';
import type { DB } from '../../../db/schema';
import { seekPageIds } from '../../../db/page-seek';
import { memoRead } from '../../../db/read-memo';

export const PAYMENT_SOURCE = 'sales.payment';

function headers(db: Kysely<DB>) {
  return db
    .selectFrom('sales_payment as sp')
    .innerJoin('party as p', 'p.id', 'sp.party_id')
    .innerJoin('entry as e', 'e.id', 'sp.entry_id')
    .selectAll('sp')
    .select(['p.name as party_name', 'e.number as entry_number']);
}

type Header = Awaited<ReturnType<ReturnType<typeof headers>['executeTakeFirstOrThrow']>>;

async function allocationsOf(db: Kysely<DB>, ids: readonly number[]) {
  if (ids.length === 0) return new Map<number, Payment['allocations']>();
  const rows = await db
    .selectFrom('sales_allocation as a')
    .innerJoin('sales_document as d', 'd.id', 'a.document_id')
    .select(['a.payment_id', 'a.document_id', 'd.number', 'a.amount'])
    .where('a.payment_id', 'in', ids)
    .orderBy('a.id')
    .execute();
  const map = new Map<number, Payment['allocations']>();
  for (const r of rows) {
    const list = map.get(r.payment_id!) ?? [];
    list.push({ documentId: r.document_id, number: r.number, amount: r.amount });
    map.set(r.payment_id!, list);
  }
  return map;
}

function toPayment(r: Header, allocations: Payment['allocations']): Payment {
  return {
    id: r.id,
    partyId: r.party_id,
    partyName: r.party_name,
    date: r.date,
    method: r.method as PaymentMethod,
    amount: r.amount,
    reference: r.reference,
    accountNumber: r.account_number,
    unallocated: r.unallocated,
    entryId: r.entry_id,
    entryNumber: r.entry_number,
    allocations,
    createdAt: r.created_at,
  };
}

export async function loadPayment(db: Kysely<DB>, id: number): Promise<Payment> {
  const row = await headers(db).where('sp.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'payment', id });
  return toPayment(row, (await allocationsOf(db, [id])).get(id) ?? []);
}

type Query = z.output<typeof PaymentListQuery>;

const SORT_COLUMNS = { date: ['sp.date', 'sp.id'], amount: ['sp.amount', 'sp.id'] } as const;

function conditions(f: Query): RawBuilder<boolean>[] {
  const where: RawBuilder<boolean>[] = [];
  if (f.partyId) where.push(sql<boolean>`sp.party_id = ${f.partyId}`);
  if (f.from) where.push(sql<boolean>`sp.date >= ${f.from}`);
  if (f.to) where.push(sql<boolean>`sp.date <= ${f.to}`);
  return where;
}

/** Newest first by default: the clerk looks for what just came in. */
export async function listPayments(db: Kysely<DB>, input: Query) {
  const where = conditions(input);
  const sort = input.sort ?? 'date';
  const dir = input.sort ? input.dir : 'desc';
  let filtered = db.selectFrom('sales_payment as sp');
  let countQ = db.selectFrom('sales_payment as sp').select((eb) => eb.fn.countAll<number>().as('n'));
  for (const w of where) {
    filtered = filtered.where(w);
    countQ = countQ.where(w);
  }
  const [ids, count] = await Promise.all([
    seekPageIds(db, filtered, { keys: SORT_COLUMNS[sort], dir, id: 'sp.id' }, input.page, input.pageSize),
    memoRead(db, countQ),
  ]);
  const found = ids.length ? await headers(db).where('sp.id', 'in', ids).execute() : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const allocations = await allocationsOf(db, ids);
  return {
    rows: ids.flatMap((id) => (byId.has(id) ? [toPayment(byId.get(id)!, allocations.get(id) ?? [])] : [])),
    total: Number(count.n),
    page: input.page,
    pageSize: input.pageSize,
  };
}
