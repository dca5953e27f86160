import { sql } from 'kysely';
import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'company-audit',
  async up(db) {
    // One company per file: the row id is pinned to 1.
    await sql`create table company (
      id integer primary key check (id = 1),
      legal_name text not null,
      legal_form text not null,
      siren text not null,
      siret text not null,
      vat_number text,
      address_line1 text not null,
      address_line2 text,
      postal_code text not null,
      city text not null,
      country text not null,
      email text,
      phone text,
      fiscal_year_start text not null,
      currency text not null check (currency = 'EUR'),
      logo text,
      created_at text not null,
      updated_at text not null
    ) strict`.execute(db);

    await sql`create table audit_log (
      id integer primary key,
      at text not null,
      user_id integer not null,
      user_login text not null,
      route text not null,
      entity_type text,
      entity_id integer,
      before_json text,
      after_json text
    ) strict`.execute(db);
    await sql`create index audit_log_entity on audit_log (entity_type, entity_id, id)`.execute(db);
    await sql`create index audit_log_at on audit_log (at)`.execute(db);
  },
};
