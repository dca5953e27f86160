import { sql } from 'kysely';
import type { Migration } from './types';

// Backups taken from the app: the automatic backups' settings (one row), every run, manual or automatic, and every
// test restore of a backup file. The files themselves live outside the company file, in a folder of the admin's.
export const migration0009: Migration = {
  version: 9,
  name: 'backups',
  async up(db) {
    await sql`create table backup_setting (
      id integer primary key check (id = 1),
      auto_enabled integer not null default 1 check (auto_enabled in (0, 1)),
      -- Null: the "backups" folder beside the company file.
      folder text,
      on_close integer not null default 1 check (on_close in (0, 1)),
      interval_hours integer not null default 24 check (interval_hours between 1 and 720),
      keep_daily integer not null default 7 check (keep_daily between 0 and 366),
      keep_weekly integer not null default 4 check (keep_weekly between 0 and 520),
      keep_monthly integer not null default 12 check (keep_monthly between 0 and 1200),
      updated_at text not null
    ) strict`.execute(db);
    await sql`insert into backup_setting (id, updated_at) values (1, ${new Date().toISOString()})`.execute(db);

    await sql`create table backup_run (
      id integer primary key,
      kind text not null check (kind in ('manual', 'auto', 'closing')),
      started_at text not null,
      finished_at text not null,
      status text not null check (status in ('ok', 'failed')),
      path text,
      size integer,
      sha256 text,
      duration_ms integer not null,
      encrypted integer not null check (encrypted in (0, 1)),
      error_key text,
      error_detail text,
      -- Null for the automatic ones, which nobody asked for at that moment.
      user_id integer references app_user(id),
      check ((status = 'ok') = (path is not null and error_key is null))
    ) strict`.execute(db);
    await sql`create index backup_run_recent on backup_run (started_at desc, id desc)`.execute(db);
    await sql`create index backup_run_path on backup_run (path)`.execute(db);

    await sql`create table backup_check (
      id integer primary key,
      path text not null,
      -- The file as it was when checked: another file copied over it later is not taken as checked.
      file_size integer,
      file_mtime text,
      checked_at text not null,
      status text not null check (status in ('ok', 'failed')),
      message_key text,
      detail text,
      user_id integer references app_user(id)
    ) strict`.execute(db);
    await sql`create index backup_check_path on backup_check (path, id)`.execute(db);
  },
};
