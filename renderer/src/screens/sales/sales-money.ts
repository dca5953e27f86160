import { formatCents } from '../../../../shared/domain/money';

/** Cents as the clerk reads them, in euros. */
export function euros(cents: number, language: string): string {
  return `${formatCents(cents, language === 'en' ? 'en' : 'fr')} €`;
}

/** Today as YYYY-MM-DD in the clerk's own time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
