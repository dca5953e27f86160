import { open } from 'node:fs/promises';
import { BackupManifest, MAGIC, parseTrailer, TRAILER_LENGTH } from '../../../db/backup/format';

export interface PeekedBackup {
  createdAt: string;
  encrypted: boolean;
}

/**
 * Reads a backup's manifest without hashing the whole file, to list a folder of large backups quickly. Whether
 * the file is intact is the test restore's question; a file whose manifest cannot be read is reported as null.
 */
export async function peekBackup(path: string, size: number): Promise<PeekedBackup | null> {
  if (size < MAGIC.length + TRAILER_LENGTH) return null;
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return null;
  }
  try {
    const read = async (position: number, length: number) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    };
    if (!(await read(0, MAGIC.length)).equals(MAGIC)) return null;
    const trailer = parseTrailer(await read(size - TRAILER_LENGTH, TRAILER_LENGTH));
    if (!trailer) return null;
    const start = size - TRAILER_LENGTH - trailer.manifestLength;
    if (start < MAGIC.length) return null;
    const parsed = BackupManifest.safeParse(JSON.parse((await read(start, trailer.manifestLength)).toString('utf8')));
    return parsed.success ? { createdAt: parsed.data.createdAt, encrypted: parsed.data.encryption !== null } : null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}
