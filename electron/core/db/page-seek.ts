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
  /**
   * Read the whole order once and keep it while the file is unchanged, each page a slice of it: for an order no
   * index gives, or rows found through another index (a full-text search), where every page would otherwise read
   * and sort all of them again.
   */
  keep?: boolean;
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

/**
 * Rows strictly after `anchor` in the order, as one or two conditions whose rows follow one another: a row-value
 * comparison the index seeks to and, where the first key's nulls come next (SQLite sorts them first ascending, so
 * last descending), those nulls. Two conditions rather than one with an OR, which no index can seek.
 */
function after(order: SeekOrder, anchor: Anchor): RawBuilder<unknown>[] {
  const cmp = sql.raw(order.dir === 'asc' ? '>' : '<');
  const values = order.keys.map((_, i) => anchor[`k${i}`]);
  const [first, ...rest] = order.keys.map(expr);
  const tuple = (xs: readonly Expression<unknown>[]) => sql`(${sql.join(xs)})`;
  const restAfter = rest.length ? sql`${tuple(rest)} ${cmp} ${tuple(values.slice(1).map((v) => sql.val(v)))}` : sql`0`;
  if (values[0] === null) {
    // Nulls come first ascending: after a null anchor, the later nulls then every non-null; descending, only later nulls.
    const laterNulls = sql`(${first} is null and ${restAfter})`;
    return order.dir === 'asc' ? [laterNulls, sql`${first} is not null`] : [laterNulls];
  }
  const plain = sql`${tuple(order.keys.map(expr))} ${cmp} ${tuple(values.map((v) => sql.val(v)))}`;
  return order.dir === 'asc' || !order.firstNullable ? [plain] : [plain, sql`${first} is null`];
}

function orderedIds(q: Filtered, order: SeekOrder) {
  let ordered = q.select(sql<number>`${sql.ref(order.id)}`.as('id'));
  for (const k of order.keys) ordered = ordered.orderBy(expr(k), order.dir);
  return ordered;
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
  if (order.keep) {
    const all = orderedIds(filtered, order);
    const ids = await memoRead(db, all, async () => (await all.execute()).map((r) => (r as { id: number }).id));
    return ids.slice(skip, skip + pageSize);
  }
  let parts = [filtered];
  let offset = skip;
  if (skip >= stride) {
    const anchorsQ = anchorsQuery(db, filtered, order, stride);
    const anchors = (await memoRead(db, anchorsQ, () => anchorsQ.execute())) as Anchor[];
    const n = Math.min(Math.floor(skip / stride), anchors.length);
    if (n > 0) {
      parts = after(order, anchors[n - 1]!).map((c) => filtered.where(c as RawBuilder<boolean>));
      offset = skip - n * stride;
    }
  }
  const ids: number[] = [];
  for (const [i, part] of parts.entries()) {
    const ordered = orderedIds(part, order);
    const rows = await ordered
      .limit(pageSize - ids.length)
      .offset(offset)
      .execute();
    ids.push(...rows.map((r) => (r as { id: number }).id));
    if (ids.length === pageSize || i === parts.length - 1) break;
    // The page goes on into the next part: skip there what this part lacked of the offset (under one stride).
    if (rows.length > 0) offset = 0;
    else {
      const { n } = await db
        .selectFrom(ordered.limit(offset).as('p'))
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow();
      offset -= Number(n);
    }
  }
  return ids;
}

/** One page's ids in `order`, with the count of the whole list beside it (kept while the file is unchanged). */
export async function seekPage(
  db: AnyDb,
  filtered: Filtered,
  order: SeekOrder,
  page: number,
  pageSize: number,
): Promise<{ ids: number[]; total: number }> {
  const counted = filtered.select(sql<number>`count(*)`.as('n'));
  const [ids, count] = await Promise.all([
    seekPageIds(db, filtered, order, page, pageSize),
    memoRead(db, counted) as Promise<{ n: number }>,
  ]);
  return { ids, total: Number(count.n) };
}
