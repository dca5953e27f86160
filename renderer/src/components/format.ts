/** Instants arrive in UTC; the clerk reads them in local time, in the UI's language. */
export function formatInstant(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatDate(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'short' }).format(d);
}

export function formatCount(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n);
}
