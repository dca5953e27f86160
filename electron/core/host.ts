import type { WireResult } from '../../shared/errors';
import { kyselyFor, openSqlite } from './db/connection';
import { migrate, type MigrationReport } from './db/migrate';
import { createDispatch } from './dispatch';
import { type Logger, stderrLogger } from './errors';
import { handlers } from './services';
import { localSession, type Session } from './session';

export type { Session } from './session';

export interface CoreHost {
  /** Never throws: every failure comes back as a typed error. */
  call(route: string, input: unknown, session: Session | null): Promise<WireResult<unknown>>;
  localSession(): Session;
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
}

/** Opens (creating if needed) and migrates a company file, and returns the core every host talks to. */
export async function startCore(options: CoreOptions): Promise<CoreHost> {
  const log = options.log ?? stderrLogger;
  const sqlite = openSqlite(options.dbPath, { nativeBinding: options.nativeBinding });
  const db = kyselyFor(sqlite);
  let migration: MigrationReport;
  try {
    migration = await migrate(sqlite, db, options.dbPath);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const listeners = new Set<(event: string, payload: unknown) => void>();
  const emit = (event: string, payload: unknown) => {
    for (const l of listeners) l(event, payload);
  };
  const dispatch = createDispatch({
    db,
    sqlite,
    handlers,
    log,
    now: options.now ?? (() => new Date()),
    emit,
    appVersion: options.appVersion,
    dbPath: options.dbPath,
  });
  const session = localSession();
  return {
    call: dispatch,
    localSession: () => session,
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      await db.destroy();
    },
    dbPath: options.dbPath,
    migration,
  };
}
