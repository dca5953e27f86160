import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RouteInput, RouteName, RouteOutput } from '../../../../../shared/contract';
import { type CoreHost, startCore } from '../../../host';
import { TEST_SCRYPT } from '../../../testing';
import { ADMIN, COMPANY } from '../../../testdata/fixtures';
import { BACKUP_FAILED_EVENT, type BackupFailedEvent } from './schedule';

const HOUR = 3_600_000;
let dir: string;
let clock: number;
let core: CoreHost;
let token: string;
let events: BackupFailedEvent[];

async function call<R extends RouteName>(route: R, input: RouteInput<R>): Promise<RouteOutput<R>> {
  const res = await core.call(route, input, token);
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.data as RouteOutput<R>;
}

async function until<T>(probe: () => Promise<T | null | undefined | false>, what: string): Promise<T> {
  const end = Date.now() + 10_000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Read beside the core: moving the clock by hours locks the admin's idle session. */
function rows<T>(query: string): T[] {
  const db = new Database(join(dir, 'company.coulisse'), { readonly: true });
  try {
    return db.prepare(query).all() as T[];
  } finally {
    db.close();
  }
}
interface RunRow {
  id: number;
  kind: string;
  status: string;
  path: string | null;
  user_id: number | null;
  error_key: string | null;
}
const runs = async () => rows<RunRow>('select * from backup_run order by id desc');
const settle = () => new Promise((r) => setTimeout(r, 120));

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coulisse-schedule-'));
  clock = new Date(2026, 2, 2, 9, 0, 0).getTime();
  events = [];
  core = await startCore({
    dbPath: join(dir, 'company.coulisse'),
    appVersion: 'test',
    now: () => new Date(clock),
    log: () => undefined,
    passwordParams: TEST_SCRYPT,
    backups: 'scheduled',
    backupTickMs: 15,
  });
  core.on((event, payload) => {
    if (event === BACKUP_FAILED_EVENT) events.push(payload as BackupFailedEvent);
  });
  const created = await core.call('admin.company.create', { company: COMPANY, admin: ADMIN }, null);
  expect(created.ok).toBe(true);
  const login = await core.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null);
  token = (login as { ok: true; data: { sessionToken: string } }).data.sessionToken;
});

afterEach(async () => {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('automatic backups', () => {
  it('back up when due, as the system, and prune old automatic ones but never a manual one', async () => {
    const first = await until(async () => (await runs()).find((r) => r.kind === 'auto'), 'the first backup');
    expect(first).toMatchObject({ status: 'ok', user_id: null });
    expect(first.path).toMatch(/-auto\.coulisse-backup$/);
    expect(rows("select user_id, user_login, entity_type from audit_log where route = 'admin.backup.create'")).toEqual([
      { user_id: 0, user_login: 'system', entity_type: 'backup_run' },
    ]);

    await call('admin.backup.configure', {
      autoEnabled: true,
      folder: null,
      onClose: false,
      intervalHours: 24,
      keepDaily: 1,
      keepWeekly: 0,
      keepMonthly: 0,
    });
    const manual = await call('admin.backup.create', {});
    clock += 3 * HOUR;
    await settle();
    expect((await runs()).filter((r) => r.kind === 'auto')).toHaveLength(1);

    clock += 22 * HOUR;
    const second = await until(
      async () => (await runs()).find((r) => r.kind === 'auto' && r.id !== first.id),
      'the next day backup',
    );
    // Keep one day: the first automatic backup went, the manual one stays.
    await until(async () => !existsSync(first.path!), 'pruning');
    const names = readdirSync(join(dir, 'backups')).sort();
    expect(names).toEqual([manual.path!, second.path!].map((p) => p.split('/').pop()).sort());
    expect(rows("select before_json from audit_log where entity_type = 'backup_file'")).toHaveLength(1);
  });

  it('a folder that cannot be written records a failed run and tells the screens, then waits before retrying', async () => {
    await until(async () => (await runs()).find((r) => r.kind === 'auto'), 'the first backup');
    const folder = join(dir, 'external-disk');
    mkdirSync(folder);
    await call('admin.backup.configure', {
      autoEnabled: true,
      folder,
      onClose: false,
      intervalHours: 1,
      keepDaily: 7,
      keepWeekly: 4,
      keepMonthly: 12,
    });
    // The disk is gone and a file stands where its folder was.
    rmSync(folder, { recursive: true });
    writeFileSync(folder, '');
    clock += 2 * HOUR;
    const failed = await until(async () => (await runs()).find((r) => r.status === 'failed'), 'a failed run');
    expect(failed).toMatchObject({ kind: 'auto', error_key: 'errors.backup.folderNotWritable', path: null });
    await until(async () => events.length > 0, 'the failure event');
    expect(events[0]).toMatchObject({ kind: 'auto', messageKey: 'errors.backup.folderNotWritable' });

    clock += 10 * 60_000;
    await settle();
    expect((await runs()).filter((r) => r.status === 'failed')).toHaveLength(1);
    clock += HOUR;
    await until(async () => (await runs()).filter((r) => r.status === 'failed').length === 2, 'the retry');
    expect(events).toHaveLength(2);
  });

  it('closing makes a backup unless one was made in the last five minutes', async () => {
    await until(async () => (await runs()).find((r) => r.kind === 'auto'), 'the first backup');
    clock += 2 * 60_000;
    await core.close();
    expect(rows("select id from backup_run where kind = 'closing'")).toEqual([]);

    core = await startCore({
      dbPath: join(dir, 'company.coulisse'),
      appVersion: 'test',
      now: () => new Date(clock),
      log: () => undefined,
      passwordParams: TEST_SCRYPT,
      backups: 'scheduled',
      backupTickMs: 15,
    });
    clock += 10 * 60_000;
    await core.close();
    expect(rows('select kind, status from backup_run order by id')).toEqual([
      { kind: 'auto', status: 'ok' },
      { kind: 'closing', status: 'ok' },
    ]);
    // afterEach closes once more: a closed core's close is harmless.
    core = { ...core, close: async () => undefined };
  });
});
