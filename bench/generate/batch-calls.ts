import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { contract, type RouteInput, type RouteName, type RouteOutput } from '../../shared/contract';
import { loadPrincipal } from '../../electron/core/auth/principal';
import { AuthRuntime } from '../../electron/core/auth/runtime';
import type { AuditEntry, Ctx } from '../../electron/core/context';
import { kyselyFor, openSqlite } from '../../electron/core/db/connection';
import type { DB } from '../../electron/core/db/schema';
import { writeAudit } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/services';
import type { Session } from '../../electron/core/session';

// A company at the budgets' scale takes hundreds of thousands of mutations. Through dispatch each one commits
// (and syncs) on its own; here many run in one transaction, each through its route's own input schema, its own
// handler and its own audit rows, exactly as dispatch runs them. batch-calls.test.ts proves the rows equal.

export type Call = <R extends RouteName>(route: R, input: RouteInput<R>) => Promise<RouteOutput<R>>;

export interface BatchRunner {
  sqlite: Database.Database;
  db: Kysely<DB>;
  /** Runs `fn`'s calls in one transaction; nothing stays written when one of them throws. */
  batch<T>(fn: (call: Call, trx: Kysely<DB>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openBatchRunner(dbPath: string, userId: number, now: () => Date): Promise<BatchRunner> {
  const sqlite = openSqlite(dbPath);
  const db = kyselyFor(sqlite);
  const principal = await loadPrincipal(db, userId);
  if (!principal) throw new Error(`user ${userId} missing`);
  const session: Session = { ...principal, token: 'batch' };
  const auth = new AuthRuntime();
  await auth.load(db);
  return {
    sqlite,
    db,
    async batch(fn) {
      return db.transaction().execute(async (trx) => {
        const call: Call = async (route, input) => {
          const def = contract[route];
          if (def.kind !== 'mutation' || !session.permissions.has(def.permission)) {
            throw new Error(`${route}: not a mutation the user may call`);
          }
          const parsed = def.input.parse(input);
          const audits: AuditEntry[] = [];
          const ctx: Ctx = {
            db: trx,
            sqlite,
            session,
            now,
            audit: (e) => audits.push(e),
            emit: () => undefined,
            appVersion: 'bench',
            dbPath,
            auth,
          };
          const handler = handlers[route] as (ctx: Ctx, input: unknown) => Promise<unknown>;
          const out = await handler(ctx, parsed);
          await writeAudit(trx, route, session, audits, now());
          return def.output.parse(out) as never;
        };
        return fn(call, trx);
      });
    },
    async close() {
      await db.destroy();
    },
  };
}
