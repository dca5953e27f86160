import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { WireResult } from '../../shared/errors';
import { kyselyFor, openSqlite } from './db/connection';
import { inspectCompanyFile } from './db/file-check';
import { acquireLock, type FileLock } from './db/lock';
import { migrate, type MigrationReport } from './db/migrate';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import { createDispatch } from './dispatch';
import { type Logger, stderrLogger } from './errors';
import { handlers } from './services';
import { AuthRuntime } from './auth/runtime';
import type { ScryptParams } from './auth/passwords';
import { Mutex } from './mutex';
import { BackupScheduler } from './services/admin/backup/schedule';

export interface CoreHost {
  /**
   * Never throws: every failure comes back as a typed error. `sessionToken` is what `system.auth.login` returned
   * to this window, tab or command (null before signing in).
   */
  call(route: string, input: unknown, sessionToken: string | null): Promise<WireResult<unknown>>;
  on(listener: (event: string, payload: unknown) => void): () => void;
  close(): Promise<void>;
  readonly dbPath: string;
  readonly migration: MigrationReport;
}

export interface CoreOptions {
  dbPath: string;
  appVersion: string;
  nativeBinding?: string;
  log?: Logger;
  now?: () => Date;
  /** Tests lower the scrypt cost; the stored parameters keep every hash verifiable. */
  passwordParams?: ScryptParams;
  /**
   * Take the company file's lock (default): another Coulisse opening it is refused. Commands that only read pass
   * false so they run beside an open app; a migration still takes the lock for its duration.
   */
  lock?: boolean;
  /** Automatic backups run only in the app and the server; tests and one-off commands never back up by themselves. */
  backups?: 'scheduled';
  /** How often the scheduler looks whether a backup is due (tests shorten it). */
  backupTickMs?: number;
}

/**
 * Refuses a file that is not a whole Coulisse file before anything writes to it, then takes the lock: for the
 * core's lifetime, or only while migrating when the caller reads without locking.
 */
function claimFile(options: CoreOptions): { lock: FileLock | null; keep: boolean } {
  if (options.dbPath === ':memory:') return { lock: null, keep: false };
  const state = inspectCompanyFile(options.dbPath, LATEST_SCHEMA_VERSION, options.nativeBinding);
  // The lock file goes beside a company file that may not have a folder yet.
  if (state.kind === 'missing') mkdirSync(dirname(options.dbPath), { recursive: true });
  const keep = options.lock !== false;
  const needsMigration = state.kind !== 'coulisse' || state.schemaVersion < LATEST_SCHEMA_VERSION;
  const lock = keep || needsMigration ? acquireLock(options.dbPath, { appVersion: options.appVersion }) : null;
  return { lock, keep };
}

/** Opens (creating if needed) and migrates a company file, and returns the core every host talks to. */
export async function startCore(options: CoreOptions): Promise<CoreHost> {
  const log = options.log ?? stderrLogger;
  const claim = claimFile(options);
  let sqlite;
  try {
    sqlite = openSqlite(options.dbPath, { nativeBinding: options.nativeBinding });
  } catch (error) {
    claim.lock?.release();
    throw error;
  }
  const db = kyselyFor(sqlite);
  let migration: MigrationReport;
  try {
    migration = await migrate(sqlite, db, options.dbPath);
  } catch (error) {
    await db.destroy();
    claim.lock?.release();
    throw error;
  }
  if (!claim.keep) claim.lock?.release();
  const listeners = new Set<(event: string, payload: unknown) => void>();
  const emit = (event: string, payload: unknown) => {
    for (const l of listeners) l(event, payload);
  };
  const auth = new AuthRuntime(options.passwordParams);
  await auth.load(db);
  const mutex = new Mutex();
  const base = {
    db,
    sqlite,
    log,
    now: options.now ?? (() => new Date()),
    emit,
    appVersion: options.appVersion,
    dbPath: options.dbPath,
    auth,
    nativeBinding: options.nativeBinding,
    mutex,
  };
  const dispatch = createDispatch({ ...base, handlers });
  const scheduler =
    options.backups === 'scheduled' ? new BackupScheduler({ ...base, tickMs: options.backupTickMs }) : null;
  scheduler?.start();
  return {
    call: dispatch,
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await scheduler?.close();
      listeners.clear();
      await db.destroy();
      claim.lock?.release();
    },
    dbPath: options.dbPath,
    migration,
  };
}
