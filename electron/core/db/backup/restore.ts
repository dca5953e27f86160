import { mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors';
import { verifyChains } from '../chain';
import { kyselyFor, openSqlite } from '../connection';
import { checkFile, migrate } from '../migrate';
import { LATEST_SCHEMA_VERSION } from '../migrations';
import { DATABASE_PART } from './format';
import { fsyncDir } from './fs-sync';
import { extractPart, openBackup } from './open';
import { snapshotInfo } from './snapshot-info';

export interface RestoreOptions {
  passphrase?: string | null;
  nativeBinding?: string;
  now?: Date;
}

export interface RestoreReport {
  createdAt: string;
  appVersion: string;
  company: { legalName: string; siren: string } | null;
  encrypted: boolean;
  backupSize: number;
  /** The schema the backup was taken with, and the one the restored file has (migrated when older). */
  schemaVersion: number;
  restoredSchemaVersion: number;
  integrity: 'ok';
  chainLinks: number;
  chains: { table: string; links: number; head: string | null }[];
  tables: Record<string, number>;
  rows: number;
  durationMs: number;
}

async function removeDb(path: string): Promise<void> {
  await Promise.all(['', '-wal', '-shm', '-journal'].map((s) => rm(path + s, { force: true })));
}

/** Every check a backup must pass before it may become a company file, done on an extracted copy at `work`. */
async function extractAndCheck(backupPath: string, work: string, options: RestoreOptions): Promise<RestoreReport> {
  const started = performance.now();
  const backup = await openBackup(backupPath);
  const { manifest } = backup;
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError('SCHEMA_TOO_NEW', 'errors.schemaTooNew', {
      fileVersion: manifest.schemaVersion,
      appVersion: LATEST_SCHEMA_VERSION,
    });
  }
  const part = manifest.parts.find((p) => p.name === DATABASE_PART);
  if (!part) throw new AppError('VALIDATION', 'errors.backup.damaged', { reason: 'part' });
  await extractPart(backup, part, work, options.passphrase);

  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  let sqlite: Database.Database | null = new Database(work, { fileMustExist: true, ...binding });
  try {
    let problem: string;
    try {
      checkFile(sqlite, LATEST_SCHEMA_VERSION);
      const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
      problem = rows.map((r) => r.integrity_check).join('; ');
    } catch (error) {
      if (error instanceof AppError) throw error;
      problem = (error as Error).message;
    }
    if (problem !== 'ok') throw new AppError('VALIDATION', 'errors.backup.integrity', { problem });
    const chain = verifyChains(sqlite);
    if (chain.brokenAt) throw new AppError('VALIDATION', 'errors.backup.chainBroken', { ...chain.brokenAt });
    const info = snapshotInfo(sqlite);
    for (const [table, count] of Object.entries(manifest.tables)) {
      if (info.tables[table] !== count) throw new AppError('VALIDATION', 'errors.backup.damaged', { reason: 'rows' });
    }
    sqlite.close();
    sqlite = null;

    let restoredSchemaVersion = info.schemaVersion;
    if (info.schemaVersion < LATEST_SCHEMA_VERSION) {
      const rw = openSqlite(work, binding);
      const db = kyselyFor(rw);
      try {
        restoredSchemaVersion = (await migrate(rw, db, work, { now: options.now, backupBeforeMigrating: false })).to;
      } finally {
        await db.destroy();
      }
    }
    return {
      createdAt: manifest.createdAt,
      appVersion: manifest.app.version,
      company: manifest.company,
      encrypted: manifest.encryption !== null,
      backupSize: backup.size,
      schemaVersion: manifest.schemaVersion,
      restoredSchemaVersion,
      integrity: 'ok',
      chainLinks: chain.checked,
      chains: info.chains,
      tables: info.tables,
      rows: Object.values(info.tables).reduce((a, b) => a + b, 0),
      durationMs: Math.round(performance.now() - started),
    };
  } finally {
    sqlite?.close();
  }
}

/**
 * Test restore: everything a restore does, into a temporary folder that is removed afterwards. The live company
 * file is never opened.
 */
export async function verifyBackup(backupPath: string, options: RestoreOptions = {}): Promise<RestoreReport> {
  const dir = await mkdtemp(join(tmpdir(), 'coulisse-verify-'));
  try {
    return await extractAndCheck(backupPath, join(dir, 'restored.coulisse'), options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Writes the backup as a ready company file at `targetPath`, which must not exist. The file appears only once it
 * passed every check; on any failure nothing is left behind.
 */
export async function restoreBackup(
  backupPath: string,
  targetPath: string,
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  if (
    await stat(targetPath).then(
      () => true,
      () => false,
    )
  ) {
    throw new AppError('CONFLICT', 'errors.backup.targetExists', { path: targetPath });
  }
  const work = join(dirname(targetPath), `.restoring-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const report = await extractAndCheck(backupPath, work, options);
    // A clean close checkpointed the WAL into the file: the -wal and -shm left are empty and can go.
    await Promise.all(['-wal', '-shm'].map((s) => rm(work + s, { force: true })));
    await rename(work, targetPath);
    await fsyncDir(dirname(targetPath));
    return report;
  } catch (error) {
    await removeDb(work);
    throw error;
  }
}
