import Database from 'better-sqlite3';
import { chainHeads } from '../chain';

/** Row count of every table of a company file, its schema version, its company and its chains' heads. */
export interface SnapshotInfo {
  schemaVersion: number;
  company: { legalName: string; siren: string } | null;
  tables: Record<string, number>;
  chains: { table: string; links: number; head: string | null }[];
}

export function tableNames(sqlite: Database.Database): string[] {
  const rows = sqlite
    .prepare("select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name")
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}

export function snapshotInfo(sqlite: Database.Database): SnapshotInfo {
  const tables: Record<string, number> = {};
  for (const name of tableNames(sqlite)) {
    tables[name] = (
      sqlite.prepare(`select count(*) as n from "${name.replaceAll('"', '""')}"`).get() as { n: number }
    ).n;
  }
  const hasCompany = 'company' in tables;
  const company = hasCompany
    ? ((sqlite.prepare('select legal_name as legalName, siren from company limit 1').get() as
        { legalName: string; siren: string } | undefined) ?? null)
    : null;
  return {
    schemaVersion: sqlite.pragma('user_version', { simple: true }) as number,
    company,
    tables,
    chains: chainHeads(sqlite),
  };
}

/** Reads the info of a closed file without changing it. */
export function fileSnapshotInfo(path: string, nativeBinding?: string): SnapshotInfo {
  const sqlite = new Database(path, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    return snapshotInfo(sqlite);
  } finally {
    sqlite.close();
  }
}
