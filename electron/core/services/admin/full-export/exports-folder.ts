import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { AppError } from '../../../../../shared/errors';

/** Beyond this the file goes through the browser as base64 in one piece: too big, take it from the folder. */
export const DOWNLOAD_CAP_BYTES = 200 * 1024 * 1024;

/** Exports live beside the company file, where whoever backs the file up finds them too. */
export function defaultExportsFolder(dbPath: string): string {
  return join(dirname(resolve(dbPath)), 'exports');
}

export function exportFolder(dbPath: string, folder: string | undefined): string {
  if (folder === undefined) return defaultExportsFolder(dbPath);
  if (!isAbsolute(folder)) throw new AppError('VALIDATION', 'errors.exportFolderNotAbsolute', { folder });
  return folder;
}

/**
 * Only an archive of the company's own exports folder may be read back: the route must not become a way to
 * read any file of the machine. Links are resolved before comparing, so a symbolic link cannot lead outside.
 */
export function checkDownloadable(dbPath: string, path: string): { path: string; size: number } {
  const folder = defaultExportsFolder(dbPath);
  const refuse = (): never => {
    throw new AppError('FORBIDDEN', 'errors.exportOutsideFolder', { path });
  };
  if (!isAbsolute(path) || !path.endsWith('.zip') || !existsSync(path) || !existsSync(folder)) refuse();
  const real = realpathSync(path);
  if (dirname(real) !== realpathSync(folder) || basename(real).startsWith('.')) refuse();
  const stat = statSync(real);
  if (!stat.isFile()) refuse();
  if (stat.size > DOWNLOAD_CAP_BYTES) {
    throw new AppError('CONFLICT', 'errors.exportTooLarge', {
      sizeMb: Math.ceil(stat.size / 1024 / 1024),
      capMb: DOWNLOAD_CAP_BYTES / 1024 / 1024,
    });
  }
  return { path: real, size: stat.size };
}
