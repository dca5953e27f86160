import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { openCompany, type TestCore } from '../../testing';
import { customer } from '../../testdata/fixtures';
import { chainHeads } from '../chain';
import { kyselyFor, openSqlite } from '../connection';
import { migrate } from '../migrate';
import { migrations } from '../migrations';
import { createBackup, openBackup, restoreBackup, verifyBackup } from '.';

const FAST = { N: 1024, r: 8, p: 1 };
let t: TestCore;

async function backupOf(t: TestCore, passphrase?: string, outDir = t.dir) {
  const sqlite = openSqlite(t.dbPath);
  try {
    return await createBackup(sqlite, {
      outDir,
      appVersion: 'test',
      sourcePath: t.dbPath,
      passphrase,
      scrypt: FAST,
      now: new Date(2026, 10, 27, 9, 5, 7),
    });
  } finally {
    sqlite.close();
  }
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

function liveHeads(path: string) {
  const sqlite = openSqlite(path, { readonly: true });
  try {
    return chainHeads(sqlite);
  } finally {
    sqlite.close();
  }
}

beforeAll(async () => {
  t = await openCompany();
  for (let i = 0; i < 5; i++) await t.call('parties.party.create', customer({ name: `Client ${i}` }));
});
afterAll(async () => t.close());

describe('backups', () => {
  it('are named after the company and the moment, and restore to the same rows and chain heads', async () => {
    const made = await backupOf(t);
    expect(made.path).toMatch(
      /atelier[a-z-]*-2026-11-27-090507\.coulisse-backup$|-2026-11-27-090507\.coulisse-backup$/,
    );
    expect(made.manifest.encryption).toBeNull();
    expect(made.manifest.tables['party']).toBe(5);
    expect(execFileSync('sha256sum', [made.path]).toString().slice(0, 64)).toBe(made.sha256);

    const target = join(t.dir, 'restored', 'copy.coulisse');
    execFileSync('mkdir', ['-p', join(t.dir, 'restored')]);
    const report = await restoreBackup(made.path, target);
    expect(report.integrity).toBe('ok');
    expect(report.tables).toEqual(made.manifest.tables);
    expect(report.chains).toEqual(liveHeads(t.dbPath));
    expect(report.chainLinks).toBeGreaterThan(0);
    expect(readdirSync(join(t.dir, 'restored'))).toEqual(['copy.coulisse']);
    const restored = openSqlite(target, { readonly: true });
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    restored.close();
  });

  it('encrypted with a passphrase: refused without it or with a wrong one, restored with the right one', async () => {
    const made = await backupOf(t, 'le bon mot de passe', join(t.dir));
    expect(made.manifest.encryption?.cipher).toBe('aes-256-gcm');
    // The company's data cannot be read in the file.
    expect(readFileSync(made.path).includes(Buffer.from('Client 3'))).toBe(false);
    expect((await failure(verifyBackup(made.path))).messageKey).toBe('errors.backup.passphraseRequired');
    expect((await failure(verifyBackup(made.path, { passphrase: 'un autre' }))).messageKey).toBe(
      'errors.backup.wrongPassphrase',
    );
    const report = await verifyBackup(made.path, { passphrase: 'le bon mot de passe' });
    expect(report.encrypted).toBe(true);
    expect(report.tables['party']).toBe(5);
  });

  it('one flipped byte anywhere, or a cut, is refused and leaves nothing behind', async () => {
    for (const passphrase of [undefined, 'phrase secrète']) {
      const made = await backupOf(t, passphrase);
      const bytes = readFileSync(made.path);
      const positions = [20, Math.floor(bytes.length / 2), bytes.length - 200, bytes.length - 10];
      for (const at of positions) {
        const bad = Buffer.from(bytes);
        bad[at] = bad[at]! ^ 0x01;
        const path = join(t.dir, `flipped-${at}.coulisse-backup`);
        writeFileSync(path, bad);
        const target = join(t.dir, `never-${at}.coulisse`);
        const error = await failure(restoreBackup(path, target, { passphrase }));
        expect(error.messageKey, `byte ${at}`).toBe('errors.backup.damaged');
        expect(existsSync(target)).toBe(false);
      }
      const cut = join(t.dir, 'cut.coulisse-backup');
      writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 3)));
      expect((await failure(verifyBackup(cut, { passphrase }))).messageKey).toBe('errors.backup.damaged');
    }
    expect(readdirSync(t.dir).filter((f) => f.includes('restoring'))).toEqual([]);
  });

  it('a file that is not a backup, or a missing one, says so', async () => {
    const pdf = join(t.dir, 'not-a-backup.coulisse-backup');
    writeFileSync(pdf, '%PDF-1.7\n'.repeat(100));
    expect((await failure(openBackup(pdf))).messageKey).toBe('errors.backup.notBackup');
    expect((await failure(openBackup(t.dbPath))).messageKey).toBe('errors.backup.notBackup');
    expect((await failure(openBackup(join(t.dir, 'nowhere')))).messageKey).toBe('errors.backup.missing');
  });

  it('never overwrites an existing file', async () => {
    const made = await backupOf(t);
    const target = join(t.dir, 'existing.coulisse');
    writeFileSync(target, 'keep me');
    expect((await failure(restoreBackup(made.path, target))).messageKey).toBe('errors.backup.targetExists');
    expect(readFileSync(target, 'utf8')).toBe('keep me');
  });

  it('is taken while the app keeps writing', async () => {
    const writes = Promise.all(
      Array.from({ length: 20 }, (_, i) => t.call('parties.party.create', customer({ name: `Pendant ${i}` }))),
    );
    const made = await backupOf(t);
    await writes;
    const report = await verifyBackup(made.path);
    expect(report.tables['party']).toBeGreaterThanOrEqual(5);
    expect(report.tables['party']).toBeLessThanOrEqual(25);
  });

  it('a backup of an older schema is migrated when restored', async () => {
    const old = join(t.dir, 'old.coulisse');
    const sqlite = openSqlite(old);
    const db = kyselyFor(sqlite);
    await migrate(sqlite, db, old, { migrations: migrations.slice(0, 7) });
    const made = await createBackup(sqlite, { outDir: t.dir, appVersion: 'old', sourcePath: old });
    await db.destroy();
    expect(made.manifest.schemaVersion).toBe(7);
    const report = await restoreBackup(made.path, join(t.dir, 'old-restored.coulisse'));
    expect(report.schemaVersion).toBe(7);
    expect(report.restoredSchemaVersion).toBe(migrations.length);
  });
});
