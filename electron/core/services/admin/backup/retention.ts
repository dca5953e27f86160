import { BACKUP_EXTENSION } from '../../../db/backup';

/** How many automatic backups to keep: the newest of each of the last N days, N ISO weeks and N months. */
export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export interface DatedBackup {
  path: string;
  createdAt: Date;
}

export const AUTO_SUFFIX = `-auto${BACKUP_EXTENSION}`;
const AUTO_NAME = /^.+-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?-auto\.coulisse-backup$/;

/** Only files named like this are ever deleted by retention: a backup the admin made keeps its own name. */
export function isAutomaticBackupName(name: string): boolean {
  return AUTO_NAME.test(name);
}

const p = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${p(d.getMonth() + 1)}`;

/** ISO 8601 week, in local time as the admin's calendar: weeks start on Monday, week 1 holds the 4th of January. */
export function isoWeekKey(d: Date): string {
  const thursday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7) + 3);
  const year = thursday.getFullYear();
  const firstThursday = new Date(year, 0, 4 - ((new Date(year, 0, 4).getDay() + 6) % 7) + 3);
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${p(week)}`;
}

/**
 * Grandfather-father-son: walking from the newest, the newest backup of each of the first N distinct days, weeks
 * and months is kept. Buckets are those holding backups, not calendar slots counted back from now, so a pause
 * of the automatic backups (a holiday, a computer left off) never wipes the older ones. The newest is always
 * kept, and so is any backup dated after `now` (a clock set wrong), which cannot be placed.
 */
export function backupsToDelete(files: readonly DatedBackup[], policy: RetentionPolicy, now: Date): string[] {
  const placed = files
    .filter((f) => Number.isFinite(f.createdAt.getTime()) && f.createdAt.getTime() <= now.getTime())
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
  const keep = new Set<string>();
  if (placed[0]) keep.add(placed[0].path);
  const tiers: [number, (d: Date) => string][] = [
    [policy.daily, dayKey],
    [policy.weekly, isoWeekKey],
    [policy.monthly, monthKey],
  ];
  for (const [count, key] of tiers) {
    const seen = new Set<string>();
    for (const f of placed) {
      if (seen.size >= count) break;
      const k = key(f.createdAt);
      if (seen.has(k)) continue;
      seen.add(k);
      keep.add(f.path);
    }
  }
  return placed.filter((f) => !keep.has(f.path)).map((f) => f.path);
}
