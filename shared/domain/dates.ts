// Calendar arithmetic on YYYY-MM-DD strings, in UTC so that no time zone or daylight saving shifts a day.

const DAY = 86_400_000;

/** The calendar day of an instant, in UTC. */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** The day `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
