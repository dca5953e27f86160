import { existsSync, renameSync, rmSync } from 'node:fs';

// SQLite keeps a company file's recent writes in `<db>-wal` until a checkpoint; a clean close folds them in and
// removes it. Should one be left beside a file about to be replaced, it would be replayed into the wrong file,
// so the side files always travel with their main file.
const SIDE_FILES = ['-wal', '-shm'] as const;

/** `20261201-200100` in UTC: sorts by time and is safe in every file system's names. */
export function fileStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[-:]/g, '')
    .replace('T', '-');
}

export function safetyCopyPathFor(dbPath: string, now: Date): string {
  let candidate = `${dbPath}.before-restore-${fileStamp(now)}.coulisse`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${dbPath}.before-restore-${fileStamp(now)}-${n}.coulisse`;
  return candidate;
}

export function moveCompanyFile(from: string, to: string): void {
  renameSync(from, to);
  for (const side of SIDE_FILES) {
    if (existsSync(from + side)) renameSync(from + side, to + side);
  }
}

export function removeCompanyFile(path: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(path + suffix, { force: true });
}
