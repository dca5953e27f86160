import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { AppError } from '../../../../../shared/errors';

/** The admin's words for what the file system said: a missing folder, no right to write, a full disk. */
export function backupFailure(error: unknown, folder: string): AppError {
  if (error instanceof AppError) return error;
  const code = String((error as { code?: unknown })?.code ?? '');
  if (code === 'ENOENT') return new AppError('VALIDATION', 'errors.backup.folderMissing', { folder });
  if (['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR', 'SQLITE_CANTOPEN', 'SQLITE_READONLY'].includes(code)) {
    return new AppError('VALIDATION', 'errors.backup.folderNotWritable', { folder });
  }
  if (code === 'ENOSPC' || code === 'SQLITE_FULL')
    return new AppError('VALIDATION', 'errors.backup.diskFull', { folder });
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError('INTERNAL', 'errors.backup.failed', { folder, reason: reason.slice(0, 500) });
}

/**
 * A folder backups may be written to. The default one is created on first use; a folder the admin chose must
 * already exist, since a missing one is most often an unplugged disk, and writing on the system disk instead would
 * give a false sense of safety.
 */
export async function ensureBackupFolder(folder: string, createIfMissing: boolean): Promise<void> {
  try {
    if (createIfMissing) await mkdir(folder, { recursive: true });
    const info = await stat(folder);
    if (!info.isDirectory()) throw new AppError('VALIDATION', 'errors.backup.folderNotWritable', { folder });
    await access(folder, constants.W_OK);
  } catch (error) {
    throw backupFailure(error, folder);
  }
}
