import { sql } from 'kysely';
import type { Migration } from './types';

export const migration0004: Migration = {
  version: 4,
  name: 'ledger',
  async up(db) {
    await sql`create table account (
      id integer primary key,
      number text not null unique check (number glob '[1-8]*' and number not glob '*[^0-9]*'),
      label text not null,
      label_folded text not null,
      class integer not null check (class between 1 and 8),
      type text not null check (type in ('balance-sheet', 'income', 'special')),
      normal_side text not null check (normal_side in ('debit', 'credit')),
      parent_number text,
      is_pcg integer not null check (is_pcg in (0, 1)),
      active integer not null default 1 check (active in (0, 1)),
      created_at text not null,
      updated_at text not null
    ) strict`.execute(db);
    // The list sorts on the number (its unique index) and filters on status and class.
    await sql`create index account_active on account (active, number)`.execute(db);
    await sql`create index account_class on account (class, active, number)`.execute(db);

    await sql`create table journal (
      id integer primary key,
      code text not null unique check (length(code) between 2 and 6 and code not glob '*[^A-Z0-9]*'),
      label text not null,
      kind text not null check (kind in ('sales', 'purchases', 'bank', 'cash', 'misc', 'opening', 'payroll')),
      -- No foreign key: the cash journal names 530, which the company opens under the chart's 53.
      account_number text,
      active integer not null default 1 check (active in (0, 1)),
      created_at text not null,
      updated_at text not null
    ) strict`.execute(db);
    await sql`create index journal_active on journal (active, code)`.execute(db);

    await sql`create table fiscal_year (
      id integer primary key,
      start_date text not null unique,
      end_date text not null,
      status text not null default 'open' check (status in ('open', 'closed')),
      closed_at text,
      check (end_date > start_date)
    ) strict`.execute(db);
    await sql`create index fiscal_year_end on fiscal_year (end_date)`.execute(db);

    await sql`create table period (
      id integer primary key,
      fiscal_year_id integer not null references fiscal_year(id),
      start_date text not null,
      end_date text not null,
      locked integer not null default 0 check (locked in (0, 1)),
      unique (fiscal_year_id, start_date),
      check (end_date >= start_date)
    ) strict`.execute(db);
    await sql`create index period_dates on period (start_date, end_date)`.execute(db);
  },
};
