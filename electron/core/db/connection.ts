import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DB } from './schema';

/** Marks a SQLite file as a Coulisse company file ("COUL" in ASCII). */
export const APPLICATION_ID = 0x434f554c;

export interface OpenOptions {
  /** Path to better-sqlite3's native module built for the host's ABI (Electron), when not node_modules'. */
  nativeBinding?: string;
  readonly?: boolean;
}

export function openSqlite(path: string, options: OpenOptions = {}): Database.Database {
  if (!options.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
  sqlite.pragma('busy_timeout = 5000');
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Every acknowledged write survives a power cut: accounting data is not a cache.
  sqlite.pragma('synchronous = FULL');
  return sqlite;
}

export function kyselyFor(sqlite: Database.Database): Kysely<DB> {
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
}
