import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { z } from 'zod';
import type { AuditFilter, AuditRow } from '../../../../shared/contract/audit';
import type { DB } from '../../db/schema';
import { seekPageIds } from '../../db/page-seek';
import { memoRead } from '../../db/read-memo';

export type ParsedAuditFilter = z.output<typeof AuditFilter>;

/**
 * The audit rows a filter selects. Every condition is a range or an equality on an indexed column, so each
 * filter reads its own index. Dates are whole days, compared as text with the ISO instant: every instant of
 * 2025-03-01 lies between '2025-03-01' and '2025-03-01U' ('T' separates date and time, 'U' follows it). A route
 * ending with a dot is a prefix ('parties.' is every third-party operation).
 */
export function auditQuery(db: Kysely<DB>, f: ParsedAuditFilter): SelectQueryBuilder<DB, 'audit_log', object> {
  let q = db.selectFrom('audit_log');
  if (f.userId !== undefined) q = q.where('user_id', '=', f.userId);
  if (f.route) {
    if (f.route.endsWith('.')) {
      // '/' is the character right after '.': the range holds exactly the names that start with the prefix.
      q = q.where('route', '>=', f.route).where('route', '<', `${f.route.slice(0, -1)}/`);
    } else {
      q = q.where('route', '=', f.route);
    }
  }
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId !== undefined) q = q.where('entity_id', '=', f.entityId);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', `${f.to}U`);
  return q;
}

export function auditRows(db: Kysely<DB>, f: ParsedAuditFilter) {
  return auditQuery(db, f)
    .select(['id', 'at', 'user_id', 'user_login', 'route', 'entity_type', 'entity_id', 'before_json', 'after_json'])
    .orderBy('id', 'desc');
}

type Row = Awaited<ReturnType<ReturnType<typeof auditRows>['executeTakeFirstOrThrow']>>;

function toAuditRow(r: Row): AuditRow {
  return {
    id: r.id,
    at: r.at,
    userId: r.user_id,
    userLogin: r.user_login,
    route: r.route,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: r.before_json,
    after: r.after_json,
  };
}

/** Newest first, one page at a time: the trail only grows. */
export async function listAudit(db: Kysely<DB>, input: ParsedAuditFilter & { page: number; pageSize: number }) {
  const { total } = await memoRead(
    db,
    auditQuery(db, input).select((eb) => eb.fn.countAll<number>().as('total')),
  );
  const ids = await seekPageIds(
    db,
    auditQuery(db, input),
    { keys: ['id'], dir: 'desc', id: 'id' },
    input.page,
    input.pageSize,
  );
  const found = ids.length ? await auditRows(db, {}).where('id', 'in', ids).execute() : [];
  return { rows: found.map(toAuditRow), total, page: input.page, pageSize: input.pageSize };
}
