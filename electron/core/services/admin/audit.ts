import type { audit } from '../../../../shared/contract/audit';
import type { Handlers } from '../../context';
import { exportAuditCsv } from './audit-export';
import { listAudit } from './audit-query';

type AuditRoutes = Extract<keyof typeof audit, `admin.audit.${string}`>;

export const auditTrailHandlers = {
  'admin.audit.list': (ctx, input) => listAudit(ctx.db, input),
  'admin.audit.exportCsv': (ctx, input) => exportAuditCsv(ctx.db, input, ctx.now().toISOString().slice(0, 10)),
} satisfies Pick<Handlers<typeof audit>, AuditRoutes>;
