import { sql, type Compilable, type Kysely } from 'kysely';

// The count and totals beside a page of a long list cost a pass over every matching row, while the page itself
// reads fifty index entries. Scrolling asks for page after page of the same list, so those aggregates are kept
// per connection and answered again for as long as the file has not changed. "Not changed" is read from SQLite
// itself: total_changes() moves with every row this connection writes (triggers included) and data_version with
// every commit of another connection, so no write path can forget to invalidate them.

const LIMIT = 256;
/** Kept lists (a search's ordered ids, a list's kept keys) count by their length: at most this many in all. */
export const WEIGHT_LIMIT = 2_000_000;

interface Memo {
  stamp: string;
  values: Map<string, unknown>;
  weight: number;
}

const weightOf = (value: unknown): number =>
  Array.isArray(value) || ArrayBuffer.isView(value) ? 1 + (value as { length: number }).length : 1;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const memos = new WeakMap<AnyDb, Memo>();
let epoch = 0;

async function stampOf(db: AnyDb): Promise<string> {
  const { rows } = await sql<{ c: number; v: number }>`
    select total_changes() as c, (select data_version from pragma_data_version) as v`.execute(db);
  return `${epoch}:${rows[0]!.c}:${rows[0]!.v}`;
}

/**
 * What `compute` (by default: the query's one row) gives as the file stands now: computed once, then answered
 * from memory until a row of the file changes. Inside a transaction it always computes, since what it reads
 * there may yet be rolled back.
 */
export async function memoRead<T>(
  db: AnyDb,
  query: Compilable<T> & { executeTakeFirstOrThrow(): Promise<T> },
): Promise<T>;
export async function memoRead<T>(db: AnyDb, query: Compilable<unknown>, compute: () => Promise<T>): Promise<T>;
export async function memoRead<T>(
  db: AnyDb,
  query: Compilable<unknown> & { executeTakeFirstOrThrow?(): Promise<unknown> },
  compute?: () => Promise<T>,
): Promise<T> {
  const run = compute ?? (() => query.executeTakeFirstOrThrow!() as Promise<T>);
  if (db.isTransaction) return run();
  const compiled = query.compile();
  const key = compiled.sql + '\u0000' + JSON.stringify(compiled.parameters);
  const stamp = await stampOf(db);
  let memo = memos.get(db);
  if (!memo || memo.stamp !== stamp) {
    memo = { stamp, values: new Map(), weight: 0 };
    memos.set(db, memo);
  }
  if (memo.values.has(key)) return memo.values.get(key) as T;
  const value = await run();
  // A write landed while computing: keep nothing rather than a value that may already be stale.
  if ((await stampOf(db)) !== stamp) return value;
  const weight = weightOf(value);
  if (weight > WEIGHT_LIMIT || memo.values.has(key)) return value;
  // The oldest go first, until the new value fits both limits.
  while (memo.values.size >= LIMIT || memo.weight + weight > WEIGHT_LIMIT) {
    const [oldest, kept] = memo.values.entries().next().value!;
    memo.values.delete(oldest);
    memo.weight -= weightOf(kept);
  }
  memo.values.set(key, value);
  memo.weight += weight;
  return value;
}

/** Forgets every kept aggregate, for measuring the cost of a list's first page after a change. */
export function forgetReadMemos(): void {
  epoch++;
}
