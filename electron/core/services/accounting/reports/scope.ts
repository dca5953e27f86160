import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

// What every report needs around its range: the fiscal year a date falls in, the account range filter, and the
// chart's numbers and labels.

export interface AccountInfo {
  id: number;
  number: string;
  label: string;
}

/** The start of the fiscal year holding `date`, or null when no year holds it. */
export async function yearStartOf(db: Kysely<DB>, date: string): Promise<string | null> {
  const row = await db
    .selectFrom('fiscal_year')
    .select('start_date')
    .where('start_date', '<=', date)
    .where('end_date', '>=', date)
    .executeTakeFirst();
  return row?.start_date ?? null;
}

/**
 * Bounds compared as prefixes, both inclusive: from '4' to '4' keeps all of class 4, from '401' to '411' keeps
 * 401, 4011, 408 and 411 with its sub-accounts.
 */
export function inAccountRange(number: string, from?: string, to?: string): boolean {
  if (from !== undefined && number < from) return false;
  if (to !== undefined && number.slice(0, to.length) > to) return false;
  return true;
}

export async function accountsById(db: Kysely<DB>): Promise<Map<number, AccountInfo>> {
  const rows = await db.selectFrom('account').select(['id', 'number', 'label']).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export async function journalIdOf(db: Kysely<DB>, code: string): Promise<number | null> {
  const row = await db.selectFrom('journal').select('id').where('code', '=', code).executeTakeFirst();
  return row?.id ?? null;
}

export function sumBy<T>(items: readonly T[], pick: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += pick(item);
  return total;
}

/** A row count as SQLite returns it, as a number. */
export const n = (v: unknown): number => Number(v ?? 0);

export { sql };
