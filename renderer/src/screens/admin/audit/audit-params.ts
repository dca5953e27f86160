import type { RouteInput } from '../../../../../shared/contract';

/** The audit trail's filters as the address keeps them (strings), so a reload or a shared link shows the same. */
export interface AuditParams {
  userId: string;
  route: string;
  entityType: string;
  entityId: string;
  from: string;
  to: string;
}

const KEYS = ['userId', 'route', 'entityType', 'entityId', 'from', 'to'] as const;
export type AuditFilterKey = (typeof KEYS)[number];

export function parseAuditParams(search: URLSearchParams): AuditParams {
  const get = (k: string) => search.get(k)?.trim() ?? '';
  return {
    userId: get('userId'),
    route: get('route'),
    entityType: get('entityType'),
    entityId: get('entityId'),
    from: get('from'),
    to: get('to'),
  };
}

export function auditParamsToSearch(p: AuditParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of KEYS) if (p[k]) out.set(k, p[k]);
  return out;
}

const positiveId = (s: string) => (/^\d+$/.test(s) && Number(s) > 0 ? Number(s) : undefined);
const isoDate = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined);

/** What the core receives: empty filters left out, an unreadable one ignored rather than refused. */
export function auditFilters(p: AuditParams): Omit<RouteInput<'admin.audit.list'>, 'page' | 'pageSize'> {
  const out: Omit<RouteInput<'admin.audit.list'>, 'page' | 'pageSize'> = {};
  const userId = positiveId(p.userId);
  const entityId = positiveId(p.entityId);
  if (userId) out.userId = userId;
  if (p.route) out.route = p.route;
  if (p.entityType) out.entityType = p.entityType;
  if (entityId) out.entityId = entityId;
  if (isoDate(p.from)) out.from = p.from;
  if (isoDate(p.to)) out.to = p.to;
  return out;
}

export function hasFilters(p: AuditParams): boolean {
  return KEYS.some((k) => p[k] !== '');
}

/** Recorded before/after as it was written, indented for reading; text that is not JSON shows as it is. */
export function prettyJson(text: string | null): string | null {
  if (text === null) return null;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
