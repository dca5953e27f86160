import { sql } from 'kysely';
import type { Migration } from './types';

export const migration0006: Migration = {
  version: 6,
  name: 'bills',
  async up(db) {
    // Files kept with a document (a received e-invoice, later scanned receipts and signed contracts): the owner is
    // named by type and id so that any document can have some.
    await sql`create table attachment (
      id integer primary key,
      owner_type text not null,
      owner_id integer not null,
      file_name text not null,
      mime_type text not null,
      size integer not null check (size >= 0),
      sha256 text not null check (length(sha256) = 64),
      content blob not null,
      created_at text not null
    ) strict`.execute(db);
    await sql`create index attachment_owner on attachment (owner_type, owner_id)`.execute(db);
    await sql`create index attachment_sha256 on attachment (sha256)`.execute(db);

    // Supplier invoices and credit notes, entered by hand or read from a received e-invoice.
    await sql`create table bill (
      id integer primary key,
      party_id integer not null references party(id),
      kind text not null check (kind in ('invoice', 'credit_note')),
      number text not null,
      issue_date text not null,
      due_date text,
      currency text not null,
      payment_means text,
      status text not null check (status in ('draft', 'validated')),
      net_total integer not null,
      vat_total integer not null,
      gross_total integer not null,
      entry_id integer references entry(id),
      attachment_id integer references attachment(id),
      created_at text not null,
      created_by integer references app_user(id),
      updated_at text not null,
      updated_by integer references app_user(id),
      validated_at text,
      validated_by integer references app_user(id),
      unique (party_id, number),
      check ((status = 'validated') = (entry_id is not null))
    ) strict`.execute(db);
    await sql`create index bill_date on bill (issue_date, id)`.execute(db);
    await sql`create index bill_number on bill (number, id)`.execute(db);
    await sql`create index bill_party on bill (party_id, issue_date, id)`.execute(db);
    await sql`create index bill_status on bill (status, issue_date, id)`.execute(db);
    await sql`create index bill_gross on bill (gross_total, id)`.execute(db);

    await sql`create table bill_line (
      id integer primary key,
      bill_id integer not null references bill(id) on delete cascade,
      line_no integer not null,
      label text not null,
      -- Exact decimal text as the invoice states it ("2.5"): EN 16931 allows any number of decimals.
      quantity text,
      net_amount integer not null,
      vat_rate integer not null check (vat_rate >= 0 and vat_rate <= 10000),
      account_number text not null,
      fixed_asset integer not null check (fixed_asset in (0, 1)),
      unique (bill_id, line_no)
    ) strict`.execute(db);

    await sql`create table bill_vat (
      id integer primary key,
      bill_id integer not null references bill(id) on delete cascade,
      rate integer not null check (rate >= 0 and rate <= 10000),
      base integer not null,
      vat integer not null,
      unique (bill_id, rate)
    ) strict`.execute(db);
  },
};
