import { z } from 'zod';
import { route } from './route';

const Count = z.number().int().min(0);

export const FullExportResult = z.object({
  /** Where the archive was written, on the machine that runs the core. */
  path: z.string(),
  size: Count,
  tables: Count,
  rows: Count,
  attachments: Count,
  fecYears: Count,
});
export type FullExportResult = z.infer<typeof FullExportResult>;

export const adminExport = {
  /** Everything the company file holds as one zip of CSVs, FECs and attached documents: the company can leave. */
  'admin.export.all': route({
    kind: 'mutation',
    permission: 'admin.admin',
    input: z.object({ folder: z.string().trim().min(1).max(4096).optional() }).strict(),
    output: FullExportResult,
  }),
  /** An archive of the company's exports folder, for a browser that cannot open the folder itself. */
  'admin.export.download': route({
    kind: 'query',
    permission: 'admin.admin',
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: z.object({ fileName: z.string(), size: Count, base64: z.string() }),
  }),
} as const;
