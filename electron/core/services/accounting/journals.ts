import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { Journal, accounting } from '../../../../shared/contract/accounting';
import { AppError } from '../../../../shared/errors';
import type { DB, JournalTable } from '../../db/schema';

type Routes = typeof accounting;
type ListInput = z.output<Routes['accounting.journal.list']['input']>;
type CreateInput = z.output<Routes['accounting.journal.create']['input']>;
type UpdateInput = z.output<Routes['accounting.journal.update']['input']>;

/** The journals every company starts with. */
export const DEFAULT_JOURNALS: readonly {
  code: string;
  label: string;
  kind: Journal['kind'];
  account: string | null;
}[] = [
  { code: 'VT', label: 'Ventes', kind: 'sales', account: null },
  { code: 'AC', label: 'Achats', kind: 'purchases', account: null },
  { code: 'BQ', label: 'Banque', kind: 'bank', account: '512' },
  { code: 'CA', label: 'Caisse', kind: 'cash', account: '531' },
  { code: 'OD', label: 'Opérations diverses', kind: 'misc', account: null },
  { code: 'AN', label: 'À-nouveaux', kind: 'opening', account: null },
  { code: 'SAL', label: 'Salaires', kind: 'payroll', account: null },
];

// A bank journal moves a class 51 account, a cash journal a class 53 one.
const TREASURY_PREFIX = { bank: '51', cash: '53' } as const;

export function toJournal(r: Selectable<JournalTable>): Journal {
  return {
    id: r.id,
    code: r.code,
    label: r.label,
    kind: r.kind as Journal['kind'],
    accountNumber: r.account_number,
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function seedJournals(db: Kysely<DB>, now: string): Promise<void> {
  await db
    .insertInto('journal')
    .values(
      DEFAULT_JOURNALS.map((j) => ({
        code: j.code,
        label: j.label,
        kind: j.kind,
        account_number: j.account,
        active: 1,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

export async function listJournals(db: Kysely<DB>, input: ListInput): Promise<Journal[]> {
  let q = db.selectFrom('journal').selectAll();
  if (input.status !== 'all') q = q.where('active', '=', input.status === 'active' ? 1 : 0);
  return (await q.orderBy('code').execute()).map(toJournal);
}

export async function loadJournal(db: Kysely<DB>, id: number): Promise<Journal> {
  const row = await db.selectFrom('journal').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'journal', id });
  return toJournal(row);
}

function invalid(path: string, messageKey: string): AppError {
  return new AppError('VALIDATION', 'errors.validation', { issues: [{ path, messageKey }] });
}

export async function insertJournal(db: Kysely<DB>, input: CreateInput, now: string): Promise<number> {
  const taken = await db.selectFrom('journal').select('id').where('code', '=', input.code).executeTakeFirst();
  if (taken) {
    throw new AppError('CONFLICT', 'errors.journalExists', {
      issues: [{ path: 'code', messageKey: 'errors.journalExists' }],
    });
  }
  if (input.kind === 'misc') {
    if (input.accountNumber !== null) throw invalid('accountNumber', 'validation.journalNoAccount');
  } else {
    const number = input.accountNumber;
    if (number === null) throw invalid('accountNumber', 'validation.required');
    if (!number.startsWith(TREASURY_PREFIX[input.kind])) throw invalid('accountNumber', 'validation.journalAccount');
    const account = await db.selectFrom('account').select('id').where('number', '=', number).executeTakeFirst();
    if (!account) throw invalid('accountNumber', 'errors.notFound');
  }
  const { id } = await db
    .insertInto('journal')
    .values({
      code: input.code,
      label: input.label,
      kind: input.kind,
      account_number: input.accountNumber,
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateJournal(db: Kysely<DB>, input: UpdateInput, now: string): Promise<void> {
  const set: { label?: string; active?: number } = {};
  if (input.label !== undefined) set.label = input.label;
  if (input.active !== undefined) set.active = input.active ? 1 : 0;
  if (Object.keys(set).length === 0) return;
  await db
    .updateTable('journal')
    .set({ ...set, updated_at: now })
    .where('id', '=', input.id)
    .execute();
}
