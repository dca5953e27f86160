import { sql } from 'kysely';
import type { Migration } from './types';

export const migration0007: Migration = {
  version: 7,
  name: 'bank',
  async up(db) {
    // One row per bank account the company holds: its 512x ledger account and the journal its entries go to.
    await sql`create table bank_account (
      id integer primary key,
      name text not null,
      iban text not null unique,
      bic text,
      account_number text not null unique,
      journal_id integer not null unique references journal(id),
      -- The CSV column mapping last used for this bank's exports, as JSON.
      csv_mapping text,
      active integer not null check (active in (0, 1)),
      created_at text not null,
      updated_at text not null
    ) strict`.execute(db);

    await sql`create table bank_statement (
      id integer primary key,
      bank_account_id integer not null references bank_account(id),
      format text not null check (format in ('csv', 'ofx', 'camt053')),
      file_name text not null,
      -- The same file imported twice is refused.
      sha256 text not null,
      imported_at text not null,
      imported_by integer references app_user(id),
      opening_balance integer,
      closing_balance integer,
      period_from text,
      period_to text,
      line_count integer not null,
      unique (bank_account_id, sha256)
    ) strict`.execute(db);
    await sql`create index bank_statement_account on bank_statement (bank_account_id, period_to, id)`.execute(db);

    await sql`create table bank_line (
      id integer primary key,
      statement_id integer not null references bank_statement(id),
      bank_account_id integer not null references bank_account(id),
      date text not null,
      value_date text,
      label text not null,
      reference text,
      -- Signed cents: money coming into the account is positive.
      amount integer not null,
      status text not null check (status in ('open', 'matched', 'ignored')),
      entry_id integer references entry(id),
      -- Date, amount, label, reference and rank among identical lines: overlapping statements add no line twice.
      fingerprint text not null,
      unique (bank_account_id, fingerprint),
      check ((status = 'matched') = (entry_id is not null))
    ) strict`.execute(db);
    await sql`create index bank_line_account on bank_line (bank_account_id, date, id)`.execute(db);
    await sql`create index bank_line_status on bank_line (bank_account_id, status, date, id)`.execute(db);

    // Matching a bank line looks up the open items of its exact amount among every posted line.
    await sql`create index entry_line_open_amount on entry_line (debit - credit) where posted = 1 and letter is null`.execute(
      db,
    );
    // ... and a third party's open items together, when one payment settles several.
    await sql`create index entry_line_open_aux on entry_line (aux_account_id, account_id)
      where posted = 1 and letter is null and aux_account_id is not null`.execute(db);
  },
};
