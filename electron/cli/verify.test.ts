import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { kyselyFor, openSqlite } from '../core/db/connection';
import { migrate } from '../core/db/migrate';
import { migrations } from '../core/db/migrations';
import { openCompany } from '../core/testing';
import { customer } from '../core/testdata/fixtures';
import { runCli } from './main';

const BIN = join(__dirname, '..', '..', 'bin', 'coulisse.mjs');
const dir = mkdtempSync(join(tmpdir(), 'coulisse-verify-'));
/** A company file written by the core, closed, never touched afterwards: each test tampers with a copy. */
const pristine = join(dir, 'pristine.coulisse');
let auditRows = 0;

function cli(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, LANG: 'en_US.UTF-8', COULISSE_DB: '' };
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', env }, (error, out, err) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, out, err });
    });
  });
}

/** The same command line in this process: quicker where nothing needs a separate process. */
async function runHere(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.stubEnv('LANG', 'en_US.UTF-8');
  vi.stubEnv('LC_ALL', '');
  vi.stubEnv('LC_MESSAGES', '');
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await runCli(args), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    vi.unstubAllEnvs();
  }
}

/** Edits a file the way someone with the sqlite3 tool would, behind the app's back. */
function sqlite3(file: string, sql: string): void {
  const r = spawnSync('/usr/bin/sqlite3', [file, sql], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

function copy(name: string): string {
  const file = join(dir, name);
  copyFileSync(pristine, file);
  return file;
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

beforeAll(async () => {
  const t = await openCompany();
  for (let i = 0; i < 5; i++) {
    await t.call('parties.party.create', customer({ name: `Client ${i}`, siren: null, siret: null }));
  }
  auditRows = (await t.call('admin.audit.list', { pageSize: 1 })).total;
  await t.core.close();
  copyFileSync(t.dbPath, pristine);
  rmSync(t.dir, { recursive: true, force: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('coulisse verify', () => {
  test('an untouched file: exit 0, one line with the number of links, the file unchanged byte for byte', async () => {
    const file = copy('intact.coulisse');
    const before = sha256(file);
    const r = await cli('verify', '--db', file);
    expect(r).toEqual({ code: 0, out: `ok: ${auditRows} links verified\n`, err: '' });
    expect(sha256(file)).toBe(before);
    const json = await runHere('verify', '--db', file, '--format', 'json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({ ok: true, checked: auditRows, brokenAt: null });
  });

  test('a demo file made by coulisse demo verifies', async () => {
    const file = join(dir, 'demo.coulisse');
    const password = join(dir, 'password');
    writeFileSync(password, 'correct horse battery\n');
    const demo = await cli('demo', '--db', file, '--password-file', password);
    expect(demo.code, demo.err).toBe(0);
    const r = await cli('verify', '--db', file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ok: \d+ links verified\n$/);
  });

  test('an audit row edited with sqlite3: exit 1, stderr names the row', async () => {
    const file = copy('edited.coulisse');
    sqlite3(file, `update audit_log set after_json = '{"name":"Someone else"}' where id = 6`);
    const r = await cli('verify', '--db', file);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe('coulisse verify: broken: audit_log #6 (hash)\n');
    const json = await runHere('verify', '--db', file, '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toEqual({
      ok: false,
      checked: 5,
      brokenAt: { table: 'audit_log', id: 6, reason: 'hash' },
    });
  });

  test('a middle row deleted with sqlite3: the broken link is named', async () => {
    const file = copy('deleted.coulisse');
    sqlite3(file, 'delete from audit_log where id = 4');
    const r = await cli('verify', '--db', file);
    expect(r.code).toBe(1);
    expect(r.err).toBe('coulisse verify: broken: audit_log #5 (link)\n');
  });

  test('refuses what is not a Coulisse file of this version, in one line, exit 1', async () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all, just some text that is long enough to fill a page header');
    const other = join(dir, 'other.db');
    sqlite3(other, 'create table t (x)');
    const newer = copy('newer.coulisse');
    sqlite3(newer, 'pragma user_version = 99');
    const older = join(dir, 'older.coulisse');
    const sqlite = openSqlite(older);
    const db = kyselyFor(sqlite);
    await migrate(sqlite, db, older, { migrations: migrations.slice(0, 2) });
    await db.destroy();

    const a = await runHere('verify', '--db', text);
    const b = await runHere('verify', '--db', other);
    const c = await runHere('verify', '--db', newer);
    const d = await runHere('verify', '--db', older);
    const e = await runHere('verify', '--db', join(dir, 'missing.coulisse'));
    for (const r of [a, b, c, d, e]) {
      expect(r.code).toBe(1);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect(b.err).toContain('not a Coulisse company file');
    expect(c.err).toContain('newer Coulisse');
    expect(d.err).toContain('run coulisse migrate first');
    expect(e.err).toContain('missing.coulisse');
  });

  test('usage errors exit 2', async () => {
    const format = await runHere('verify', '--db', pristine, '--format', 'xml');
    const unknown = await runHere('verify', '--db', pristine, '--fix');
    const help = await runHere('verify', '--help');
    expect(format.code).toBe(2);
    expect(unknown.code).toBe(2);
    expect(help.out).toContain('usage: coulisse verify --db FILE');
  });
});
