import { z } from 'zod';
import { Id } from '../domain/values';
import { route } from './route';

export const FecSeparator = z.enum(['tab', 'pipe']);
export const FecEncoding = z.enum(['utf-8', 'iso-8859-15']);

/** Base64 text; a year of a large company is some hundred megabytes, so the cap only stops absurd payloads. */
const Base64 = z
  .string()
  .max(1_500_000_000)
  .regex(/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/, { error: 'validation.base64' });

export const FecExportResult = z.object({
  fileName: z.string(),
  contentBase64: z.string(),
  entries: z.number().int().min(0),
  lines: z.number().int().min(0),
});
export type FecExportResult = z.infer<typeof FecExportResult>;

export const FecImportResult = z.object({
  entries: z.number().int().min(0),
  lines: z.number().int().min(0),
  /** What the import had to open because the company did not have it yet. */
  accounts: z.number().int().min(0),
  journals: z.number().int().min(0),
  auxAccounts: z.number().int().min(0),
  years: z.number().int().min(0),
});
export type FecImportResult = z.infer<typeof FecImportResult>;

export const accountingFec = {
  /** The FEC of article A47 A-1 LPF for one fiscal year: validated entries only, in validation order. */
  'accounting.fec.export': route({
    kind: 'query',
    permission: 'accounting.read',
    input: z
      .object({
        fiscalYearId: Id,
        separator: FecSeparator.default('tab'),
        encoding: FecEncoding.default('utf-8'),
      })
      .strict(),
    output: FecExportResult,
  }),
  /**
   * The same file written into a folder (the company's exports folder beside the company file when none is named)
   * as it is encoded: a year of a large company never sits in memory or travels whole. Under the legal file name.
   */
  'accounting.fec.save': route({
    kind: 'mutation',
    permission: 'accounting.read',
    input: z
      .object({
        fiscalYearId: Id,
        separator: FecSeparator.default('tab'),
        encoding: FecEncoding.default('utf-8'),
        folder: z.string().trim().min(1).max(4096).optional(),
      })
      .strict(),
    output: z.object({
      path: z.string(),
      fileName: z.string(),
      size: z.number().int().min(0),
      entries: z.number().int().min(0),
      lines: z.number().int().min(0),
    }),
  }),
  /** Takes over the books kept in other software: only into a company that has no entries yet. */
  'accounting.fec.import': route({
    kind: 'mutation',
    permission: 'accounting.admin',
    input: z
      .object({
        fileName: z.string().trim().min(1).max(255),
        contentBase64: Base64,
      })
      .strict(),
    output: FecImportResult,
  }),
} as const;
