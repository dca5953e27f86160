import { z } from 'zod';
import { page } from '../domain/list';
import { Id, IsoDate } from '../domain/values';
import { route } from './route';

export const AuditRow = z.object({
  id: Id,
  at: z.string(),
  userId: z.number().int(),
  userLogin: z.string(),
  route: z.string(),
  entityType: z.string().nullable(),
  entityId: z.number().int().nullable(),
  /** JSON text as recorded. */
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type AuditRow = z.infer<typeof AuditRow>;

export const AuditFilter = z
  .object({
    userId: Id.optional(),
    route: z.string().trim().max(100).optional(),
    entityType: z.string().trim().max(50).optional(),
    entityId: Id.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
  })
  .strict();

export const BrokenLink = z.object({
  /** The chained table and the row id where the chain first breaks. */
  table: z.string(),
  id: z.number().int(),
  reason: z.enum(['hash', 'link']),
});
export type BrokenLink = z.infer<typeof BrokenLink>;

export const ChainReport = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  brokenAt: BrokenLink.nullable(),
  verifiedAt: z.string(),
});
export type ChainReport = z.infer<typeof ChainReport>;

export const audit = {
  'admin.audit.list': route({
    kind: 'query',
    permission: 'admin.read',
    input: AuditFilter.extend({
      page: z.number().int().min(0).default(0),
      pageSize: z.number().int().min(1).max(200).default(50),
    }).strict(),
    output: page(AuditRow),
  }),
  'admin.audit.exportCsv': route({
    kind: 'query',
    permission: 'admin.read',
    input: AuditFilter.extend({ locale: z.enum(['fr', 'en']).default('fr') }).strict(),
    output: z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() }),
  }),
  'admin.chain.status': route({
    kind: 'query',
    permission: 'admin.read',
    input: z.object({}).strict(),
    output: z.object({
      links: z.number().int(),
      head: z.string().nullable(),
      lastVerification: ChainReport.nullable(),
    }),
  }),
  'admin.chain.verify': route({
    kind: 'mutation',
    permission: 'admin.admin',
    input: z.object({}).strict(),
    output: ChainReport,
  }),
} as const;
