import { createDecipheriv, createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { AppError } from '../../../../shared/errors';
import { unlock } from './cipher';
import {
  type BackupManifest,
  type BackupPart,
  BackupManifest as ManifestSchema,
  MAGIC,
  parseTrailer,
  TRAILER_LENGTH,
} from './format';

export interface OpenedBackup {
  path: string;
  size: number;
  manifest: BackupManifest;
}

const damaged = (reason: string) => new AppError('VALIDATION', 'errors.backup.damaged', { reason });

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function hashRange(path: string, start: number, endExclusive: number): Promise<string> {
  const hash = createHash('sha256');
  if (endExclusive > start) {
    const stream = createReadStream(path, { start, end: endExclusive - 1, highWaterMark: 1 << 20 });
    for await (const chunk of stream as AsyncIterable<Buffer>) hash.update(chunk);
  }
  return hash.digest('hex');
}

/**
 * Reads a backup's manifest after proving the whole file is what was written: a wrong file, a truncated copy or
 * one flipped byte anywhere is refused here, before anything is decrypted or written.
 */
export async function openBackup(path: string): Promise<OpenedBackup> {
  let size: number;
  try {
    const handle = await open(path, 'r');
    size = (await handle.stat()).size;
    await handle.close();
  } catch {
    throw new AppError('NOT_FOUND', 'errors.backup.missing', { path });
  }
  const head = await readAt(path, 0, MAGIC.length);
  if (!head.equals(MAGIC)) throw new AppError('VALIDATION', 'errors.backup.notBackup', { path });
  if (size < MAGIC.length + TRAILER_LENGTH) throw damaged('truncated');
  const trailer = parseTrailer(await readAt(path, size - TRAILER_LENGTH, TRAILER_LENGTH));
  if (!trailer) throw damaged('trailer');
  const manifestStart = size - TRAILER_LENGTH - trailer.manifestLength;
  if (manifestStart < MAGIC.length) throw damaged('trailer');
  if ((await hashRange(path, 0, size - TRAILER_LENGTH)) !== trailer.sha256) throw damaged('checksum');
  let manifest: BackupManifest;
  try {
    const text = (await readAt(path, manifestStart, trailer.manifestLength)).toString('utf8');
    manifest = ManifestSchema.parse(JSON.parse(text));
  } catch {
    throw damaged('manifest');
  }
  for (const part of manifest.parts) {
    if (part.offset < MAGIC.length || part.offset + part.size > manifestStart) throw damaged('part');
  }
  return { path, size, manifest };
}

/** Writes one part's own bytes to `dest` (decrypting them), and proves them equal to what was backed up. */
export async function extractPart(
  backup: OpenedBackup,
  part: BackupPart,
  dest: string,
  passphrase: string | null | undefined,
): Promise<void> {
  const { encryption } = backup.manifest;
  let decipher = null;
  if (encryption) {
    if (!passphrase) throw new AppError('VALIDATION', 'errors.backup.passphraseRequired');
    const key = await unlock(passphrase, encryption);
    if (!key) throw new AppError('VALIDATION', 'errors.backup.wrongPassphrase');
    if (!part.iv || !part.tag) throw damaged('part');
    decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(part.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(part.tag, 'base64'));
  }
  const hash = createHash('sha256');
  const out = await open(dest, 'wx');
  let position = 0;
  const write = async (bytes: Buffer) => {
    hash.update(bytes);
    await out.write(bytes, 0, bytes.length, position);
    position += bytes.length;
  };
  try {
    if (part.size > 0) {
      const stream = createReadStream(backup.path, {
        start: part.offset,
        end: part.offset + part.size - 1,
        highWaterMark: 1 << 20,
      });
      for await (const chunk of stream as AsyncIterable<Buffer>) await write(decipher ? decipher.update(chunk) : chunk);
    }
    if (decipher) {
      try {
        await write(decipher.final());
      } catch {
        throw damaged('decryption');
      }
    }
    if (position !== part.plainSize || hash.digest('hex') !== part.sha256) throw damaged('part');
    await out.sync();
    await out.close();
  } catch (error) {
    await out.close().catch(() => undefined);
    await rm(dest, { force: true });
    throw error;
  }
}
