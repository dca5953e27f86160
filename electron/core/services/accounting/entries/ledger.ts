import { sql, type Kysely } from 'kysely';
import { AppError } from '../../../../../shared/errors';
import type { ValidationIssue } from '../../../../../shared/errors';
import type { DB } from '../../../db/schema';
import { centsToDecimal } from '../../../../../shared/domain/money';
import type Database from 'better-sqlite3';
import { entrySealFields, GENESIS_HASH, linkHash } from '../../../db/chain';

// The one road into the ledger. Manual entries, the posting module and the year close all write through here,
// so the rules hold for every entry: an existing open period, known accounts, balanced at validation, a number
// continuous per journal and year given at validation, period balances moved in the same transaction, and a
// seal chained by hash.

export interface LedgerDeps {
  db: Kysely<DB>;
  sqlite: Database.Database;
  /** ISO instant of the change. */
  at: string;
  userId: number | null;
}

export interface LineDraft {
  accountNumber: string;
  auxAccountId: number | null;
  label: string | null;
  debit: number;
  credit: number;
  dueDate: string | null;
}

export interface EntryDraft {
  journalCode: string;
  date: string;
  label: string;
  reference: string | null;
  lines: readonly LineDraft[];
}

export interface EntryOrigin {
  source?: { type: string; id: number } | null;
  reversalOf?: number | null;
}

function invalid(messageKey: string, issues: ValidationIssue[], extra: Record<string, unknown> = {}): AppError {
  return new AppError('VALIDATION', messageKey, { issues, ...extra });
}

export interface OpenPeriod {
  periodId: number;
  fiscalYearId: number;
  yearEnd: string;
}

/** The period an entry dated `date` falls in; refused when there is none, or it is locked, or its year closed. */
export async function openPeriodFor(db: Kysely<DB>, date: string, path = 'date'): Promise<OpenPeriod> {
  const row = await db
    .selectFrom('period as p')
    .innerJoin('fiscal_year as y', 'y.id', 'p.fiscal_year_id')
    .select(['p.id', 'p.locked', 'p.fiscal_year_id', 'y.status', 'y.end_date'])
    .where('p.start_date', '<=', date)
    .where('p.end_date', '>=', date)
    .executeTakeFirst();
  if (!row) throw invalid('errors.noFiscalYear', [{ path, messageKey: 'errors.noFiscalYear' }], { date });
  if (row.status === 'closed') {
    throw new AppError('LOCKED_PERIOD', 'errors.yearClosed', {
      date,
      issues: [{ path, messageKey: 'errors.yearClosed' }],
    });
  }
  if (row.locked === 1) {
    throw new AppError('LOCKED_PERIOD', 'errors.periodLocked', {
      date,
      issues: [{ path, messageKey: 'errors.periodLocked' }],
    });
  }
  return { periodId: row.id, fiscalYearId: row.fiscal_year_id, yearEnd: row.end_date };
}

