import { type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import type { Account, AccountListQuery, accounting } from '../../../../shared/contract/accounting';
import { foldText } from '../../../../shared/domain/text';
import { AppError } from '../../../../shared/errors';
import type { AccountTable, DB } from '../../db/schema';
import { describeAccount, isValidAccountNumber, parentOf } from './chart/account-rules';
import { PCG_ACCOUNTS, isPcgAccount } from './chart/pcg';
import { memoRead } from '../../db/read-memo';
import { escapeLike, likePattern } from '../../db/like';

type AccountRow = Selectable<AccountTable>;

export function toAccount(r: AccountRow): Account {
  return {
    id: r.id,
    number: r.number,
    label: r.label,
    accountClass: r.class,
    type: r.type as Account['type'],
    normalSide: r.normal_side as Account['normalSide'],
    parentNumber: r.parent_number,
    isPcg: r.is_pcg === 1,
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Class, type and side come from the number alone, so that a detail account always behaves like its parent. */
export function accountColumns(number: string, label: string, isPcg: boolean, now: string) {
  const d = describeAccount(number);
  return {
    number,
    label,
    label_folded: foldText(label),
    class: d.accountClass,
    type: d.type,
    normal_side: d.normalSide,
    parent_number: parentOf(number)?.number ?? null,
    is_pcg: isPcg ? 1 : 0,
    active: 1,
    created_at: now,
    updated_at: now,
  };
}

// Ten columns a row: 400 rows stay far below SQLite's limit on bound parameters.
const CHUNK = 400;

/** The whole official chart, written at the company's creation. */
export async function seedAccounts(db: Kysely<DB>, now: string): Promise<number> {
  const rows = PCG_ACCOUNTS.map((a) => accountColumns(a.number, a.label, true, now));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('account')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
  return rows.length;
}

function filteredAccounts(db: Kysely<DB>, f: z.output<typeof AccountListQuery>) {
  let q = db.selectFrom('account');
  if (f.status !== 'all') q = q.where('active', '=', f.status === 'active' ? 1 : 0);
  if (f.accountClass !== undefined) q = q.where('class', '=', f.accountClass);
  const search = f.search ? foldText(f.search) : '';
  if (/^\d+$/.test(search)) {
    q = q.where('number', '>=', search).where('number', '<', `${search}:`);
  } else if (search) {
    for (const word of search.split(/\s+/)) q = q.where(likePattern('label_folded', `%${escapeLike(word)}%`));
  }
  return q;
}

export async function listAccounts(db: Kysely<DB>, input: z.output<typeof AccountListQuery>) {
  const [rows, count] = await Promise.all([
    filteredAccounts(db, input)
      .selectAll()
      .orderBy('number', input.dir)
      .limit(input.pageSize)
      .offset(input.page * input.pageSize)
      .execute(),
    memoRead(
      db,
      filteredAccounts(db, input).select((eb) => eb.fn.countAll<number>().as('n')),
    ),
  ]);
  return { rows: rows.map(toAccount), total: Number(count.n), page: input.page, pageSize: input.pageSize };
}

export async function loadAccount(db: Kysely<DB>, id: number): Promise<Account> {
  const row = await db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'account', id });
  return toAccount(row);
}

type CreateInput = z.output<(typeof accounting)['accounting.account.create']['input']>;
type UpdateInput = z.output<(typeof accounting)['accounting.account.update']['input']>;

export async function insertAccount(db: Kysely<DB>, input: CreateInput, now: string): Promise<number> {
  const { number } = input;
  const existing = await db.selectFrom('account').select('id').where('number', '=', number).executeTakeFirst();
  if (existing || isPcgAccount(number)) {
    throw new AppError('CONFLICT', 'errors.accountExists', {
      issues: [{ path: 'number', messageKey: 'errors.accountExists' }],
    });
  }
  // The contract checked the digits; the number must also open under a PCG account (284 does not: 28 has no 4).
  if (!isValidAccountNumber(number) || parentOf(number) === undefined) {
    throw new AppError('VALIDATION', 'errors.accountNoParent', {
      issues: [{ path: 'number', messageKey: 'errors.accountNoParent' }],
    });
  }
  const { id } = await db
    .insertInto('account')
    .values(accountColumns(number, input.label, false, now))
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Label and status only: a number stays what it is, and an account is deactivated rather than deleted. */
export async function updateAccount(db: Kysely<DB>, input: UpdateInput, now: string): Promise<void> {
  const set: Partial<AccountRow> = {};
  if (input.label !== undefined) Object.assign(set, { label: input.label, label_folded: foldText(input.label) });
  if (input.active !== undefined) set.active = input.active ? 1 : 0;
  if (Object.keys(set).length === 0) return;
  await db
    .updateTable('account')
    .set({ ...set, updated_at: now })
    .where('id', '=', input.id)
    .execute();
}
