import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { BankLine, accountingBank } from '../../../../../shared/contract/accounting-bank';
import { foldText } from '../../../../../shared/domain/text';
import { AppError } from '../../../../../shared/errors';
import type { BankLineTable, DB } from '../../../db/schema';
import { seekPageIds } from '../../../db/page-seek';
import { memoRead } from '../../../db/read-memo';
import { escapeLike, likePattern } from '../../../db/like';

type ListInput = z.output<(typeof accountingBank)['accounting.bankline.list']['input']>;

export function toBankLine(r: Selectable<BankLineTable>): BankLine {
  return {
    id: r.id,
    bankAccountId: r.bank_account_id,
    statementId: r.statement_id,
    date: r.date,
    valueDate: r.value_date,
    label: r.label,
    reference: r.reference,
    amount: r.amount,
    status: r.status as BankLine['status'],
    entryId: r.entry_id,
  };
}

export async function loadBankLine(db: Kysely<DB>, id: number): Promise<BankLine> {
  const row = await db.selectFrom('bank_line').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'bankLine', id });
  return toBankLine(row);
}

function filtered(db: Kysely<DB>, f: ListInput) {
  let q = db.selectFrom('bank_line').where('bank_account_id', '=', f.bankAccountId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.from) q = q.where('date', '>=', f.from);
  if (f.to) q = q.where('date', '<=', f.to);
  const search = f.search ? foldText(f.search) : '';
  if (search) q = q.where(likePattern('label', `%${escapeLike(search)}%`));
  return q;
}

export async function listBankLines(db: Kysely<DB>, input: ListInput) {
  const sort = input.sort ?? 'date';
  const [ids, count] = await Promise.all([
    seekPageIds(db, filtered(db, input), { keys: [sort, 'id'], dir: input.dir, id: 'id' }, input.page, input.pageSize),
    memoRead(
      db,
      filtered(db, input).select((eb) => eb.fn.countAll<number>().as('n')),
    ),
  ]);
  const found = ids.length ? await db.selectFrom('bank_line').selectAll().where('id', 'in', ids).execute() : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.map((id) => byId.get(id)!);
  return { rows: rows.map(toBankLine), total: Number(count.n), page: input.page, pageSize: input.pageSize };
}

/** Open ↔ ignored: a line that needs no entry (a transfer already booked elsewhere) leaves the open list. */
export async function setIgnored(db: Kysely<DB>, id: number, ignored: boolean): Promise<void> {
  const line = await loadBankLine(db, id);
  const from = ignored ? 'open' : 'ignored';
  if (line.status !== from) {
    throw new AppError('CONFLICT', ignored ? 'errors.bankLineNotOpen' : 'errors.bankLineNotIgnored', { id });
  }
  await db
    .updateTable('bank_line')
    .set({ status: ignored ? 'ignored' : 'open' })
    .where('id', '=', id)
    .execute();
}

export async function assertOpen(db: Kysely<DB>, id: number): Promise<BankLine> {
  const line = await loadBankLine(db, id);
  if (line.status !== 'open') throw new AppError('CONFLICT', 'errors.bankLineNotOpen', { id });
  return line;
}
