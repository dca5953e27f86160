import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

/**
 * The next number of a series for a year, taken inside the caller's transaction: a validation that fails rolls
 * the counter back with it, so the series never has a gap, and mutations never interleave, so never a duplicate.
 */
export async function nextInSeries(db: Kysely<DB>, series: string, year: number): Promise<number> {
  const row = await db
    .insertInto('number_series')
    .values({ series, year, last: 1 })
    .onConflict((oc) => oc.columns(['series', 'year']).doUpdateSet({ last: sql`last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}
