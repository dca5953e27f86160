import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { ProductListQuery } from '../../../../../shared/contract/sales-catalog';
import { foldText } from '../../../../../shared/domain/text';
import type { DB } from '../../../db/schema';
import { toProduct } from './product-store';
import { memoRead } from '../../../db/read-memo';
import { escapeLike } from '../../../db/like';

type Query = z.output<typeof ProductListQuery>;
type Filters = Omit<Query, 'page' | 'pageSize'>;

// Each sort walks its index (product_reference, product_label, product_by_price, or their `active` twins when the
// list is filtered on status), so a page costs its 50 rows whatever its depth in the order.
const SORT_COLUMNS = {
  reference: ['reference_folded', 'id'],
  label: ['label_folded', 'id'],
  price: ['unit_price', 'id'],
} as const;

export function filteredProducts(db: Kysely<DB>, f: Filters) {
  let q = db.selectFrom('product');
  if (f.status !== 'all') q = q.where('active', '=', f.status === 'active' ? 1 : 0);
  if (f.kind) q = q.where('kind', '=', f.kind);
  // Every word typed must appear in the reference or the label, accents and case aside.
  for (const word of f.search ? foldText(f.search).split(/\s+/).filter(Boolean).slice(0, 8) : []) {
    const pattern = `%${escapeLike(word)}%`;
    q = q.where(
      sql<boolean>`(reference_folded like ${pattern} escape '\\' or label_folded like ${pattern} escape '\\')`,
    );
  }
  return q;
}

export async function listProducts(db: Kysely<DB>, input: Query) {
  let rowsQuery = filteredProducts(db, input).selectAll();
  for (const col of SORT_COLUMNS[input.sort ?? 'reference']) rowsQuery = rowsQuery.orderBy(col, input.dir);
  const [rows, count] = await Promise.all([
    rowsQuery
      .limit(input.pageSize)
      .offset(input.page * input.pageSize)
      .execute(),
    memoRead(
      db,
      filteredProducts(db, input).select((eb) => eb.fn.countAll<number>().as('n')),
    ),
  ]);
  const ids = rows.map((r) => r.id);
  const prices =
    ids.length === 0
      ? []
      : await db
          .selectFrom('product_price')
          .select(['product_id', 'category', 'unit_price'])
          .where('product_id', 'in', ids)
          .orderBy('product_id')
          .orderBy('category')
          .execute();
  return {
    rows: rows.map((r) =>
      toProduct(
        r,
        prices.filter((p) => p.product_id === r.id),
      ),
    ),
    total: Number(count.n),
    page: input.page,
    pageSize: input.pageSize,
  };
}
