import { z } from 'zod';

// A backup is one file: a magic line, the parts' bytes one after the other, the manifest (JSON), and a fixed-size
// trailer giving the manifest's length and the SHA-256 of everything before the trailer. The manifest comes last
// so that a backup is written in one pass; the trailer's hash catches any flipped byte anywhere, the manifest
// included. Layout documented in docs/backups.md.

export const BACKUP_EXTENSION = '.coulisse-backup';
export const MAGIC = Buffer.from('COULISSE-BACKUP 1\n', 'ascii');
/** "\nMANIFEST " + 12 digits + " SHA256 " + 64 hex digits + "\n". */
export const TRAILER_LENGTH = 95;
const TRAILER = /^\nMANIFEST (\d{12}) SHA256 ([0-9a-f]{64})\n$/;

export function buildTrailer(manifestLength: number, sha256: string): Buffer {
  const text = `\nMANIFEST ${String(manifestLength).padStart(12, '0')} SHA256 ${sha256}\n`;
  return Buffer.from(text, 'ascii');
}

export function parseTrailer(bytes: Buffer): { manifestLength: number; sha256: string } | null {
  const m = TRAILER.exec(bytes.toString('latin1'));
  return m ? { manifestLength: Number(m[1]), sha256: m[2]! } : null;
}

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const Encryption = z.object({
  cipher: z.literal('aes-256-gcm'),
  kdf: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(1024)
    .max(2 ** 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: Base64,
  /** A known text encrypted with the key: tells a wrong passphrase apart from a damaged file. */
  check: z.object({ iv: Base64, tag: Base64, data: Base64 }),
});
export type Encryption = z.infer<typeof Encryption>;

export const BackupPart = z.object({
  name: z.string().regex(/^[a-z0-9._-]+$/),
  offset: z.number().int().min(0),
  /** Bytes stored in the backup (the ciphertext when encrypted). */
  size: z.number().int().min(0),
  /** The part's own bytes, before encryption. */
  plainSize: z.number().int().min(0),
  sha256: Hex64,
  iv: Base64.optional(),
  tag: Base64.optional(),
});
export type BackupPart = z.infer<typeof BackupPart>;

export const BackupManifest = z.object({
  format: z.literal('coulisse-backup'),
  version: z.literal(1),
  app: z.object({ name: z.string(), version: z.string() }),
  schemaVersion: z.number().int().min(0),
  createdAt: z.string(),
  company: z.object({ legalName: z.string(), siren: z.string() }).nullable(),
  sourceFile: z.string(),
  /** Row count of each table at the moment of the backup, to compare with a restored file. */
  tables: z.record(z.string(), z.number().int().min(0)),
  chains: z.array(z.object({ table: z.string(), links: z.number().int(), head: z.string().nullable() })),
  encryption: Encryption.nullable(),
  parts: z.array(BackupPart).min(1),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

/** The company file inside a backup. Attached documents live in the file itself (table attachment). */
export const DATABASE_PART = 'company.sqlite';
