import type { Kysely } from 'kysely';
import type { FiscalYear } from '../../../../shared/contract/accounting';
import { AppError } from '../../../../shared/errors';
import type { DB } from '../../db/schema';

// Dates are YYYY-MM-DD strings; the arithmetic below works on UTC calendar days only.

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The day `n` months later, kept within the month: 31 January plus one month is 28 or 29 February. */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

function endOfMonth(date: string): string {
  const [y, m] = parts(date);
  return format(y, m, daysInMonth(y, m));
}

/** The last day of a year of `months` months starting on `start`. */
export function yearEnd(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/** The year that holds `today` when years start every `fiscalYearStart` (MM-DD); 29 February falls back to the 28th. */
export function yearContaining(today: string, fiscalYearStart: string): { start: string; end: string } {
  const month = Number(fiscalYearStart.slice(0, 2));
  const day = Number(fiscalYearStart.slice(3, 5));
  const startIn = (y: number) => format(y, month, Math.min(day, daysInMonth(y, month)));
  const year = Number(today.slice(0, 4));
  const start = startIn(year) <= today ? startIn(year) : startIn(year - 1);
  return { start, end: yearEnd(start, 12) };
}

/** One period per calendar month; the first and last may be partial when the year is. */
export function monthlyPeriods(start: string, end: string): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  for (let cursor = start; cursor <= end; cursor = addDays(endOfMonth(cursor), 1)) {
    const monthEnd = endOfMonth(cursor);
    out.push({ start: cursor, end: monthEnd < end ? monthEnd : end });
  }
  return out;
}

export async function listFiscalYears(db: Kysely<DB>, id?: number): Promise<FiscalYear[]> {
  let years = db.selectFrom('fiscal_year').selectAll();
  let periods = db.selectFrom('period').selectAll();
  if (id !== undefined) {
    years = years.where('id', '=', id);
    periods = periods.where('fiscal_year_id', '=', id);
  }
  const [yearRows, periodRows] = await Promise.all([
    years.orderBy('start_date').execute(),
    periods.orderBy('fiscal_year_id').orderBy('start_date').execute(),
  ]);
  return yearRows.map((y) => ({
    id: y.id,
    startDate: y.start_date,
    endDate: y.end_date,
    status: y.status as FiscalYear['status'],
    closedAt: y.closed_at,
    periods: periodRows
      .filter((p) => p.fiscal_year_id === y.id)
      .map((p) => ({ id: p.id, startDate: p.start_date, endDate: p.end_date, locked: p.locked === 1 })),
  }));
}

export async function loadFiscalYear(db: Kysely<DB>, id: number): Promise<FiscalYear> {
  const [year] = await listFiscalYears(db, id);
  if (!year) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'fiscalYear', id });
  return year;
}

/**
 * Opens a year and its monthly periods. French law allows a first or exceptional year other than twelve
 * months; Coulisse accepts 1 to 24. Years never overlap.
 */
export async function insertFiscalYear(db: Kysely<DB>, start: string, end?: string): Promise<number> {
  const last = end ?? yearEnd(start, 12);
  if (last < yearEnd(start, 1) || last > yearEnd(start, 24)) {
    throw new AppError('VALIDATION', 'errors.validation', {
      issues: [{ path: 'endDate', messageKey: 'validation.fiscalYearLength' }],
    });
  }
  const overlap = await db
    .selectFrom('fiscal_year')
    .select(['id', 'start_date', 'end_date'])
    .where('start_date', '<=', last)
    .where('end_date', '>=', start)
    .executeTakeFirst();
  if (overlap) {
    throw new AppError('CONFLICT', 'errors.fiscalYearOverlap', {
      id: overlap.id,
      issues: [{ path: 'startDate', messageKey: 'errors.fiscalYearOverlap' }],
    });
  }
  const { id } = await db
    .insertInto('fiscal_year')
    .values({ start_date: start, end_date: last, status: 'open', closed_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('period')
    .values(
      monthlyPeriods(start, last).map((p) => ({ fiscal_year_id: id, start_date: p.start, end_date: p.end, locked: 0 })),
    )
    .execute();
  return id;
}

/** Locks or unlocks one period; returns the id of its year. A closed year's periods stay locked. */
export async function setPeriodLocked(db: Kysely<DB>, id: number, locked: boolean): Promise<number> {
  const row = await db
    .selectFrom('period')
    .innerJoin('fiscal_year', 'fiscal_year.id', 'period.fiscal_year_id')
    .select(['period.fiscal_year_id', 'fiscal_year.status'])
    .where('period.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'period', id });
  if (!locked && row.status === 'closed') throw new AppError('CONFLICT', 'errors.yearClosed', { id });
  await db
    .updateTable('period')
    .set({ locked: locked ? 1 : 0 })
    .where('id', '=', id)
    .execute();
  return row.fiscal_year_id;
}
