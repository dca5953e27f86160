import type Database from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { AppError } from '../../../shared/errors';
import { APPLICATION_ID } from './connection';
import { type Migration, migrations as defaultMigrations } from './migrations';

export interface MigrationReport {
  from: number;
  to: number;
  backupPath: string | null;
}

export function schemaVersion(sqlite: Database.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

/** Refuses files Coulisse cannot safely open: another application's database, or a schema from a newer Coulisse. */
export function checkFile(sqlite: Database.Database, latest: number): number {
  const appId = sqlite.pragma('application_id', { simple: true }) as number;
  const version = schemaVersion(sqlite);
  const tables = sqlite.prepare("select count(*) as n from sqlite_schema where type = 'table'").get() as { n: number };
  if (appId !== APPLICATION_ID && (appId !== 0 || tables.n > 0)) {
    throw new AppError('VALIDATION', 'errors.notCoulisseFile');
  }
  if (version > latest) {
    throw new AppError('SCHEMA_TOO_NEW', 'errors.schemaTooNew', { fileVersion: version, appVersion: latest });
  }
  return version;
}

function backupPathFor(dbPath: string, from: number, to: number, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  return `${dbPath}.v${from}-before-v${to}-${stamp}.bak`;
}

/**
 * Brings the file to the latest schema in one transaction. A file that already holds data is copied first
 * (SQLite's online backup), so a failed or regretted migration never costs the company its books.
 */
export async function migrate(
  sqlite: Database.Database,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  dbPath: string,
  options: { migrations?: readonly Migration[]; now?: Date; backupBeforeMigrating?: boolean } = {},
): Promise<MigrationReport> {
  const list = options.migrations ?? defaultMigrations;
  const latest = list.length;
  const from = checkFile(sqlite, latest);
  if (from === latest) return { from, to: latest, backupPath: null };

  let backupPath: string | null = null;
  if (from > 0 && dbPath !== ':memory:' && options.backupBeforeMigrating !== false) {
    backupPath = backupPathFor(dbPath, from, latest, options.now ?? new Date());
    await sqlite.backup(backupPath);
  }

  await db.transaction().execute(async (trx) => {
    for (const m of list.slice(from)) await m.up(trx);
    await sql.raw(`pragma user_version = ${latest}`).execute(trx);
    await sql.raw(`pragma application_id = ${APPLICATION_ID}`).execute(trx);
  });
  return { from, to: latest, backupPath };
}
