import { z } from 'zod';
import { route } from './route';

// The part of restoring over the open company file that needs its authority: only an administrator of this file
// may replace it. The core verifies the backup completely and writes it beside the file; the workspace (which
// owns opening and closing files) then swaps it in.

const BackupPath = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .max(4096, { error: 'validation.tooLong' });

export const RestoreSummary = z.object({
  createdAt: z.string(),
  appVersion: z.string(),
  companyName: z.string().nullable(),
  encrypted: z.boolean(),
  schemaVersion: z.number().int(),
  restoredSchemaVersion: z.number().int(),
  rows: z.number().int(),
  chainLinks: z.number().int(),
});
export type RestoreSummary = z.infer<typeof RestoreSummary>;

export const adminRestore = {
  'admin.restore.prepare': route({
    kind: 'mutation',
    permission: 'admin.admin',
    input: z.object({ backupPath: BackupPath, passphrase: z.string().max(1024).nullish() }).strict(),
    output: z.object({ stagedPath: z.string(), report: RestoreSummary }),
  }),
} as const;
