import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type Database from 'better-sqlite3';
import { newEncryption } from './cipher';
import { BACKUP_EXTENSION, type BackupManifest, type BackupPart, buildTrailer, DATABASE_PART, MAGIC } from './format';
import { fileSnapshotInfo } from './snapshot-info';
import { fsyncDir } from './fs-sync';

export interface CreateBackupOptions {
  outDir: string;
  appVersion: string;
  /** The company file's path, for the manifest and the file name when the company has no name yet. */
  sourcePath: string;
  passphrase?: string | null;
  now?: Date;
  nativeBinding?: string;
  /** Test hook: lower scrypt cost. */
  scrypt?: { N: number; r: number; p: number };
}

export interface CreatedBackup {
  path: string;
  size: number;
  sha256: string;
  manifest: BackupManifest;
  durationMs: number;
}

function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return s || 'coulisse';
}

/** `<company>-<date>-<time>.coulisse-backup`, in local time as the admin reads it in the folder. */
export function backupFileName(companyOrFile: string, now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
  const time = `${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
  return `${slug(companyOrFile)}-${date}-${time}${BACKUP_EXTENSION}`;
}

async function freePath(dir: string, name: string): Promise<string> {
  const base = name.slice(0, -BACKUP_EXTENSION.length);
  for (let i = 1; ; i++) {
    const candidate = join(dir, i === 1 ? name : `${base}-${i}${BACKUP_EXTENSION}`);
    try {
      await stat(candidate);
    } catch {
      return candidate;
    }
  }
}

/**
 * Online backup: SQLite's backup API copies a consistent snapshot while the app keeps working, then the snapshot
 * is hashed (and encrypted) into the backup file. The file appears under its final name only once complete and
 * flushed to disk, so a crash or a full disk never leaves a half backup that looks whole.
 */
export async function createBackup(sqlite: Database.Database, options: CreateBackupOptions): Promise<CreatedBackup> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const snapshot = join(options.outDir, `.snapshot-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const partial = `${snapshot}.partial`;
  try {
    // Big steps: the default 100 pages per step makes a 100 MB file take seconds; the event loop still turns.
    await sqlite.backup(snapshot, { progress: () => 4096 });
    const info = fileSnapshotInfo(snapshot, options.nativeBinding);
    const name = backupFileName(info.company?.legalName ?? basename(options.sourcePath).replace(/\.[^.]*$/, ''), now);
    const finalPath = await freePath(options.outDir, name);

    const crypto = options.passphrase ? await newEncryption(options.passphrase, options.scrypt) : null;
    const fileHash = createHash('sha256');
    const out = await open(partial, 'wx');
    let position = 0;
    const write = async (bytes: Buffer) => {
      if (bytes.length === 0) return;
      fileHash.update(bytes);
      await out.write(bytes, 0, bytes.length, position);
      position += bytes.length;
    };
    let part: BackupPart;
    try {
      await write(MAGIC);
      const offset = position;
      const plainHash = createHash('sha256');
      const iv = randomBytes(12);
      const cipher = crypto ? createCipheriv('aes-256-gcm', crypto.key, iv) : null;
      let plainSize = 0;
      for await (const chunk of createReadStream(snapshot, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
        plainHash.update(chunk);
        plainSize += chunk.length;
        await write(cipher ? cipher.update(chunk) : chunk);
      }
      if (cipher) await write(cipher.final());
      part = {
        name: DATABASE_PART,
        offset,
        size: position - offset,
        plainSize,
        sha256: plainHash.digest('hex'),
        ...(cipher ? { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') } : {}),
      };
      const manifest: BackupManifest = {
        format: 'coulisse-backup',
        version: 1,
        app: { name: 'Coulisse', version: options.appVersion },
        schemaVersion: info.schemaVersion,
        createdAt: now.toISOString(),
        company: info.company,
        sourceFile: basename(options.sourcePath),
        tables: info.tables,
        chains: info.chains,
        encryption: crypto?.encryption ?? null,
        parts: [part],
      };
      const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
      await write(manifestBytes);
      // The whole file's hash, as `sha256sum` prints it, for the admin's own records.
      const wholeHash = fileHash.copy();
      const trailer = buildTrailer(manifestBytes.length, fileHash.digest('hex'));
      wholeHash.update(trailer);
      await out.write(trailer, 0, trailer.length, position);
      position += trailer.length;
      await out.sync();
      await out.close();
      await rename(partial, finalPath);
      await fsyncDir(options.outDir);
      return {
        path: finalPath,
        size: position,
        sha256: wholeHash.digest('hex'),
        manifest,
        durationMs: Math.round(performance.now() - started),
      };
    } catch (error) {
      await out.close().catch(() => undefined);
      throw error;
    }
  } finally {
    await Promise.all([snapshot, `${snapshot}-wal`, `${snapshot}-shm`, partial].map((f) => rm(f, { force: true })));
  }
}
