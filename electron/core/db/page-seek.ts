import {
  sql,
  type AliasedRawBuilder,
  type Expression,
  type Kysely,
  type RawBuilder,
  type SelectQueryBuilder,
} from 'kysely';
import { memoRead } from './read-memo';

// A deep page by OFFSET steps over every row before it: page 4,000 of a list costs 200,000 index entries. Instead,
// the sort key of every STRIDE-th row is kept (with the count, until the file changes); a page then starts from the
// nearest of those keys with a row-value comparison the index seeks to, and skips fewer than STRIDE rows. The keys
// are found as far as a page needs them, each from the one before it (a seek, then STRIDE index entries), so
// reaching page 4,000 once reads the index up to it and no further. Any page then costs about the same as the first.

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

function orderedRows(q: Filtered, order: SeekOrder, columns: readonly AliasedRawBuilder<unknown, string>[]) {
  let ordered = q.select(columns);
  for (const k of order.keys) ordered = ordered.orderBy(expr(k), order.dir);
  return ordered;
}

/** The ids of one page of `filtered` (a query with its from, joins and filters, nothing selected) in `order`. */
export function seekPageIds(
  db: AnyDb,
  filtered: Filtered,
  order: SeekOrder,
  page: number,
  pageSize: number,
  stride = STRIDE,
): Promise<number[]> {
  return seekIds(db, filtered, order, page * pageSize, pageSize, stride);
}

/** The ids of `limit` rows of `filtered` in `order`, after the first `skip`. */
export async function seekIds(
  db: AnyDb,
  filtered: Filtered,
  order: SeekOrder,
  skip: number,
  limit: number,
  stride = STRIDE,
): Promise<number[]> {
  if (order.keep) {
    const all = orderedRows(filtered, order, [sql`${sql.ref(order.id)}`.as('id')]);
    const ids = await memoRead(db, all, async () => (await all.execute()).map((r) => (r as { id: number }).id));
    return ids.slice(skip, skip + limit);
  }
  let anchor: Anchor | null = null;
  let offset = skip;
  const n = Math.floor(skip / stride);
  if (n > 0) {
    const anchors = await anchorsUpTo(db, filtered, order, stride, n);
    if (anchors.length > 0) {
      anchor = anchors[anchors.length - 1]!;
      offset = skip - anchors.length * stride;
    }
  }
  const rows = await readAfter(db, filtered, order, anchor, offset, limit, [sql`${sql.ref(order.id)}`.as('id')]);
  return rows.map((r) => (r as { id: number }).id);
}

interface KeptAnchors {
  anchors: Anchor[];
  /** The list ends before the next key. */
  done: boolean;
}

/** The keys of rows stride, 2 × stride, … up to the `n`th (fewer where the list is shorter), kept while unchanged. */
async function anchorsUpTo(db: AnyDb, filtered: Filtered, order: SeekOrder, stride: number, n: number) {
  const keyColumns = order.keys.map((k, i) => sql`${expr(k)}`.as(`k${i}`));
  // Kept under the statement that finds the first key (the stride in its offset); the list grows as pages need it.
  const first = orderedRows(filtered, order, keyColumns)
    .limit(1)
    .offset(stride - 1);
  const kept = await memoRead(db, first, async (): Promise<KeptAnchors> => ({ anchors: [], done: false }));
  while (kept.anchors.length < n && !kept.done) {
    const known = kept.anchors.length;
    const [next] = await readAfter(db, filtered, order, kept.anchors.at(-1) ?? null, stride - 1, 1, keyColumns);
    // Another page of the same list may have found this key meanwhile.
    if (kept.anchors.length !== known) continue;
    if (next === undefined) kept.done = true;
    else kept.anchors.push(next as Anchor);
  }
  return kept.anchors.slice(0, n);
}

/**
 * Up to `limit` rows of `filtered` in `order`, `columns` selected: after `anchor` (from the start without one),
 * skipping `offset` of them. Where the rows after the anchor are two ranges (its nulls), the second goes on from
 * the first.
 */
async function readAfter(
  db: AnyDb,
  filtered: Filtered,
  order: SeekOrder,
  anchor: Anchor | null,
  offset: number,
  limit: number,
  columns: readonly AliasedRawBuilder<unknown, string>[],
): Promise<unknown[]> {
  const parts = anchor ? after(order, anchor).map((c) => filtered.where(c as RawBuilder<boolean>)) : [filtered];
  const out: unknown[] = [];
  for (const [i, part] of parts.entries()) {
    const ordered = orderedRows(part, order, columns);
    const rows = await ordered
      .limit(limit - out.length)
      .offset(offset)
      .execute();
    out.push(...rows);
    if (out.length === limit || i === parts.length - 1) break;
    // The rows go on into the next part: skip there what this part lacked of the offset.
    if (rows.length > 0) offset = 0;
    else {
      const { n } = await db
        .selectFrom(ordered.limit(offset).as('p'))
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow();
      offset -= Number(n);
    }
  }
  return out;
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
