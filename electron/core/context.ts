import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { RouteMap } from '../../shared/contract/route';
import type { AuthRuntime } from './auth/runtime';
import type { DB } from './db/schema';
import type { Session } from './session';

export interface AuditEntry {
  entityType: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
  /** Who acted, when not the session's user (a sign-in names the account it tried). */
  actor?: { userId: number; login: string };
}

export interface Ctx {
  /** Bound to the mutation's transaction; for queries, the plain connection. */
  db: Kysely<DB>;
  /** The same connection, for the few SQLite-specific calls that live in core/db. */
  sqlite: Database.Database;
  session: Session;
  now(): Date;
  /** Records what the mutation changed; dispatch writes it in the same transaction. */
  audit(entry: AuditEntry): void;
  emit(event: string, payload: unknown): void;
  appVersion: string;
  dbPath: string;
  /** Sessions, password parameters and the idle timeout, for the identity routes. */
  auth: AuthRuntime;
  /** better-sqlite3's native module in Electron, for the few handlers that open a second connection. */
  nativeBinding?: string;
}

export type HandlerFor<D extends RouteMap[string]> = (
  ctx: Ctx,
  input: z.output<D['input']>,
) => Promise<z.input<D['output']>>;

export type Handlers<C extends RouteMap> = { [R in keyof C]: HandlerFor<C[R]> };
