import { sql } from 'kysely';
import { type AuditLinkRow, auditLinkFields, GENESIS_HASH, linkHash } from '../chain';
import type { Migration } from './types';

export const migration0003: Migration = {
  version: 3,
  name: 'identity',
  async up(db) {
    // Preset roles carry a code and take their permissions from shared/roles.ts; custom roles list theirs.
    await sql`create table role (
      id integer primary key,
      code text unique,
      name text not null unique,
      created_at text not null,
      updated_at text not null
    ) strict`.execute(db);
    await sql`create table role_permission (
      role_id integer not null references role(id) on delete cascade,
      permission text not null,
      primary key (role_id, permission)
    ) strict, without rowid`.execute(db);

    await sql`create table app_user (
      id integer primary key,
      login text not null unique,
      display_name text not null,
      role_id integer not null references role(id),
      password_hash text not null,
      password_salt text not null,
      password_params text not null,
      must_change_password integer not null default 0 check (must_change_password in (0, 1)),
      disabled integer not null default 0 check (disabled in (0, 1)),
      failed_attempts integer not null default 0,
      locked_until text,
      last_login_at text,
      created_at text not null,
      updated_at text not null
    ) strict`.execute(db);
    await sql`create index app_user_role on app_user (role_id)`.execute(db);

    await sql`create table setting (key text primary key, value text not null) strict`.execute(db);

    await sql`create table chain_verification (
      id integer primary key,
      at text not null,
      ok integer not null check (ok in (0, 1)),
      checked integer not null,
      broken_table text,
      broken_id integer,
      reason text
    ) strict`.execute(db);

    // Audit rows become a hash chain; rows written before this version are chained now, in id order.
    await sql`alter table audit_log add column prev_hash text`.execute(db);
    await sql`alter table audit_log add column hash text`.execute(db);
    await sql`create index audit_log_user on audit_log (user_id, id)`.execute(db);
    await sql`create index audit_log_route on audit_log (route, id)`.execute(db);
    const rows =
      await sql<AuditLinkRow>`select id, at, user_id, user_login, route, entity_type, entity_id, before_json, after_json
       from audit_log order by id`.execute(db);
    let prev = GENESIS_HASH;
    for (const r of rows.rows) {
      const hash = linkHash(prev, auditLinkFields(r));
      await sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where id = ${r.id}`.execute(db);
      prev = hash;
    }
  },
};