async function journalFor(db: Kysely<DB>, code: string) {
  const journal = await db
    .selectFrom('journal')
    .select(['id', 'code', 'active'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!journal || journal.active !== 1) {
    throw invalid('errors.journalUnknown', [{ path: 'journalCode', messageKey: 'errors.journalUnknown' }], { code });
  }
  return journal;
}

/** Account ids for the lines' numbers; each must exist and be active. */
async function accountIds(db: Kysely<DB>, lines: readonly LineDraft[]): Promise<number[]> {
  const numbers = [...new Set(lines.map((l) => l.accountNumber))];
  const rows = await db
    .selectFrom('account')
    .select(['id', 'number', 'active'])
    .where('number', 'in', numbers)
    .execute();
  const byNumber = new Map(rows.map((r) => [r.number, r]));
  const issues: ValidationIssue[] = [];
  const ids = lines.map((l, i) => {
    const account = byNumber.get(l.accountNumber);
    if (!account) issues.push({ path: `lines.${i}.accountNumber`, messageKey: 'errors.accountUnknown' });
    else if (account.active !== 1)
      issues.push({ path: `lines.${i}.accountNumber`, messageKey: 'errors.accountInactive' });
    return account?.id ?? 0;
  });
  const auxIds = [...new Set(lines.map((l) => l.auxAccountId).filter((v): v is number => v !== null))];
  if (auxIds.length) {
    const found = new Set(
      (await db.selectFrom('aux_account').select('id').where('id', 'in', auxIds).execute()).map((r) => r.id),
    );
    lines.forEach((l, i) => {
      if (l.auxAccountId !== null && !found.has(l.auxAccountId)) {
        issues.push({ path: `lines.${i}.auxAccountId`, messageKey: 'errors.auxUnknown' });
      }
    });
  }
  lines.forEach((l, i) => {
    if ((l.debit === 0) === (l.credit === 0))
      issues.push({ path: `lines.${i}.debit`, messageKey: 'validation.lineAmount' });
  });
  if (issues.length) throw invalid('errors.validation', issues);
  return ids;
}

function totals(lines: readonly LineDraft[]) {
  let debit = 0;
  let credit = 0;
  for (const l of lines) {
    debit += l.debit;
    credit += l.credit;
  }
  return { debit, credit };
}

async function insertLines(db: Kysely<DB>, entryId: number, draft: EntryDraft, ids: number[], posted: boolean) {
  const rows = draft.lines.map((l, i) => ({
    entry_id: entryId,
    line_no: i + 1,
    account_id: ids[i]!,
    aux_account_id: l.auxAccountId,
    label: l.label,
    debit: l.debit,
    credit: l.credit,
    due_date: l.dueDate,
    date: draft.date,
    posted: posted ? 1 : 0,
    letter: null,
    lettered_at: null,
  }));
  // 12 columns a row keeps each statement far below SQLite's limit on bound parameters.
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('entry_line')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

/** Writes a draft: any shape of lines with amounts, in an open period. */
export async function insertDraft(deps: LedgerDeps, draft: EntryDraft, origin: EntryOrigin = {}): Promise<number> {
  const journal = await journalFor(deps.db, draft.journalCode);
  const period = await openPeriodFor(deps.db, draft.date);
  const ids = await accountIds(deps.db, draft.lines);
  const t = totals(draft.lines);
  const { id } = await deps.db
    .insertInto('entry')
    .values({
      journal_id: journal.id,
      fiscal_year_id: period.fiscalYearId,
      period_id: period.periodId,
      date: draft.date,
      label: draft.label,
      reference: draft.reference,
      status: 'draft',
      seq: null,
      number: null,
      validated_at: null,
      validated_by: null,
      source_type: origin.source?.type ?? null,
      source_id: origin.source?.id ?? null,
      reversal_of: origin.reversalOf ?? null,
      total_debit: t.debit,
      total_credit: t.credit,
      created_by: deps.userId,
      created_at: deps.at,
      updated_at: deps.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertLines(deps.db, id, draft, ids, false);
  return id;
}

async function draftRow(db: Kysely<DB>, id: number) {
  const row = await db.selectFrom('entry').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'entry', id });
  if (row.status !== 'draft') throw new AppError('CONFLICT', 'errors.entryValidated', { id, number: row.number });
  return row;
}

/** Replaces a draft's header and lines. */
export async function updateDraft(deps: LedgerDeps, id: number, draft: EntryDraft): Promise<void> {
  await draftRow(deps.db, id);
  const journal = await journalFor(deps.db, draft.journalCode);
  const period = await openPeriodFor(deps.db, draft.date);
  const ids = await accountIds(deps.db, draft.lines);
  const t = totals(draft.lines);
  await deps.db.deleteFrom('entry_line').where('entry_id', '=', id).execute();
  await deps.db
    .updateTable('entry')
    .set({
      journal_id: journal.id,
      fiscal_year_id: period.fiscalYearId,
      period_id: period.periodId,
      date: draft.date,
      label: draft.label,
      reference: draft.reference,
      total_debit: t.debit,
      total_credit: t.credit,
      updated_at: deps.at,
    })
    .where('id', '=', id)
    .execute();
  await insertLines(deps.db, id, draft, ids, false);
}

export async function deleteDraft(deps: LedgerDeps, id: number): Promise<void> {
  await draftRow(deps.db, id);
  await deps.db.deleteFrom('entry_line').where('entry_id', '=', id).execute();
  await deps.db.deleteFrom('entry').where('id', '=', id).execute();
}

/** The number an entry shows: journal code, the fiscal year's closing year, and the sequence. */
export function entryNumber(journalCode: string, yearEnd: string, seq: number): string {
  return `${journalCode}${yearEnd.slice(0, 4)}-${String(seq).padStart(6, '0')}`;
}

/**
 * Validates a draft: balanced, in an open period, numbered next in its journal and year, its lines posted,
 * the period balances moved and the seal appended. Everything happens in the caller's transaction.
 */
export async function validateDraft(deps: LedgerDeps, id: number): Promise<void> {
  const row = await draftRow(deps.db, id);
  const period = await openPeriodFor(deps.db, row.date);
  const lines = await deps.db
    .selectFrom('entry_line')
    .select(['account_id', 'debit', 'credit'])
    .where('entry_id', '=', id)
    .execute();
  const debit = lines.reduce((s, l) => s + l.debit, 0);
  const credit = lines.reduce((s, l) => s + l.credit, 0);
  if (lines.length < 2 || debit !== credit || debit === 0) {
    throw invalid('errors.entryUnbalanced', [{ path: 'lines', messageKey: 'errors.entryUnbalanced' }], {
      debit: centsToDecimal(debit),
      credit: centsToDecimal(credit),
    });
  }
  const journal = await deps.db
    .selectFrom('journal')
    .select(['code', 'active'])
    .where('id', '=', row.journal_id)
    .executeTakeFirstOrThrow();
  const last = await deps.db
    .selectFrom('entry')
    .select(sql<number | null>`max(seq)`.as('seq'))
    .where('journal_id', '=', row.journal_id)
    .where('fiscal_year_id', '=', period.fiscalYearId)
    .executeTakeFirstOrThrow();
  const seq = (last.seq ?? 0) + 1;
  await deps.db
    .updateTable('entry')
    .set({
      status: 'validated',
      seq,
      number: entryNumber(journal.code, period.yearEnd, seq),
      validated_at: deps.at,
      validated_by: deps.userId,
      fiscal_year_id: period.fiscalYearId,
      period_id: period.periodId,
      total_debit: debit,
      total_credit: credit,
      updated_at: deps.at,
    })
    .where('id', '=', id)
    .execute();
  await deps.db.updateTable('entry_line').set({ posted: 1 }).where('entry_id', '=', id).execute();
  await addToBalances(deps.db, period.periodId, lines);
  await seal(deps, id);
}

async function addToBalances(
  db: Kysely<DB>,
  periodId: number,
  lines: readonly { account_id: number; debit: number; credit: number }[],
) {
  const sums = new Map<number, { debit: number; credit: number }>();
  for (const l of lines) {
    const s = sums.get(l.account_id) ?? { debit: 0, credit: 0 };
    s.debit += l.debit;
    s.credit += l.credit;
    sums.set(l.account_id, s);
  }
  const rows = [...sums].map(([account_id, s]) => ({ period_id: periodId, account_id, ...s }));
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('period_balance')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) =>
        oc.columns(['period_id', 'account_id']).doUpdateSet({
          debit: sql`period_balance.debit + excluded.debit`,
          credit: sql`period_balance.credit + excluded.credit`,
        }),
      )
      .execute();
  }
}

