import { z } from 'zod';
import { route } from './route';
import '../domain/zod-messages';

// Backups from the app: the backup files of a folder with what is known of them, backing up now, the test restore
// of one file, and the automatic backups' settings. Restoring over the open file is a host route
// (workspace.backup.restore): the core cannot replace its own file.

const Path = z.string().trim().min(1, { error: 'validation.required' }).max(4096, { error: 'validation.tooLong' });
/** A passphrase is the only key of an encrypted backup: too short, it protects nothing. */
export const BackupPassphrase = z
  .string()
  .min(8, { error: 'validation.backupPassphraseTooShort' })
  .max(1024, { error: 'validation.tooLong' });

export const BackupKind = z.enum(['manual', 'auto', 'closing']);
export type BackupKind = z.infer<typeof BackupKind>;

export const BackupSettings = z.object({
  autoEnabled: z.boolean(),
  /** Null: the "backups" folder beside the company file. */
  folder: Path.nullable(),
  onClose: z.boolean(),
  intervalHours: z.number().int().min(1).max(720),
  keepDaily: z.number().int().min(0).max(366),
  keepWeekly: z.number().int().min(0).max(520),
  keepMonthly: z.number().int().min(0).max(1200),
});
export type BackupSettings = z.infer<typeof BackupSettings>;

export const BackupRun = z.object({
  id: z.number().int(),
  kind: BackupKind,
  startedAt: z.string(),
  finishedAt: z.string(),
  status: z.enum(['ok', 'failed']),
  path: z.string().nullable(),
  size: z.number().int().nullable(),
  sha256: z.string().nullable(),
  durationMs: z.number().int(),
  encrypted: z.boolean(),
  errorKey: z.string().nullable(),
  errorDetail: z.string().nullable(),
  userId: z.number().int().nullable(),
});
export type BackupRun = z.infer<typeof BackupRun>;

export const BackupCheckState = z.object({
  status: z.enum(['ok', 'failed', 'never']),
  at: z.string().nullable(),
  messageKey: z.string().nullable(),
});
export type BackupCheckState = z.infer<typeof BackupCheckState>;

export const BackupFile = z.object({
  name: z.string(),
  path: z.string(),
  size: z.number().int(),
  /** From the backup's manifest; null when the file cannot be read as a backup. */
  createdAt: z.string().nullable(),
  damaged: z.boolean(),
  encrypted: z.boolean(),
  kind: BackupKind.nullable(),
  check: BackupCheckState,
});
export type BackupFile = z.infer<typeof BackupFile>;

export const BackupCheckReport = z.object({
  path: z.string(),
  status: z.enum(['ok', 'failed']),
  checkedAt: z.string(),
  messageKey: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  report: z
    .object({
      createdAt: z.string(),
      appVersion: z.string(),
      company: z.object({ legalName: z.string(), siren: z.string() }).nullable(),
      encrypted: z.boolean(),
      schemaVersion: z.number().int(),
      restoredSchemaVersion: z.number().int(),
      chainLinks: z.number().int(),
      rows: z.number().int(),
      tables: z.number().int(),
      durationMs: z.number().int(),
    })
    .nullable(),
});
export type BackupCheckReport = z.infer<typeof BackupCheckReport>;

export const adminBackup = {
  'admin.backup.list': route({
    kind: 'query',
    permission: 'admin.admin',
    input: z.object({}).strict(),
    output: z.object({
      folder: z.string(),
      defaultFolder: z.string(),
      settings: BackupSettings,
      files: z.array(BackupFile),
      runs: z.array(BackupRun),
      /** The last failed run when no run succeeded after it. */
      lastFailure: BackupRun.nullable(),
      /** When the next automatic backup is due; null when they are off. */
      nextAutoAt: z.string().nullable(),
    }),
  }),
  'admin.backup.create': route({
    kind: 'mutation',
    permission: 'admin.admin',
    input: z
      .object({
        folder: Path.nullish().transform((v) => v ?? null),
        passphrase: BackupPassphrase.nullish().transform((v) => v ?? null),
      })
      .strict(),
    output: BackupRun,
  }),
  'admin.backup.check': route({
    kind: 'mutation',
    permission: 'admin.admin',
    input: z
      .object({
        path: Path,
        passphrase: z
          .string()
          .max(1024)
          .nullish()
          .transform((v) => v || null),
      })
      .strict(),
    output: BackupCheckReport,
  }),
  'admin.backup.configure': route({
    kind: 'mutation',
    permission: 'admin.admin',
    input: BackupSettings.strict(),
    output: BackupSettings,
  }),
} as const;
