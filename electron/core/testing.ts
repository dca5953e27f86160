import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RouteInput, RouteName, RouteOutput } from '../../shared/contract';
import type { WireError } from '../../shared/errors';
import type { PresetRole } from '../../shared/roles';
import type { ScryptParams } from './auth/passwords';
import { type CoreHost, startCore } from './host';
import { presetRoleId } from './services/admin/user-store';
import { ADMIN, COMPANY } from './testdata/fixtures';
import { kyselyFor, openSqlite } from './db/connection';
import { ANONYMOUS } from './session';
import type { AuditEntry, Ctx } from './context';

/** Cheap scrypt for tests: the parameters are stored with each hash, so nothing else changes. */
export const TEST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1, keylen: 64 };

export interface TestCore {
  core: CoreHost;
  dir: string;
  dbPath: string;
  /** The administrator's session once `openCompany` signed in; null on a bare file. */
  token: string | null;
  /** Calls a route (as the administrator unless a token is given) and returns its output, or throws the typed error. */
  call<R extends RouteName>(route: R, input: RouteInput<R>, token?: string | null): Promise<RouteOutput<R>>;
  /** Calls a route and returns the error it must fail with. */
  fail(route: string, input: unknown, token?: string | null): Promise<WireError>;
  /** Creates a user with a preset role and signs them in; returns their session token. */
  signInAs(role: PresetRole, login?: string): Promise<string>;
  close(): Promise<void>;
}

export class CallFailed extends Error {
  constructor(readonly wire: WireError) {
    super(`${wire.code} ${wire.messageKey} ${JSON.stringify(wire.details ?? {})}`);
  }
}

interface Options {
  now?: () => Date;
  log?: (m: string, e?: unknown) => void;
}

/** A real company file in a fresh temp folder, migrated, with no company yet (the first-run state). */
export async function openTestCore(options: Options = {}): Promise<TestCore> {
  const dir = mkdtempSync(join(tmpdir(), 'coulisse-test-'));
  const dbPath = join(dir, 'company.coulisse');
  const core = await startCore({
    dbPath,
    appVersion: 'test',
    now: options.now,
    log: options.log ?? (() => {}),
    passwordParams: TEST_SCRYPT,
  });
  const t: TestCore = {
    core,
    dir,
    dbPath,
    token: null,
    async call(route, input, token = t.token) {
      const res = await core.call(route, input, token);
      if (!res.ok) throw new CallFailed(res.error);
      return res.data as never;
    },
    async fail(route, input, token = t.token) {
      const res = await core.call(route, input, token);
      if (res.ok) throw new Error(`${route} succeeded but was expected to fail`);
      return res.error;
    },
    async signInAs(role, login = role.replace(/[^a-z]/g, '') + Math.floor(Math.random() * 1e9)) {
      const sqlite = openSqlite(dbPath);
      const db = kyselyFor(sqlite);
      const roleId = await presetRoleId(db, role);
      await db.destroy();
      await t.call('admin.user.create', { login, displayName: login, roleId, password: 'temporary-password' });
      const first = await t.call('system.auth.login', { login, password: 'temporary-password' }, null);
      await t.call(
        'system.auth.changePassword',
        { currentPassword: 'temporary-password', newPassword: 'the-own-password' },
        first.sessionToken,
      );
      return first.sessionToken;
    },
    async close() {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

/** A test company with its administrator signed in. */
export async function openCompany(options: Options = {}): Promise<TestCore> {
  const t = await openTestCore(options);
  await t.call('admin.company.create', { company: COMPANY, admin: ADMIN }, null);
  t.token = (await t.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null)).sessionToken;
  return t;
}

/**
 * Runs service code that other services call (the posting module) in one transaction on a second connection to
 * the company file, as the first user: what a department's handler does inside dispatch. Audit entries are
 * returned rather than written.
 */
export async function inServiceTransaction<T>(
  t: TestCore,
  fn: (ctx: Ctx) => Promise<T>,
  now: () => Date = () => new Date(),
): Promise<{ result: T; audits: AuditEntry[] }> {
  const sqlite = openSqlite(t.dbPath);
  const db = kyselyFor(sqlite);
  try {
    return await db.transaction().execute(async (trx) => {
      const audits: AuditEntry[] = [];
      const ctx = {
        db: trx,
        sqlite,
        session: { ...ANONYMOUS, userId: 1, login: ADMIN.login },
        now,
        audit: (e: AuditEntry) => audits.push(e),
        emit: () => undefined,
        appVersion: 'test',
        dbPath: t.dbPath,
        auth: undefined as never,
      };
      return { result: await fn(ctx), audits };
    });
  } finally {
    await db.destroy();
  }
}
