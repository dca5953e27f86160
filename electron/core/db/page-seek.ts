import { sql, type Expression, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { memoRead } from './read-memo';

// A deep page by OFFSET steps over every row before it: page 4,000 of a list costs 200,000 index entries. Instead,
// one pass along the list's index keeps the sort key of every STRIDE-th row (kept with the count, until the file
// changes); a page then starts from the nearest of those keys with a row-value comparison the index seeks to, and
// skips fewer than STRIDE rows. Any page costs about the same as the first.

export const STRIDE = 1000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Filtered = SelectQueryBuilder<any, any, object>;

export interface SeekOrder {
  /**
   * The sort, most significant first, ending with a unique column (the row id). None may hold nulls, but the
   * first when `firstNullable` says so.
   */
  keys: readonly (string | RawBuilder<unknown>)[];
  /** The first key may be null: nulls sort first ascending and last descending, as SQLite orders them. */
  firstNullable?: boolean;
  dir: 'asc' | 'desc';
  /** The unique column the page's ids are read from; the last key. */
  id: string;
}

const expr = (k: string | RawBuilder<unknown>): Expression<unknown> => (typeof k === 'string' ? sql.ref(k) : k);

type Anchor = Record<string, unknown>;

function anchorsQuery(db: AnyDb, filtered: Filtered, order: SeekOrder, stride: number) {
  const over = sql.join(
    order.keys.map((k) => sql`${expr(k)} ${sql.raw(order.dir)}`),
    sql`, `,
  );
  const inner = filtered
    .select(order.keys.map((k, i) => sql`${expr(k)}`.as(`k${i}`)))
    .select(sql<number>`row_number() over (order by ${over})`.as('rn'));
  return db
    .selectFrom(inner.as('s'))
    .selectAll()
    .where(sql`rn % ${stride}`, '=', 0)
    .orderBy('rn');
}

/** Rows strictly after `anchor` in the order: a row-value comparison, with the first key's nulls placed as SQLite sorts them. */
function after(order: SeekOrder, anchor: Anchor): RawBuilder<unknown> {
  const cmp = sql.raw(order.dir === 'asc' ? '>' : '<');
  const values = order.keys.map((_, i) => anchor[`k${i}`]);
  const [first, ...rest] = order.keys.map(expr);
  const tuple = (xs: readonly Expression<unknown>[]) => sql`(${sql.join(xs)})`;
  const restAfter = rest.length ? sql`${tuple(rest)} ${cmp} ${tuple(values.slice(1).map((v) => sql.val(v)))}` : sql`0`;
  if (values[0] === null) {
    // Nulls come first ascending: after a null anchor, the later nulls and every non-null; descending, only later nulls.
    return order.dir === 'asc'
      ? sql`((${first} is null and ${restAfter}) or ${first} is not null)`
      : sql`(${first} is null and ${restAfter})`;
  }
  const plain = sql`${tuple(order.keys.map(expr))} ${cmp} ${tuple(values.map((v) => sql.val(v)))}`;
  return order.dir === 'asc' || !order.firstNullable ? plain : sql`(${plain} or ${first} is null)`;
}

/** The ids of one page of `filtered` (a query with its from, joins and filters, nothing selected) in `order`. */
export async function seekPageIds(
  db: AnyDb,
  filtered: Filtered,
  order: SeekOrder,
  page: number,
  pageSize: number,
  stride = STRIDE,
): Promise<number[]> {
  const skip = page * pageSize;
  let q = filtered;
  let offset = skip;
  if (skip >= stride) {
    const anchorsQ = anchorsQuery(db, filtered, order, stride);
    const anchors = (await memoRead(db, anchorsQ, () => anchorsQ.execute())) as Anchor[];
    const n = Math.min(Math.floor(skip / stride), anchors.length);
    if (n > 0) {
      q = q.where(after(order, anchors[n - 1]!) as RawBuilder<boolean>);
      offset = skip - n * stride;
    }
  }
  let ordered = q.select(sql<number>`${sql.ref(order.id)}`.as('id'));
  for (const k of order.keys) ordered = ordered.orderBy(expr(k), order.dir);
  const rows = await ordered.limit(pageSize).offset(offset).execute();
  return rows.map((r) => (r as { id: number }).id);
}
