import { sql } from 'kysely';
import { AppError } from '../../../../../shared/errors';
import { addDays, insertFiscalYear, yearEnd } from '../fiscal-years';
import { findEntryBySource } from './entry-store';
import { postEntry, type LedgerDeps, type LineDraft } from './ledger';

// Closing a year: the year's result goes to 120 (profit) or 129 (loss) in the next year's opening entry (AN),
// which carries every balance-sheet account forward (per third party on collective accounts) and leaves the
// income accounts at zero. The year is then closed for good and its periods locked.

export interface CloseOutcome {
  nextYearId: number;
  result: number;
  openingEntryId: number | null;
}

export async function closeYear(deps: LedgerDeps, yearId: number): Promise<CloseOutcome> {
  const { db } = deps;
  const year = await db.selectFrom('fiscal_year').selectAll().where('id', '=', yearId).executeTakeFirst();
  if (!year) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'fiscalYear', id: yearId });
  if (year.status === 'closed') throw new AppError('CONFLICT', 'errors.yearClosed', { id: yearId });
  const earlierOpen = await db
    .selectFrom('fiscal_year')
    .select('id')
    .where('start_date', '<', year.start_date)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (earlierOpen) throw new AppError('CONFLICT', 'errors.earlierYearOpen', { id: earlierOpen.id });
  const drafts = await db
    .selectFrom('entry')
    .select(sql<number>`count(*)`.as('n'))
    .where('fiscal_year_id', '=', yearId)
    .where('status', '=', 'draft')
    .executeTakeFirstOrThrow();
  if (Number(drafts.n) > 0) throw new AppError('CONFLICT', 'errors.yearHasDrafts', { count: Number(drafts.n) });

  const nextStart = addDays(year.end_date, 1);
  const next =
    (await db.selectFrom('fiscal_year').select('id').where('start_date', '=', nextStart).executeTakeFirst())?.id ??
    (await insertFiscalYear(db, nextStart, yearEnd(nextStart, 12)));

  // Balances per account and third party, from the posted lines of the year.
  const balances = await db
    .selectFrom('entry_line as l')
    .innerJoin('entry as e', 'e.id', 'l.entry_id')
    .innerJoin('account as a', 'a.id', 'l.account_id')
    .select(['a.number', 'a.type', 'l.aux_account_id', sql<number>`sum(l.debit) - sum(l.credit)`.as('balance')])
    .where('e.fiscal_year_id', '=', yearId)
    .where('l.posted', '=', 1)
    .groupBy(['a.number', 'a.type', 'l.aux_account_id'])
    .orderBy('a.number')
    .orderBy('l.aux_account_id')
    .execute();

  let result = 0;
  const lines: LineDraft[] = [];
  for (const b of balances) {
    const balance = Number(b.balance);
    if (b.type === 'income') {
      result -= balance;
      continue;
    }
    if (balance === 0) continue;
    lines.push({
      accountNumber: b.number,
      auxAccountId: b.aux_account_id,
      label: 'À nouveau',
      debit: balance > 0 ? balance : 0,
      credit: balance < 0 ? -balance : 0,
      dueDate: null,
    });
  }
  if (result !== 0) {
    lines.push({
      accountNumber: result > 0 ? '120' : '129',
      auxAccountId: null,
      label: result > 0 ? "Résultat de l'exercice (bénéfice)" : "Résultat de l'exercice (perte)",
      debit: result < 0 ? -result : 0,
      credit: result > 0 ? result : 0,
      dueDate: null,
    });
  }

  let openingEntryId: number | null = (await findEntryBySource(db, 'accounting.yearClose', yearId)) ?? null;
  if (openingEntryId === null && lines.length > 0) {
    openingEntryId = await postEntry(
      deps,
      {
        journalCode: 'AN',
        date: nextStart,
        label: `À nouveaux de l'exercice ${year.start_date} – ${year.end_date}`,
        reference: null,
        lines,
      },
      { source: { type: 'accounting.yearClose', id: yearId } },
    );
  }
  await db.updateTable('fiscal_year').set({ status: 'closed', closed_at: deps.at }).where('id', '=', yearId).execute();
  await db.updateTable('period').set({ locked: 1 }).where('fiscal_year_id', '=', yearId).execute();
  return { nextYearId: next, result, openingEntryId };
}
