import { createHash } from 'node:crypto';

// Tamper evidence: each link hashes the previous link's hash and its own canonical content, so changing,
// inserting or removing a row behind the app's back breaks every later link.

export const GENESIS_HASH = '0'.repeat(64);

/** Canonical content: a JSON array of the fields in a fixed order (JSON keeps types and escapes unambiguous). */
export function linkHash(prevHash: string, fields: readonly unknown[]): string {
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

export interface AuditLinkRow {
  id: number;
  at: string;
  user_id: number;
  user_login: string;
  route: string;
  entity_type: string | null;
  entity_id: number | null;
  before_json: string | null;
  after_json: string | null;
}

export function auditLinkFields(r: AuditLinkRow): unknown[] {
  return [r.id, r.at, r.user_id, r.user_login, r.route, r.entity_type, r.entity_id, r.before_json, r.after_json];
}
