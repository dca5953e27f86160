import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { contract, isRouteName, type RouteName } from '../../shared/contract';
import { AppError, type WireResult } from '../../shared/errors';
import { loadPrincipal } from './auth/principal';
import type { AuthRuntime } from './auth/runtime';
import { auditLinkFields, GENESIS_HASH, linkHash } from './db/chain';
import type { AuditEntry, Ctx, Handlers } from './context';
import type { DB } from './db/schema';
import { type Logger, toWireError, validationError } from './errors';
import { Mutex } from './mutex';
import { ANONYMOUS, type Session } from './session';

export interface DispatchDeps {
  db: Kysely<DB>;
  sqlite: Database.Database;
  handlers: Handlers<typeof contract>;
  log: Logger;
  now: () => Date;
  emit: (event: string, payload: unknown) => void;
  appVersion: string;
  dbPath: string;
  auth: AuthRuntime;
  nativeBinding?: string;
  /** Shared with the backup scheduler, which must not interleave with mutations either. */
  mutex?: Mutex;
}

export type Dispatch = (route: string, input: unknown, sessionToken: string | null) => Promise<WireResult<unknown>>;

/** Routes a locked session may still call: to unlock, or to leave. */
const WHILE_LOCKED: readonly string[] = ['system.auth.unlock', 'system.auth.logout', 'system.auth.lock'];
/** Routes a user who must change their password may still call. */
const WHILE_MUST_CHANGE: readonly string[] = ['system.auth.changePassword', 'system.auth.logout', 'system.session.get'];

/**
 * The single entry of the core for every host: route lookup, session, permission, input parsing, one
 * transaction per mutation (serialized) with its chained audit rows, output checked against the contract.
 * It never throws.
 */
export function createDispatch(deps: DispatchDeps): Dispatch {
  const mutex = deps.mutex ?? new Mutex();

  const makeCtx = (db: Kysely<DB>, session: Session, audits: AuditEntry[]): Ctx => ({
    db,
    sqlite: deps.sqlite,
    session,
    now: deps.now,
    audit: (entry) => audits.push(entry),
    emit: deps.emit,
    appVersion: deps.appVersion,
    dbPath: deps.dbPath,
    auth: deps.auth,
    nativeBinding: deps.nativeBinding,
  });

  async function resolveSession(route: RouteName, token: string | null, isPublic: boolean): Promise<Session> {
    const now = deps.now().getTime();
    const record = deps.auth.sessions.get(token, now, deps.auth.idleTimeoutMs);
    if (!record) {
      if (isPublic) return ANONYMOUS;
      throw new AppError('UNAUTHENTICATED', 'errors.unauthenticated');
    }
    const principal = await loadPrincipal(deps.db, record.userId);
    if (!principal || principal.disabled) {
      deps.auth.sessions.end(record.token);
      if (isPublic) return ANONYMOUS;
      throw new AppError('UNAUTHENTICATED', 'errors.unauthenticated');
    }
    if (record.locked && !WHILE_LOCKED.includes(route) && !isPublic) {
      throw new AppError('UNAUTHENTICATED', 'errors.sessionLocked');
    }
    if (principal.mustChangePassword && !WHILE_MUST_CHANGE.includes(route) && !isPublic) {
      throw new AppError('FORBIDDEN', 'errors.passwordChangeRequired');
    }
    deps.auth.sessions.touch(record.token, now);
    return { ...principal, token: record.token };
  }

  return async (route, rawInput, sessionToken) => {
    try {
      if (typeof route !== 'string' || !isRouteName(route)) {
        throw new AppError('NOT_FOUND', 'errors.unknownRoute', { route: String(route).slice(0, 200) });
      }
      const def = contract[route];
      const session = await resolveSession(route, typeof sessionToken === 'string' ? sessionToken : null, !!def.public);
      if (!def.public && !session.permissions.has(def.permission)) {
        throw new AppError('FORBIDDEN', 'errors.forbidden', { permission: def.permission });
      }
      const parsed = def.input.safeParse(rawInput === undefined || rawInput === null ? {} : rawInput);
      if (!parsed.success) throw validationError(parsed.error.issues);

      const handler = deps.handlers[route] as (ctx: Ctx, input: unknown) => Promise<unknown>;
      let data: unknown;
      if (def.kind === 'query') {
        data = await handler(makeCtx(deps.db, session, []), parsed.data);
      } else {
        data = await mutex.run(async () => {
          let refusal: AppError | null = null;
          const out = await deps.db.transaction().execute(async (trx) => {
            const audits: AuditEntry[] = [];
            let result: unknown;
            try {
              result = await handler(makeCtx(trx, session, audits), parsed.data);
            } catch (error) {
              // A refusal that must leave a trace (a failed sign-in) commits what the handler recorded.
              if (!(error instanceof AppError && error.commit)) throw error;
              refusal = error;
            }
            await writeAudit(trx, route, session, audits, deps.now());
            return result;
          });
          if (refusal) throw refusal;
          return out;
        });
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

/** Appends the mutation's audit rows to the hash chain; mutations are serialized, so the head cannot move meanwhile. */
export async function writeAudit(
  db: Kysely<DB>,
  route: RouteName,
  session: Session,
  audits: readonly AuditEntry[],
  at: Date,
): Promise<void> {
  const head = await db
    .selectFrom('audit_log')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  let id = head?.id ?? 0;
  let prev = head?.hash ?? GENESIS_HASH;
  // Every mutation leaves at least one row, even one that reported no entity.
  const entries: readonly (Omit<AuditEntry, 'entityType'> & { entityType: string | null })[] = audits.length
    ? audits
    : [{ entityType: null, entityId: null, before: null, after: null }];
  for (const a of entries) {
    id += 1;
    const row = {
      id,
      at: at.toISOString(),
      user_id: a.actor?.userId ?? session.userId,
      user_login: a.actor?.login ?? session.login,
      route,
      entity_type: a.entityType,
      entity_id: a.entityId,
      before_json: a.before === null || a.before === undefined ? null : JSON.stringify(a.before),
      after_json: a.after === null || a.after === undefined ? null : JSON.stringify(a.after),
    };
    const hash = linkHash(prev, auditLinkFields(row));
    await db
      .insertInto('audit_log')
      .values({ ...row, prev_hash: prev, hash })
      .execute();
    prev = hash;
  }
}
