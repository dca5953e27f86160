import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { PartyListQuery, PartyRow } from '../../../../shared/contract/parties';
import { foldText } from '../../../../shared/domain/text';
import { matchingIds } from '../../db/search-index';
import type { DB } from '../../db/schema';
import { toPartyRowFlags } from './party-store';
import { seekPageIds } from '../../db/page-seek';
import { memoRead } from '../../db/read-memo';
import { escapeLike, likePattern } from '../../db/like';

type Filters = Omit<z.output<typeof PartyListQuery>, 'page' | 'pageSize'>;

const SORT_COLUMNS = {
  code: ['id'],
  name: ['name_folded', 'id'],
  city: ['city_folded', 'name_folded', 'id'],
  postalCode: ['postal_code', 'id'],
  updatedAt: ['updated_at', 'id'],
} as const;

export function filteredParties(db: Kysely<DB>, f: Filters) {
  let q = db.selectFrom('party');
  // Every status still names both values: the indexes lead with `archived`, and SQLite reads each value's run in
  // the order asked and merges them up to the page, instead of sorting every third party.
  q = q.where('archived', 'in', f.status === 'all' ? [0, 1] : [f.status === 'archived' ? 1 : 0]);
  if (f.role === 'customer') q = q.where('is_customer', '=', 1);
  if (f.role === 'supplier') q = q.where('is_supplier', '=', 1);
  if (f.city) q = q.where(likePattern('city_folded', `${escapeLike(foldText(f.city))}%`));
  const ids = f.search ? matchingIds(f.search, 'party') : null;
  if (ids) q = q.where(sql<boolean>`party.id in (${ids})`);
  return q;
}

const COLUMNS = [
  'id',
  'code',
  'name',
  'is_customer',
  'is_supplier',
  'siren',
  'siret',
  'vat_number',
  'city',
  'postal_code',
  'email',
  'phone',
  'archived',
  'updated_at',
] as const;

export function sortedParties(db: Kysely<DB>, f: Filters) {
  let q = filteredParties(db, f).select(COLUMNS);
  for (const col of SORT_COLUMNS[f.sort ?? 'name']) q = q.orderBy(col, f.dir);
  return q;
}

export async function listParties(db: Kysely<DB>, input: z.output<typeof PartyListQuery>) {
  const sort = input.sort ?? 'name';
  const [ids, count] = await Promise.all([
    seekPageIds(
      db,
      filteredParties(db, input),
      // A third party may have no city or postal code. What a search finds is ordered once and kept for every page.
      {
        keys: SORT_COLUMNS[sort],
        dir: input.dir,
        id: 'id',
        firstNullable: sort === 'city' || sort === 'postalCode',
        keep: Boolean(input.search),
      },
      input.page,
      input.pageSize,
    ),
    memoRead(
      db,
      filteredParties(db, input).select((eb) => eb.fn.countAll<number>().as('n')),
    ),
  ]);
  const found = ids.length ? await db.selectFrom('party').select(COLUMNS).where('id', 'in', ids).execute() : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.map((id) => byId.get(id)!);
  return {
    rows: rows.map((r): PartyRow => ({
      id: r.id,
      code: r.code,
      name: r.name,
      ...toPartyRowFlags(r),
      siren: r.siren,
      city: r.city,
      postalCode: r.postal_code,
      email: r.email,
      phone: r.phone,
      updatedAt: r.updated_at,
    })),
    total: Number(count.n),
    page: input.page,
    pageSize: input.pageSize,
  };
}
