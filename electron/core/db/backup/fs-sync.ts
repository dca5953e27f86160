import { open } from 'node:fs/promises';

/** Makes a rename durable: the directory entry is flushed too. Windows cannot open a directory; NTFS journals it. */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
