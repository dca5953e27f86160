import type Database from 'better-sqlite3';

export interface Referrer {
  table: string;
  column: string;
}

/**
 * Every column of another table that points at `table` by foreign key, read from the schema itself, so that a
 * department adding a table that references a party makes that party undeletable without touching this code.
 */
// Reading every table's foreign keys costs a query per table; the answer only changes with the schema, whose
// version SQLite bumps on every change, so it is kept per connection until then.
const cache = new WeakMap<Database.Database, { schemaVersion: number; byKey: Map<string, Referrer[]> }>();

export function foreignKeyReferrers(
  sqlite: Database.Database,
  table: string,
  exclude: readonly string[] = [],
): Referrer[] {
  const schemaVersion = sqlite.pragma('schema_version', { simple: true }) as number;
  let entry = cache.get(sqlite);
  if (!entry || entry.schemaVersion !== schemaVersion) {
    entry = { schemaVersion, byKey: new Map() };
    cache.set(sqlite, entry);
  }
  const key = `${table}\0${exclude.join(',')}`;
  let referrers = entry.byKey.get(key);
  if (!referrers) {
    referrers = readReferrers(sqlite, table, exclude);
    entry.byKey.set(key, referrers);
  }
  return referrers;
}

function readReferrers(sqlite: Database.Database, table: string, exclude: readonly string[]): Referrer[] {
  const tables = sqlite
    .prepare("select name from sqlite_schema where type = 'table' and name not like 'sqlite_%'")
    .all() as { name: string }[];
  const out: Referrer[] = [];
  for (const { name } of tables) {
    if (exclude.includes(name)) continue;
    const fks = sqlite.prepare('select "table" as target, "from" as col from pragma_foreign_key_list(?)').all(name) as {
      target: string;
      col: string;
    }[];
    for (const fk of fks) if (fk.target === table) out.push({ table: name, column: fk.col });
  }
  return out;
}

export function isReferenced(sqlite: Database.Database, referrers: readonly Referrer[], id: number): boolean {
  for (const r of referrers) {
    const row = sqlite.prepare(`select 1 from "${r.table}" where "${r.column}" = ? limit 1`).get(id);
    if (row) return true;
  }
  return false;
}
