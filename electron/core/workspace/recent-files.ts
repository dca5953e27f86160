import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RecentDossier } from '../../../shared/contract/workspace';

// The recent list is a convenience: a missing or damaged file is an empty list, never an error that would keep
// the chooser from showing.

export const RECENT_FILE = 'recent-dossiers.json';
export const MAX_RECENT = 10;

export interface RecentEntry {
  path: string;
  name: string | null;
  lastOpenedAt: string;
}

function isEntry(value: unknown): value is RecentEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e['path'] === 'string' &&
    e['path'] !== '' &&
    (e['name'] === null || typeof e['name'] === 'string') &&
    typeof e['lastOpenedAt'] === 'string'
  );
}

export function recentFilePath(userDataDir: string): string {
  return join(userDataDir, RECENT_FILE);
}

export function loadRecent(file: string): RecentEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(isEntry).slice(0, MAX_RECENT);
}

/** Temp file then rename: a crash mid-write leaves the previous list, never half a file. */
export function saveRecent(file: string, entries: readonly RecentEntry[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(entries, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Puts the file first (most recent first), keeping at most MAX_RECENT entries. */
export function touchRecent(entries: readonly RecentEntry[], entry: RecentEntry): RecentEntry[] {
  return [entry, ...entries.filter((e) => e.path !== entry.path)].slice(0, MAX_RECENT);
}

export function renameRecent(entries: readonly RecentEntry[], path: string, name: string | null): RecentEntry[] {
  return entries.map((e) => (e.path === path ? { ...e, name } : e));
}

export function forgetRecent(entries: readonly RecentEntry[], path: string): RecentEntry[] {
  return entries.filter((e) => e.path !== path);
}

export function withExistence(entries: readonly RecentEntry[]): RecentDossier[] {
  return entries.map((e) => ({ ...e, exists: existsSync(e.path) }));
}
