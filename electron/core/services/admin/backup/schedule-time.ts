import type { BackupRun, BackupSettings } from '../../../../../shared/contract/admin-backup';

/** After a failed automatic backup (an unplugged disk), the next try waits this long rather than every tick. */
export const FAILURE_RETRY_MS = 60 * 60 * 1000;

/** When the next automatic backup is due; null when they are off. Due now when none was ever made. */
export function nextAutoBackupAt(
  settings: BackupSettings,
  lastOk: BackupRun | null,
  lastFailedAt: Date | null,
  now: Date,
): Date | null {
  if (!settings.autoEnabled) return null;
  let due = lastOk ? Date.parse(lastOk.startedAt) + settings.intervalHours * 3_600_000 : now.getTime();
  if (lastFailedAt) due = Math.max(due, lastFailedAt.getTime() + FAILURE_RETRY_MS);
  return new Date(due);
}
