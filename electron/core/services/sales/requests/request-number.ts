import { type Kysely, sql } from 'kysely';
import { documentNumber } from '../../../../../shared/domain/sales';
import type { DB } from '../../../db/schema';

export const REQUEST_SERIES = 'SAV';

/**
 * The next request number of the year (SAV-2026-00001). The counter moves inside the creating transaction, so a
 * refused creation gives its number back and the series stays without gaps.
 */
export async function nextRequestNumber(db: Kysely<DB>, year: number): Promise<string> {
  const row = await sql<{ last: number }>`
    insert into number_series (series, year, last) values (${REQUEST_SERIES}, ${year}, 1)
    on conflict (series, year) do update set last = last + 1
    returning last`.execute(db);
  return documentNumber(REQUEST_SERIES, year, row.rows[0]!.last);
}
