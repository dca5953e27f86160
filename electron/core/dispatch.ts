import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { contract, isRouteName, type RouteName } from '../../shared/contract';
import { AppError, type WireResult } from '../../shared/errors';
import type { AuditEntry, Ctx, Handlers } from './context';
import type { DB } from './db/schema';
import { type Logger, toWireError, validationError } from './errors';
import { Mutex } from './mutex';
import type { Session } from './session';

export interface DispatchDeps {
  db: Kysely<DB>;
  sqlite: Database.Database;
  handlers: Handlers<typeof contract>;
  log: Logger;
  now: () => Date;
  emit: (event: string, payload: unknown) => void;
  appVersion: string;
  dbPath: string;
}

export type Dispatch = (route: string, input: unknown, session: Session | null) => Promise<WireResult<unknown>>;

/**
 * The single entry of the core for every host: route lookup, permission, input parsing, one transaction per
 * mutation (serialized) with its audit rows, output checked against the contract. It never throws.
 */
export function createDispatch(deps: DispatchDeps): Dispatch {
  const mutex = new Mutex();

  const makeCtx = (db: Kysely<DB>, session: Session, audits: AuditEntry[]): Ctx => ({
    db,
    sqlite: deps.sqlite,
    session,
    now: deps.now,
    audit: (entry) => audits.push(entry),
    emit: deps.emit,
    appVersion: deps.appVersion,
    dbPath: deps.dbPath,
  });

  return async (route, rawInput, session) => {
    try {
      if (typeof route !== 'string' || !isRouteName(route)) {
        throw new AppError('NOT_FOUND', 'errors.unknownRoute', { route: String(route).slice(0, 200) });
      }
      const def = contract[route];
      const caller = session ?? null;
      if (!caller && !def.public) throw new AppError('UNAUTHENTICATED', 'errors.unauthenticated');
      if (caller && !caller.permissions.has(def.permission)) {
        throw new AppError('FORBIDDEN', 'errors.forbidden', { permission: def.permission });
      }
      const parsed = def.input.safeParse(rawInput === undefined || rawInput === null ? {} : rawInput);
      if (!parsed.success) throw validationError(parsed.error.issues);

      const handler = deps.handlers[route] as (ctx: Ctx, input: unknown) => Promise<unknown>;
      const actor = caller ?? { userId: 0, login: 'anonymous', displayName: '', permissions: new Set<string>() };
      let data: unknown;
      if (def.kind === 'query') {
        data = await handler(makeCtx(deps.db, actor, []), parsed.data);
      } else {
        data = await mutex.run(() =>
          deps.db.transaction().execute(async (trx) => {
            const audits: AuditEntry[] = [];
            const out = await handler(makeCtx(trx, actor, audits), parsed.data);
            await writeAudit(trx, route, actor, audits, deps.now());
            return out;
          }),
        );
      }
      const checked = def.output.safeParse(data);
      if (!checked.success) {
        deps.log(`output of ${route} does not match its contract`, checked.error);
        throw new AppError('INTERNAL', 'errors.internal');
      }
      return { ok: true, data: checked.data };
    } catch (error) {
      return { ok: false, error: toWireError(error, deps.log, String(route)) };
    }
  };
}

async function writeAudit(
  db: Kysely<DB>,
  route: RouteName,
  session: Session,
  audits: readonly AuditEntry[],
  at: Date,
): Promise<void> {
  // Every mutation leaves at least one row, even one that reported no entity.
  const rows = (audits.length ? audits : [{ entityType: null, entityId: null, before: null, after: null }]).map(
    (a) => ({
      at: at.toISOString(),
      user_id: session.userId,
      user_login: session.login,
      route,
      entity_type: a.entityType,
      entity_id: a.entityId,
      before_json: a.before === null || a.before === undefined ? null : JSON.stringify(a.before),
      after_json: a.after === null || a.after === undefined ? null : JSON.stringify(a.after),
    }),
  );
  await db.insertInto('audit_log').values(rows).execute();
}
