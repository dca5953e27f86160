import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, todayOf } from './dates';

describe('dates', () => {
  test('adding days crosses months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-05-10', 0)).toBe('2026-05-10');
    expect(addDays('2026-05-10', -90)).toBe('2026-02-09');
  });

  test('the days when Paris changes its clocks are ordinary days', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  test('days between, either way', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-02-10', '2026-01-31')).toBe(-10);
    expect(daysBetween('2026-02-10', '2026-02-10')).toBe(0);
  });

  test('adding the days between two dates leads from one to the other', () => {
    const day = fc
      .integer({ min: 0, max: 365 * 200 })
      .map((n) => new Date(Date.UTC(1950, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(fc.property(day, day, (a, b) => addDays(a, daysBetween(a, b)) === b));
  });

  test('today is the UTC calendar day of the instant', () => {
    expect(todayOf(new Date('2026-06-30T23:30:00Z'))).toBe('2026-06-30');
    expect(todayOf(new Date('2026-07-01T00:30:00+02:00'))).toBe('2026-06-30');
  });
});
