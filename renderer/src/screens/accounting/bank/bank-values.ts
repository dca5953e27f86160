import { formatCents } from '../../../../../shared/domain/money';

/** An amount in the UI's language, with its sign. */
export function money(cents: number, language: string): string {
  return formatCents(cents, language.startsWith('fr') ? 'fr' : 'en');
}

export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A calendar date (YYYY-MM-DD) in the UI's language, read as a date and not an instant, so no time zone moves it. */
export function day(iso: string, language: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeZone: 'UTC' }).format(d);
}