async function seal(deps: LedgerDeps, entryId: number) {
  const head = await deps.db
    .selectFrom('entry_seal')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const row = { id: (head?.id ?? 0) + 1, entry_id: entryId, at: deps.at };
  const prev = head?.hash ?? GENESIS_HASH;
  const hash = linkHash(prev, entrySealFields(row, deps.sqlite));
  await deps.db
    .insertInto('entry_seal')
    .values({ ...row, prev_hash: prev, hash })
    .execute();
}

/** Writes and validates in one step. */
export async function postEntry(deps: LedgerDeps, draft: EntryDraft, origin: EntryOrigin = {}): Promise<number> {
  const id = await insertDraft(deps, draft, origin);
  await validateDraft(deps, id);
  return id;
}

/**
 * Cancels a validated entry by its mirror image, validated at once: the original stays as it was. Dated like
 * the original unless that period is locked, in which case the caller names an open date.
 */
export async function reverseEntry(deps: LedgerDeps, id: number, date?: string): Promise<number> {
  const original = await deps.db.selectFrom('entry').selectAll().where('id', '=', id).executeTakeFirst();
  if (!original) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'entry', id });
  if (original.status !== 'validated') throw new AppError('CONFLICT', 'errors.entryNotValidated', { id });
  if (original.reversal_of !== null) throw new AppError('CONFLICT', 'errors.entryIsReversal', { id });
  const already = await deps.db.selectFrom('entry').select('number').where('reversal_of', '=', id).executeTakeFirst();
  if (already) throw new AppError('CONFLICT', 'errors.entryReversed', { id, number: already.number });
  const journal = await deps.db
    .selectFrom('journal')
    .select('code')
    .where('id', '=', original.journal_id)
    .executeTakeFirstOrThrow();
  const lines = await deps.db
    .selectFrom('entry_line as l')
    .innerJoin('account as a', 'a.id', 'l.account_id')
    .select(['a.number', 'l.aux_account_id', 'l.label', 'l.debit', 'l.credit', 'l.due_date'])
    .where('l.entry_id', '=', id)
    .orderBy('l.line_no')
    .execute();
  return postEntry(
    deps,
    {
      journalCode: journal.code,
      date: date ?? original.date,
      label: `Extourne ${original.number} — ${original.label}`.slice(0, 200),
      reference: original.number,
      lines: lines.map((l) => ({
        accountNumber: l.number,
        auxAccountId: l.aux_account_id,
        label: l.label,
        debit: l.credit,
        credit: l.debit,
        dueDate: l.due_date,
      })),
    },
    { reversalOf: id },
  );
}
