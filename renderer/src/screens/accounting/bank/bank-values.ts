import { formatCents } from '../../../../../shared/domain/money';

/** An amount in the UI's language, with its sign. */
export function money(cents: number, language: string): string {
  return formatCents(cents, language.startsWith('fr') ? 'fr' : 'en');
}

/** A file's bytes as base64, in chunks so that no argument list grows with the file. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
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
