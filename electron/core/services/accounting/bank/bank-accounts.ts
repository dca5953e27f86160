import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import { CsvMapping, type BankAccount, type accountingBank } from '../../../../../shared/contract/accounting-bank';
import { AppError } from '../../../../../shared/errors';
import type { BankAccountTable, DB } from '../../../db/schema';
import { insertAccount } from '../accounts';

type Routes = typeof accountingBank;
type CreateInput = z.output<Routes['accounting.bankaccount.create']['input']>;
type UpdateInput = z.output<Routes['accounting.bankaccount.update']['input']>;

// Each bank account moves its own 512 sub-account through its own journal: the first one takes the BQ journal the
// company starts with, the next ones get B1, B2...

function toBankAccount(r: Selectable<BankAccountTable> & { journal_code: string }): BankAccount {
  const mapping = r.csv_mapping === null ? null : CsvMapping.safeParse(JSON.parse(r.csv_mapping));
  return {
    id: r.id,
    name: r.name,
    iban: r.iban,
    bic: r.bic,
    accountNumber: r.account_number,
    journalCode: r.journal_code,
    csvMapping: mapping?.success ? mapping.data : null,
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function selectAccounts(db: Kysely<DB>) {
  return db
    .selectFrom('bank_account as b')
    .innerJoin('journal as j', 'j.id', 'b.journal_id')
    .selectAll('b')
    .select('j.code as journal_code');
}

export async function listBankAccounts(db: Kysely<DB>): Promise<BankAccount[]> {
  return (await selectAccounts(db).orderBy('b.name').orderBy('b.id').execute()).map(toBankAccount);
}

export async function loadBankAccount(db: Kysely<DB>, id: number): Promise<BankAccount> {
  const row = await selectAccounts(db).where('b.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'bankAccount', id });
  return toBankAccount(row);
}

function refuse(code: 'CONFLICT' | 'VALIDATION', path: string, messageKey: string): AppError {
  return new AppError(code, messageKey, { issues: [{ path, messageKey }] });
}

async function ledgerAccountFor(db: Kysely<DB>, input: CreateInput, now: string): Promise<string> {
  const used = new Set(
    (await db.selectFrom('bank_account').select('account_number').execute()).map((r) => r.account_number),
  );
  let number = input.accountNumber;
  if (number === undefined) {
    for (let i = 1; number === undefined; i++) if (!used.has(`512${i}`)) number = `512${i}`;
  }
  if (!number.startsWith('512') || number.length < 4)
    throw refuse('VALIDATION', 'accountNumber', 'errors.bankAccountNumber');
  if (used.has(number)) throw refuse('CONFLICT', 'accountNumber', 'errors.bankAccountTaken');
  const existing = await db.selectFrom('account').select('id').where('number', '=', number).executeTakeFirst();
  if (!existing) await insertAccount(db, { number, label: `Banque ${input.name}`.slice(0, 200) }, now);
  return number;
}

async function journalFor(db: Kysely<DB>, accountNumber: string, name: string, now: string): Promise<number> {
  const bq = await db.selectFrom('journal').select('id').where('code', '=', 'BQ').executeTakeFirst();
  const bqTaken =
    bq && (await db.selectFrom('bank_account').select('id').where('journal_id', '=', bq.id).executeTakeFirst());
  if (bq && !bqTaken) {
    await db
      .updateTable('journal')
      .set({ account_number: accountNumber, updated_at: now })
      .where('id', '=', bq.id)
      .execute();
    return bq.id;
  }
  const codes = new Set((await db.selectFrom('journal').select('code').execute()).map((r) => r.code));
  let code = '';
  for (let i = 1; code === ''; i++) if (!codes.has(`B${i}`)) code = `B${i}`;
  const { id } = await db
    .insertInto('journal')
    .values({
      code,
      label: `Banque ${name}`.slice(0, 100),
      kind: 'bank',
      account_number: accountNumber,
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertBankAccount(db: Kysely<DB>, input: CreateInput, now: string): Promise<number> {
  const taken = await db.selectFrom('bank_account').select('id').where('iban', '=', input.iban).executeTakeFirst();
  if (taken) throw refuse('CONFLICT', 'iban', 'errors.bankIbanExists');
  const accountNumber = await ledgerAccountFor(db, input, now);
  const journalId = await journalFor(db, accountNumber, input.name, now);
  const { id } = await db
    .insertInto('bank_account')
    .values({
      name: input.name,
      iban: input.iban,
      bic: input.bic,
      account_number: accountNumber,
      journal_id: journalId,
      csv_mapping: null,
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateBankAccount(db: Kysely<DB>, input: UpdateInput, now: string): Promise<void> {
  const set: Partial<Selectable<BankAccountTable>> = {};
  if (input.name !== undefined) set.name = input.name;
  if (input.bic !== undefined) set.bic = input.bic;
  if (input.active !== undefined) set.active = input.active ? 1 : 0;
  if (input.csvMapping !== undefined) set.csv_mapping = input.csvMapping ? JSON.stringify(input.csvMapping) : null;
  if (Object.keys(set).length === 0) return;
  await db
    .updateTable('bank_account')
    .set({ ...set, updated_at: now })
    .where('id', '=', input.id)
    .execute();
}

/** The bank account's journal code and ledger account id, what every bank entry needs. */
export async function bankLedger(db: Kysely<DB>, bankAccountId: number) {
  const row = await db
    .selectFrom('bank_account as b')
    .innerJoin('journal as j', 'j.id', 'b.journal_id')
    .innerJoin('account as a', 'a.number', 'b.account_number')
    .select(['j.code as journalCode', 'b.account_number as accountNumber', 'a.id as accountId'])
    .where('b.id', '=', bankAccountId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'bankAccount', id: bankAccountId });
  return row;
}
