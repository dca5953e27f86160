import { sql } from 'kysely';
import type { Migration } from './types';

export const migration0005: Migration = {
  version: 5,
  name: 'entries',
  async up(db) {
    // Customers' and suppliers' accounts under the collective 411/401: the FEC's CompAuxNum.
    await sql`create table aux_account (
      id integer primary key,
      number text not null unique,
      label text not null,
      kind text not null check (kind in ('customer', 'supplier', 'other')),
      control_number text not null,
      party_id integer references party(id),
      created_at text not null,
      unique (party_id, kind)
    ) strict`.execute(db);

    await sql`create table entry (
      id integer primary key,
      journal_id integer not null references journal(id),
      fiscal_year_id integer not null references fiscal_year(id),
      period_id integer not null references period(id),
      date text not null,
      label text not null,
      reference text,
      status text not null check (status in ('draft', 'validated')),
      -- Continuous per journal and fiscal year, given at validation.
      seq integer,
      number text unique,
      validated_at text,
      validated_by integer references app_user(id),
      -- The document that posted it (customer invoice, supplier invoice, payment, year close...): one entry each.
      source_type text,
      source_id integer,
      reversal_of integer unique references entry(id),
      total_debit integer not null,
      total_credit integer not null,
      created_by integer references app_user(id),
      created_at text not null,
      updated_at text not null,
      unique (journal_id, fiscal_year_id, seq),
      unique (source_type, source_id),
      check ((status = 'draft') = (seq is null)),
      check ((status = 'draft') = (number is null)),
      check (status = 'draft' or total_debit = total_credit)
    ) strict`.execute(db);
    await sql`create index entry_date on entry (date, id)`.execute(db);
    await sql`create index entry_journal on entry (journal_id, date, id)`.execute(db);
    await sql`create index entry_status on entry (status, date, id)`.execute(db);
    await sql`create index entry_year on entry (fiscal_year_id, status)`.execute(db);

    // Date and status are copied from the entry so that ledgers read one index per account.
    await sql`create table entry_line (
      id integer primary key,
      entry_id integer not null references entry(id) on delete cascade,
      line_no integer not null,
      account_id integer not null references account(id),
      aux_account_id integer references aux_account(id),
      label text,
      debit integer not null check (debit >= 0),
      credit integer not null check (credit >= 0),
      due_date text,
      date text not null,
      posted integer not null check (posted in (0, 1)),
      letter text,
      lettered_at text,
      unique (entry_id, line_no),
      check (debit = 0 or credit = 0),
      check (debit + credit > 0)
    ) strict`.execute(db);
    await sql`create index entry_line_account on entry_line (account_id, posted, date)`.execute(db);
    await sql`create index entry_line_aux on entry_line (aux_account_id, posted, date) where aux_account_id is not null`.execute(
      db,
    );
    await sql`create index entry_line_letter on entry_line (letter) where letter is not null`.execute(db);

    // Validated totals per period and account, kept in the posting transaction: reports read these.
    await sql`create table period_balance (
      period_id integer not null references period(id),
      account_id integer not null references account(id),
      debit integer not null,
      credit integer not null,
      primary key (period_id, account_id)
    ) strict, without rowid`.execute(db);

    // Validated entries in validation order, chained by hash over the entry and its lines.
    await sql`create table entry_seal (
      id integer primary key,
      entry_id integer not null unique references entry(id),
      at text not null,
      prev_hash text not null,
      hash text not null
    ) strict`.execute(db);
  },
};
