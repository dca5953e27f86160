import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { createBackup, restoreBackup, verifyBackup } from '../electron/core/db/backup';

export interface BackupFigures {
  name: string;
  ms: number;
  /** The budget for this size: 2 s per 100 MB of company file for a backup; null where DESIGN.md sets none. */
  budget: number | null;
  perHundredMb: number;
}

const MB = 1024 * 1024;

/** Backup, test restore and restore of the bench file, plain and encrypted, timed once each (they are long). */
export async function measureBackups(sqlite: Database.Database, dbPath: string, dir: string): Promise<BackupFigures[]> {
  const out = join(dir, 'backups');
  mkdirSync(out, { recursive: true });
  const size =
    (sqlite.pragma('page_count', { simple: true }) as number) *
    (sqlite.pragma('page_size', { simple: true }) as number);
  const per100 = (ms: number) => (ms * 100 * MB) / size;
  const figures: BackupFigures[] = [];
  const timed = async (name: string, budget: number | null, fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    const ms = performance.now() - t0;
    figures.push({ name: `${name} (${(size / MB).toFixed(0)} MB)`, ms, budget, perHundredMb: per100(ms) });
  };
  const backupBudget = Math.max(2000 * (size / (100 * MB)), 200);
  let plain = '';
  let encrypted = '';
  await timed('backup', backupBudget, async () => {
    plain = (await createBackup(sqlite, { outDir: out, appVersion: 'bench', sourcePath: dbPath })).path;
  });
  await timed('backup, encrypted', backupBudget, async () => {
    encrypted = (
      await createBackup(sqlite, { outDir: out, appVersion: 'bench', sourcePath: dbPath, passphrase: 'bench phrase' })
    ).path;
  });
  await timed('test restore (verify)', null, () => verifyBackup(plain));
  await timed('restore, encrypted', null, () =>
    restoreBackup(encrypted, join(out, 'restored.coulisse'), { passphrase: 'bench phrase' }),
  );
  rmSync(out, { recursive: true, force: true });
  return figures;
}
