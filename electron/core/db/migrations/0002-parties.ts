import { sql } from 'kysely';
import type { Migration } from './types';

export const migration0002: Migration = {
  version: 2,
  name: 'parties',
  async up(db) {
    await sql`create table party (
      id integer primary key,
      code text not null unique,
      kind text not null check (kind in ('company', 'individual')),
      name text not null,
      name_folded text not null,
      is_customer integer not null check (is_customer in (0, 1)),
      is_supplier integer not null check (is_supplier in (0, 1)),
      siren text,
      siret text,
      vat_number text,
      email text,
      phone text,
      website text,
      notes text,
      city text,
      city_folded text,
      postal_code text,
      archived integer not null default 0 check (archived in (0, 1)),
      created_at text not null,
      updated_at text not null,
      check (is_customer = 1 or is_supplier = 1)
    ) strict`.execute(db);
    // One index per sort the list offers, led by the status filter every list query carries.
    await sql`create index party_name on party (archived, name_folded, id)`.execute(db);
    await sql`create index party_city on party (archived, city_folded, name_folded, id)`.execute(db);
    await sql`create index party_postal_code on party (archived, postal_code, id)`.execute(db);
    await sql`create index party_updated on party (archived, updated_at, id)`.execute(db);
    await sql`create index party_siren on party (siren) where siren is not null`.execute(db);
    await sql`create index party_vat on party (vat_number) where vat_number is not null`.execute(db);

    await sql`create table party_address (
      id integer primary key,
      party_id integer not null references party(id) on delete cascade,
      position integer not null,
      kind text not null check (kind in ('billing', 'shipping', 'other')),
      line1 text not null,
      line2 text,
      postal_code text not null,
      city text not null,
      country text not null
    ) strict`.execute(db);
    await sql`create index party_address_party on party_address (party_id, position)`.execute(db);

    await sql`create table party_contact (
      id integer primary key,
      party_id integer not null references party(id) on delete cascade,
      position integer not null,
      first_name text,
      last_name text not null,
      role text,
      email text,
      phone text
    ) strict`.execute(db);
    await sql`create index party_contact_party on party_contact (party_id, position)`.execute(db);

    // Global search: one document per searchable entity, indexed by FTS5 through triggers.
    await sql`create table search_doc (
      id integer primary key,
      kind text not null,
      ref_id integer not null,
      title text not null,
      subtitle text,
      body text not null,
      unique (kind, ref_id)
    ) strict`.execute(db);
    await sql`create virtual table search_fts using fts5(
      title, body, content='search_doc', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    )`.execute(db);
    await sql`create trigger search_doc_ai after insert on search_doc begin
      insert into search_fts (rowid, title, body) values (new.id, new.title, new.body);
    end`.execute(db);
    await sql`create trigger search_doc_ad after delete on search_doc begin
      insert into search_fts (search_fts, rowid, title, body) values ('delete', old.id, old.title, old.body);
    end`.execute(db);
    await sql`create trigger search_doc_au after update on search_doc begin
      insert into search_fts (search_fts, rowid, title, body) values ('delete', old.id, old.title, old.body);
      insert into search_fts (rowid, title, body) values (new.id, new.title, new.body);
    end`.execute(db);
  },
};
