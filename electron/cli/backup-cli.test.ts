import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cliWorkspace } from './cli-harness';
import { acquireLock } from '../core/db/lock';

// The command line against a real demo company, with the sqlite3 shell as an independent reader of the files.
const { dir, passwordFile: PASSWORD, cli } = cliWorkspace('coulisse-backup-cli-');
const PASSPHRASE = join(dir, 'passphrase.txt');
const WRONG = join(dir, 'wrong.txt');
const DB = join(dir, 'live', 'demo.coulisse');
const OUT = join(dir, 'backups');
writeFileSync(PASSPHRASE, 'une phrase assez longue\n');
writeFileSync(WRONG, 'pas la bonne phrase\n');

const hasSqlite3 = spawnSync('sqlite3', ['-version']).status === 0;
if (!hasSqlite3) console.log('sqlite3 shell not installed: the independent checks of the restored file are skipped');

function sqlite3(file: string, query: string): string {
  return execFileSync('sqlite3', ['-readonly', file, query], { encoding: 'utf8' }).trim();
}

function rowCounts(file: string): Record<string, number> {
  const tables = sqlite3(file, "select name from sqlite_schema where type='table' and name not like 'sqlite_%'")
    .split('\n')
    .filter(Boolean);
  return Object.fromEntries(tables.map((t) => [t, Number(sqlite3(file, `select count(*) from "${t}"`))]));
}

function chainHead(file: string): string {
  return ['audit_log', 'entry_seal', 'sales_seal']
    .map((t) => sqlite3(file, `select hash from ${t} order by id desc limit 1`))
    .join(',');
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

let plain = '';
let encrypted = '';

beforeAll(() => {
  mkdirSync(join(dir, 'live'));
  expect(cli('demo', '--db', DB, '--password-file', PASSWORD).code).toBe(0);
  const a = cli('backup', '--db', DB, '--out', OUT, '--format', 'json');
  expect(a).toMatchObject({ code: 0, err: '' });
  plain = (JSON.parse(a.out) as { path: string }).path;
  const b = cli('backup', '--db', DB, '--out', OUT, '--passphrase-file', PASSPHRASE);
  expect(b).toMatchObject({ code: 0, err: '' });
  encrypted = /^backup: (\S+) /.exec(b.out)![1]!;
}, 120_000);

describe('coulisse backup, restore and verify --backup', () => {
  test.runIf(hasSqlite3)(
    'the demo company restored into a clean folder has the same rows and chain heads',
    () => {
      for (const [backup, extra] of [
        [plain, []],
        [encrypted, ['--passphrase-file', PASSPHRASE]],
      ] as const) {
        const clean = mkdtempSync(join(dir, 'clean-'));
        const target = join(clean, 'restored.coulisse');
        const r = cli('restore', backup, '--db', target, ...extra);
        expect(r).toMatchObject({ code: 0, err: '' });
        expect(r.out).toMatch(/restored into .*: backup of Atelier Bellecour .* chain links verified, integrity ok/);
        expect(readdirSync(clean)).toEqual(['restored.coulisse']);
        expect(sqlite3(target, 'pragma integrity_check')).toBe('ok');
        expect(rowCounts(target)).toEqual(rowCounts(DB));
        expect(chainHead(target)).toBe(chainHead(DB));
        expect(cli('verify', '--db', target)).toMatchObject({ code: 0 });
      }
    },
    180_000,
  );

  test('verify --backup proves a backup restorable and leaves nothing behind', () => {
    const before = readdirSync(OUT).sort();
    const ok = cli('verify', '--backup', encrypted, '--passphrase-file', PASSPHRASE, '--format', 'json');
    expect(ok.code).toBe(0);
    const report = JSON.parse(ok.out) as { integrity: string; encrypted: boolean; tables: Record<string, number> };
    expect(report).toMatchObject({ integrity: 'ok', encrypted: true });
    expect(report.tables['sales_document']).toBeGreaterThan(100);
    expect(readdirSync(OUT).sort()).toEqual(before);
  }, 180_000);

  test('a wrong or missing passphrase, a flipped byte or a cut file: one clear line, exit 1, nothing written', () => {
    const target = join(dir, 'never', 'restored.coulisse');
    mkdirSync(join(dir, 'never'));
    const missing = cli('restore', encrypted, '--db', target);
    expect(missing).toMatchObject({ code: 1, out: '' });
    expect(missing.err).toMatch(/encrypted: enter its passphrase/);
    const wrong = cli('restore', encrypted, '--db', target, '--passphrase-file', WRONG);
    expect(wrong).toMatchObject({ code: 1 });
    expect(wrong.err).toMatch(/Wrong passphrase/);

    const bytes = readFileSync(plain);
    const flipped = join(dir, 'flipped.coulisse-backup');
    const bad = Buffer.from(bytes);
    bad[bytes.length >> 1] = bad[bytes.length >> 1]! ^ 0x20;
    writeFileSync(flipped, bad);
    const cut = join(dir, 'cut.coulisse-backup');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 4096));
    for (const file of [flipped, cut]) {
      const r = cli('restore', file, '--db', target);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/backup is damaged/);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(cli('verify', '--backup', file).code).toBe(1);
    }
    expect(readdirSync(join(dir, 'never'))).toEqual([]);
  }, 180_000);

  test('restoring over a company file keeps the current one aside, byte for byte', () => {
    const live = join(dir, 'over', 'company.coulisse');
    mkdirSync(join(dir, 'over'));
    expect(cli('restore', plain, '--db', live).code).toBe(0);
    const before = sha256(live);
    const r = cli('restore', encrypted, '--db', live, '--passphrase-file', PASSPHRASE);
    expect(r.code).toBe(0);
    const kept = /previous file kept as (\S+)/.exec(r.out)![1]!;
    expect(sha256(kept)).toBe(before);
    expect(existsSync(live)).toBe(true);

    // While the app has the file open, its lock refuses the swap and nothing moves.
    const lock = acquireLock(live, { appVersion: 'test' });
    try {
      const current = sha256(live);
      const refused = cli('restore', plain, '--db', live);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/already open/);
      expect(sha256(live)).toBe(current);
      expect(readdirSync(join(dir, 'over')).filter((f) => f.includes('restoring'))).toEqual([]);
    } finally {
      lock.release();
    }
  }, 180_000);

  test('backing up something that is not a company file fails clearly; bad usage exits 2', () => {
    const pdf = join(dir, 'invoice.pdf');
    writeFileSync(pdf, '%PDF-1.7\n'.repeat(500));
    const r = cli('backup', '--db', pdf, '--out', join(dir, 'nothing'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not a Coulisse company file/);
    expect(existsSync(join(dir, 'nothing'))).toBe(false);
    expect(cli('backup', '--db', DB).code).toBe(2);
    expect(cli('restore', '--db', DB).code).toBe(2);
    const notBackup = cli('verify', '--backup', pdf);
    expect(notBackup.code).toBe(1);
    expect(notBackup.err).toMatch(/not a Coulisse backup/);
  }, 180_000);
});
