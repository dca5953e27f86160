import type { WireError } from '../../../shared/errors';
import { currentLanguage, translateKey } from '../i18n';

/** An instant the user reads soon after: the time alone today, the date too otherwise. */
export function formatUntil(iso: string, language: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const sameDay = d.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(
    language,
    sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(d);
}

/** An error from the core as a sentence in the UI's language, its details formatted (a lockout's end time). */
export function errorText(error: WireError): string {
  const details: Record<string, unknown> = { ...error.details };
  if (typeof details.until === 'string') details.until = formatUntil(details.until, currentLanguage());
  return translateKey(error.messageKey, details);
}
