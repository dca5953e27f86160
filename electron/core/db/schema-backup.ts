import type { Generated } from 'kysely';

// Row types of the backup tables (migration 0009), kept apart from schema.ts and merged into DB there.

export interface BackupSettingTable {
  id: number;
  auto_enabled: number;
  folder: string | null;
  on_close: number;
  interval_hours: number;
  keep_daily: number;
  keep_weekly: number;
  keep_monthly: number;
  updated_at: string;
}

export interface BackupRunTable {
  id: Generated<number>;
  kind: 'manual' | 'auto' | 'closing';
  started_at: string;
  finished_at: string;
  status: 'ok' | 'failed';
  path: string | null;
  size: number | null;
  sha256: string | null;
  duration_ms: number;
  encrypted: number;
  error_key: string | null;
  error_detail: string | null;
  user_id: number | null;
}

export interface BackupCheckTable {
  id: Generated<number>;
  path: string;
  file_size: number | null;
  file_mtime: string | null;
  checked_at: string;
  status: 'ok' | 'failed';
  message_key: string | null;
  detail: string | null;
  user_id: number | null;
}

export interface BackupTables {
  backup_setting: BackupSettingTable;
  backup_run: BackupRunTable;
  backup_check: BackupCheckTable;
}
