import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Dunning, salesPayments } from '../../../../../shared/contract/sales-payments';
import { AppError } from '../../../../../shared/errors';
import type { Ctx } from '../../../context';
import type { DB } from '../../../db/schema';
import { todayOf } from '../../../../../shared/domain/dates';
import { memoRead } from '../../../db/read-memo';

type Routes = typeof salesPayments;
type ListInput = z.output<Routes['sales.dunning.list']['input']>;
type CreateInput = z.output<Routes['sales.dunning.create']['input']>;

/** 1 a friendly reminder, 2 a firm one, 3 the formal notice: after that the matter leaves the sales desk. */
export const MAX_DUNNING_LEVEL = 3;

function headers(db: Kysely<DB>) {
  return db
    .selectFrom('sales_dunning as s')
    .innerJoin('sales_document as d', 'd.id', 's.document_id')
    .select(['s.id', 's.document_id', 'd.number', 'd.buyer_name', 's.level', 's.date', 's.open_amount', 's.note'])
    .select('s.created_at');
}

type Row = Awaited<ReturnType<ReturnType<typeof headers>['executeTakeFirstOrThrow']>>;

function toDunning(r: Row): Dunning {
  return {
    id: r.id,
    documentId: r.document_id,
    number: r.number ?? '',
    partyName: r.buyer_name,
    level: r.level,
    date: r.date,
    openAmount: r.open_amount,
    note: r.note,
    createdAt: r.created_at,
  };
}

export async function loadDunning(db: Kysely<DB>, id: number): Promise<Dunning> {
  const row = await headers(db).where('s.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'dunning', id });
  return toDunning(row);
}

/** Newest first unless asked otherwise: the history a clerk reads before calling a customer. */
export async function listDunnings(db: Kysely<DB>, input: ListInput) {
  const dir = input.sort ? input.dir : 'desc';
  let q = headers(db);
  let countQ = db.selectFrom('sales_dunning as s').select((eb) => eb.fn.countAll<number>().as('n'));
  if (input.documentId) {
    q = q.where('s.document_id', '=', input.documentId);
    countQ = countQ.where('s.document_id', '=', input.documentId);
  }
  const [rows, count] = await Promise.all([
    q
      .orderBy('s.date', dir)
      .orderBy('s.id', dir)
      .limit(input.pageSize)
      .offset(input.page * input.pageSize)
      .execute(),
    memoRead(db, countQ),
  ]);
  return { rows: rows.map(toDunning), total: Number(count.n), page: input.page, pageSize: input.pageSize };
}

function refuse(code: 'VALIDATION' | 'CONFLICT', messageKey: string): AppError {
  return new AppError(code, messageKey, { issues: [{ path: 'documentId', messageKey }] });
}

/** Records the next reminder for an open invoice past its due date. */
export async function createDunning(ctx: Ctx, input: CreateInput): Promise<Dunning> {
  const date = input.date ?? todayOf(ctx.now());
  const doc = await ctx.db
    .selectFrom('sales_document')
    .select(['id', 'kind', 'status', 'open_amount', 'due_date', 'date'])
    .where('id', '=', input.documentId)
    .executeTakeFirst();
  if (!doc) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'salesDocument', id: input.documentId });
  if (!['invoice', 'deposit'].includes(doc.kind) || doc.status !== 'validated' || doc.open_amount <= 0)
    throw refuse('VALIDATION', 'errors.salesDunningNotOpen');
  if ((doc.due_date ?? doc.date) >= date) throw refuse('VALIDATION', 'errors.salesDunningNotOverdue');
  const previous = await ctx.db
    .selectFrom('sales_dunning')
    .select((eb) => eb.fn.max('level').as('level'))
    .where('document_id', '=', doc.id)
    .executeTakeFirst();
  const level = Number(previous?.level ?? 0) + 1;
  if (level > MAX_DUNNING_LEVEL) throw refuse('CONFLICT', 'errors.salesDunningMax');
  const row = await ctx.db
    .insertInto('sales_dunning')
    .values({
      document_id: doc.id,
      level,
      date,
      open_amount: doc.open_amount,
      note: input.note ?? null,
      created_at: ctx.now().toISOString(),
      created_by: ctx.session.userId > 0 ? ctx.session.userId : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const dunning = await loadDunning(ctx.db, row.id);
  ctx.audit({ entityType: 'salesDunning', entityId: row.id, before: null, after: dunning });
  return dunning;
}
