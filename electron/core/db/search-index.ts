import { type Kysely, sql } from 'kysely';
import type { DB } from './schema';

// The one place that knows global search is FTS5: services hand over documents, and ask for ids back.

export interface SearchDocument {
  kind: string;
  refId: number;
  title: string;
  subtitle: string | null;
  /** Every other word the document should be found by (codes, identifiers, city, e-mail…). */
  body: string;
}

export async function indexDocument(db: Kysely<DB>, doc: SearchDocument): Promise<void> {
  await db
    .insertInto('search_doc')
    .values({ kind: doc.kind, ref_id: doc.refId, title: doc.title, subtitle: doc.subtitle, body: doc.body })
    .onConflict((oc) =>
      oc.columns(['kind', 'ref_id']).doUpdateSet({ title: doc.title, subtitle: doc.subtitle, body: doc.body }),
    )
    .execute();
}

export async function removeDocument(db: Kysely<DB>, kind: string, refId: number): Promise<void> {
  await db.deleteFrom('search_doc').where('kind', '=', kind).where('ref_id', '=', refId).execute();
}

/** Turns what a person typed into an FTS5 query: every word must match as a prefix, punctuation ignored. */
export function toMatchQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

export interface SearchHitRow {
  kind: string;
  ref_id: number;
  title: string;
  subtitle: string | null;
}

export async function searchDocuments(
  db: Kysely<DB>,
  text: string,
  options: { kind?: string; kinds?: readonly string[]; limit: number },
): Promise<SearchHitRow[]> {
  const match = toMatchQuery(text);
  if (!match) return [];
  const kinds = options.kinds ?? (options.kind ? [options.kind] : null);
  if (kinds && kinds.length === 0) return [];
  const kindFilter = kinds ? sql`and d.kind in (${sql.join(kinds)})` : sql``;
  const res = await sql<SearchHitRow>`
    select d.kind, d.ref_id, d.title, d.subtitle
    from search_fts f join search_doc d on d.id = f.rowid
    where search_fts match ${match} ${kindFilter}
    order by bm25(search_fts, 10.0, 1.0)
    limit ${options.limit}`.execute(db);
  return res.rows;
}

/** A subquery of the ids of one kind that match, for lists that filter by search text. */
export function matchingIds(text: string, kind: string) {
  const match = toMatchQuery(text);
  if (!match) return null;
  return sql<{ ref_id: number }>`select d.ref_id from search_fts f join search_doc d on d.id = f.rowid
    where search_fts match ${match} and d.kind = ${kind}`;
}
