import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir, uptime } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { runCli } from '../../cli/main';
import { startCore, type CoreOptions } from '../host';
import { TEST_SCRYPT } from '../testing';
import { acquireLock, lockPathFor, type LockOwner } from './lock';

let dir: string;
let dbPath: string;
const opened: { close(): Promise<void> }[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coulisse-lock-'));
  dbPath = join(dir, 'company.coulisse');
});
afterEach(async () => {
  for (const core of opened.splice(0)) await core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(options: Partial<CoreOptions> = {}) {
  const core = await startCore({ dbPath, appVersion: 'test', passwordParams: TEST_SCRYPT, log: () => {}, ...options });
  opened.push(core);
  return core;
}

function writeLock(owner: LockOwner): void {
  writeFileSync(lockPathFor(dbPath), JSON.stringify(owner));
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '0']);
  expect(r.status).toBe(0);
  return r.pid!;
}

test('a file open in one core is refused to a second, naming the computer, the process and since when', async () => {
  const first = await open();
  const lock = JSON.parse(readFileSync(lockPathFor(dbPath), 'utf8')) as LockOwner;
  expect(lock).toMatchObject({ pid: process.pid, hostname: hostname(), appVersion: 'test' });

  await expect(open()).rejects.toMatchObject({
    code: 'CONFLICT',
    messageKey: 'errors.file.inUse',
    details: { hostname: hostname(), pid: process.pid, since: lock.startedAt, lockPath: lockPathFor(dbPath) },
  });

  // Closing releases it: the next core opens the file.
  await first.close();
  opened.splice(opened.indexOf(first), 1);
  expect(existsSync(lockPathFor(dbPath))).toBe(false);
  await open();
  expect(existsSync(lockPathFor(dbPath))).toBe(true);
});

test('a lock left by a process that died on this computer is taken over', async () => {
  await (await open()).close();
  opened.length = 0;
  const pid = deadPid();
  writeLock({ pid, hostname: hostname(), startedAt: new Date().toISOString(), appVersion: '0.0.9' });
  await open();
  expect(JSON.parse(readFileSync(lockPathFor(dbPath), 'utf8'))).toMatchObject({ pid: process.pid });
});

test('a lock written before this computer last started is stale even if its pid now runs something else', () => {
  const beforeBoot = new Date(Date.now() - uptime() * 1000 - 60_000).toISOString();
  writeLock({ pid: process.pid, hostname: hostname(), startedAt: beforeBoot, appVersion: '0.0.9' });
  const lock = acquireLock(dbPath, { appVersion: 'test' });
  expect(lock.owner.startedAt > beforeBoot).toBe(true);
  lock.release();
  expect(existsSync(lockPathFor(dbPath))).toBe(false);
});

test("another computer's lock is respected even with a pid unknown here: the file may be on a network share", async () => {
  const since = new Date().toISOString();
  const owner = { pid: deadPid(), hostname: 'poste-accueil', startedAt: since, appVersion: '0.1.0' };
  writeLock(owner);
  await expect(open()).rejects.toMatchObject({
    code: 'CONFLICT',
    messageKey: 'errors.file.inUse',
    details: { hostname: 'poste-accueil', pid: owner.pid, since },
  });
  expect(JSON.parse(readFileSync(lockPathFor(dbPath), 'utf8'))).toEqual(owner);
  expect(existsSync(dbPath)).toBe(false);
});

test('releasing never removes a lock that another process took over meanwhile', () => {
  const mine = acquireLock(dbPath, { appVersion: 'test' });
  const theirs = { pid: 4242, hostname: 'poste-compta', startedAt: new Date().toISOString(), appVersion: '0.1.0' };
  writeLock(theirs);
  mine.release();
  expect(JSON.parse(readFileSync(lockPathFor(dbPath), 'utf8'))).toEqual(theirs);
});

test('an unreadable lock is respected while fresh (its writer may be mid-write) and taken over once old', () => {
  writeFileSync(lockPathFor(dbPath), '');
  expect(() => acquireLock(dbPath, { appVersion: 'test' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  const later = () => new Date(Date.now() + 60_000);
  acquireLock(dbPath, { appVersion: 'test', now: later }).release();
});

test('reading without the lock works beside an open core; a file that needs migrating still needs the lock', async () => {
  const writer = await open();
  const reader = await open({ lock: false });
  expect((await reader.call('system.app.info', {}, null)).ok).toBe(true);
  await reader.close();
  opened.splice(opened.indexOf(reader), 1);
  expect(existsSync(lockPathFor(dbPath))).toBe(true);
  await writer.close();
  opened.length = 0;

  const other = join(dir, 'new.coulisse');
  const held = acquireLock(other, { appVersion: 'test', hostname: 'poste-accueil' });
  await expect(startCore({ dbPath: other, appVersion: 'test', lock: false, log: () => {} })).rejects.toMatchObject({
    code: 'CONFLICT',
  });
  held.release();
});

test('coulisse migrate on a file open elsewhere exits 1 with one line naming the computer', async () => {
  await open();
  let err = '';
  vi.stubEnv('LANG', 'en_US.UTF-8');
  vi.stubEnv('LC_ALL', '');
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    expect(await runCli(['migrate', '--db', dbPath])).toBe(1);
  } finally {
    stderr.mockRestore();
    vi.unstubAllEnvs();
  }
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).toContain(`already open in Coulisse on the computer "${hostname()}"`);
});

test('a new company file in a folder that does not exist yet gets its folder, then its lock', async () => {
  dbPath = join(dir, 'clients', '2027', 'company.coulisse');
  await open();
  expect(existsSync(lockPathFor(dbPath))).toBe(true);
});
