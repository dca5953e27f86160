import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUP_EXTENSION } from '../../../db/backup';
import { type PeekedBackup, peekBackup } from './peek';

export interface FolderBackup {
  name: string;
  path: string;
  size: number;
  mtime: string;
  /** Null when the file cannot be read as a backup. */
  manifest: PeekedBackup | null;
}

/** The backup files of a folder, newest name first; a missing or unreadable folder has none. */
export async function backupFilesIn(folder: string): Promise<FolderBackup[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => n.endsWith(BACKUP_EXTENSION) && !n.startsWith('.'));
  } catch {
    return [];
  }
  const files: FolderBackup[] = [];
  for (const name of names.sort().reverse()) {
    const path = join(folder, name);
    try {
      const info = await stat(path);
      if (!info.isFile()) continue;
      files.push({
        name,
        path,
        size: info.size,
        mtime: info.mtime.toISOString(),
        manifest: await peekBackup(path, info.size),
      });
    } catch {
      // Removed while listing.
    }
  }
  return files;
}
