import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToDelete, isAutomaticBackupName, isoWeekKey, type RetentionPolicy } from './retention';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);
const file = (date: Date) => ({ path: `/b/${date.toISOString()}-auto.coulisse-backup`, createdAt: date });
const kept = (files: { path: string; createdAt: Date }[], policy: RetentionPolicy, now: Date) => {
  const doomed = new Set(backupsToDelete(files, policy, now));
  return files.filter((f) => !doomed.has(f.path)).map((f) => f.createdAt);
};

describe('retention of automatic backups', () => {
  it('keeps the newest of each of the last N days, not older copies of the same day', () => {
    const files = [
      at(2026, 3, 10, 9),
      at(2026, 3, 10, 18),
      at(2026, 3, 11, 9),
      at(2026, 3, 12, 9),
      at(2026, 3, 12, 20),
    ].map(file);
    const left = kept(files, { daily: 2, weekly: 0, monthly: 0 }, at(2026, 3, 13));
    expect(left).toEqual([at(2026, 3, 11, 9), at(2026, 3, 12, 20)]);
  });

  it('ISO weeks cross the new year: 31 Dec 2026 (Thursday) is 2026-W53, 1 Jan 2027 too, 4 Jan 2027 is W01', () => {
    expect(isoWeekKey(at(2026, 12, 31))).toBe('2026-W53');
    expect(isoWeekKey(at(2027, 1, 1))).toBe('2026-W53');
    expect(isoWeekKey(at(2027, 1, 4))).toBe('2027-W01');
    expect(isoWeekKey(at(2024, 12, 30))).toBe('2025-W01');
    expect(isoWeekKey(at(2021, 1, 3))).toBe('2020-W53');
  });

  it('a year of daily backups keeps 7 days, 4 weeks and 12 months', () => {
    const files: { path: string; createdAt: Date }[] = [];
    for (let d = 0; d < 400; d++) files.push(file(new Date(2025, 10, 1 + d, 3)));
    const now = new Date(2025, 10, 1 + 400);
    const left = kept(files, { daily: 7, weekly: 4, monthly: 12 }, now);
    const newest = files[files.length - 1]!.createdAt;
    expect(left).toContainEqual(newest);
    // Newest: Saturday 5 Dec 2026. 7 days (29 Nov-5 Dec), 2 more weeks (22 and 15 Nov: the week of 29 Nov is a
    // daily already), 10 more months (31 Oct back to 31 Jan: December and November are dailies already).
    expect(left).toHaveLength(19);
    expect(left).toContainEqual(new Date(2026, 10, 22, 3));
    expect(left).toContainEqual(new Date(2026, 10, 15, 3));
    expect(left).not.toContainEqual(new Date(2026, 10, 8, 3));
    const months = new Set(left.map((d) => `${d.getFullYear()}-${d.getMonth()}`));
    expect(months.size).toBe(12);
    // Each month's keeper is its last day; December 2025 is the thirteenth month back.
    expect(left).toContainEqual(new Date(2026, 0, 31, 3));
    expect(left).toContainEqual(new Date(2026, 1, 28, 3));
    expect(left).not.toContainEqual(new Date(2025, 11, 31, 3));
  });

  it('a pause in backups does not wipe the older ones', () => {
    const files = [at(2026, 1, 5), at(2026, 1, 6), at(2026, 1, 7)].map(file);
    expect(backupsToDelete(files, { daily: 7, weekly: 0, monthly: 0 }, at(2026, 6, 1))).toEqual([]);
  });

  it('keeps the newest even with every count at zero, and anything dated in the future', () => {
    const files = [at(2026, 1, 1), at(2026, 1, 2), at(2027, 1, 1)].map(file);
    expect(kept(files, { daily: 0, weekly: 0, monthly: 0 }, at(2026, 1, 3))).toEqual([at(2026, 1, 2), at(2027, 1, 1)]);
  });

  it('only files named as automatic backups are candidates', () => {
    expect(isAutomaticBackupName('atelier-2026-11-27-090507-auto.coulisse-backup')).toBe(true);
    expect(isAutomaticBackupName('atelier-2026-11-27-090507-2-auto.coulisse-backup')).toBe(true);
    expect(isAutomaticBackupName('atelier-2026-11-27-090507.coulisse-backup')).toBe(false);
    expect(isAutomaticBackupName('mon-auto.coulisse-backup')).toBe(false);
  });

  it('property: the newest is kept, at most daily+weekly+monthly are kept, and applying it twice changes nothing', () => {
    const start = new Date(2024, 0, 1).getTime();
    const dates = fc.uniqueArray(fc.integer({ min: 0, max: 3 * 365 * 24 }), { minLength: 1, maxLength: 120 });
    const policy = fc.record({
      daily: fc.integer({ min: 0, max: 10 }),
      weekly: fc.integer({ min: 0, max: 6 }),
      monthly: fc.integer({ min: 0, max: 14 }),
    });
    fc.assert(
      fc.property(dates, policy, (hours, p) => {
        const files = hours.map((h) => file(new Date(start + h * 3_600_000)));
        const now = new Date(start + 3 * 366 * 24 * 3_600_000);
        const doomed = new Set(backupsToDelete(files, p, now));
        const left = files.filter((f) => !doomed.has(f.path));
        const newest = files.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
        expect(doomed.has(newest.path)).toBe(false);
        expect(left.length).toBeLessThanOrEqual(Math.max(1, p.daily + p.weekly + p.monthly));
        expect(backupsToDelete(left, p, now)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
