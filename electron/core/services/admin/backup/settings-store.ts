import { dirname, join } from 'node:path';
import type { Kysely } from 'kysely';
import type { BackupSettings } from '../../../../../shared/contract/admin-backup';
import type { DB } from '../../../db/schema';

/** Beside the company file by default: found at once, but on the same disk, hence the advice of an external one. */
export function defaultBackupFolder(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

export function effectiveFolder(dbPath: string, settings: BackupSettings): string {
  return settings.folder ?? defaultBackupFolder(dbPath);
}

export async function loadSettings(db: Kysely<DB>): Promise<BackupSettings> {
  const row = await db.selectFrom('backup_setting').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return {
    autoEnabled: row.auto_enabled === 1,
    folder: row.folder,
    onClose: row.on_close === 1,
    intervalHours: row.interval_hours,
    keepDaily: row.keep_daily,
    keepWeekly: row.keep_weekly,
    keepMonthly: row.keep_monthly,
  };
}

export async function saveSettings(db: Kysely<DB>, s: BackupSettings, now: string): Promise<void> {
  await db
    .updateTable('backup_setting')
    .set({
      auto_enabled: s.autoEnabled ? 1 : 0,
      folder: s.folder,
      on_close: s.onClose ? 1 : 0,
      interval_hours: s.intervalHours,
      keep_daily: s.keepDaily,
      keep_weekly: s.keepWeekly,
      keep_monthly: s.keepMonthly,
      updated_at: now,
    })
    .where('id', '=', 1)
    .execute();
}
