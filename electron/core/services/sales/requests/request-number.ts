import type { Kysely } from 'kysely';
import { documentNumber } from '../../../../../shared/domain/sales';
import type { DB } from '../../../db/schema';
import { nextInSeries } from '../documents/numbering';

export const REQUEST_SERIES = 'SAV';

/**
 * The next request number of the year (SAV-2026-00001), from the same series counter as the documents: it moves
 * inside the creating transaction, so a refused creation gives its number back and the series stays without gaps.
 */
export async function nextRequestNumber(db: Kysely<DB>, year: number): Promise<string> {
  return documentNumber(REQUEST_SERIES, year, await nextInSeries(db, REQUEST_SERIES, year));
}
