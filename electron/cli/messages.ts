import type { WireError } from '../../shared/errors';
import { interpolate, messages } from '../../shared/i18n/messages';

/** One line an admin can read, in the language of the terminal (French unless LANG says English). */
export function describeError(error: WireError, env: NodeJS.ProcessEnv = process.env): string {
  const lang = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase().startsWith('en') ? 'en' : 'fr';
  const dict = messages[lang];
  const text = interpolate(dict[error.messageKey] ?? error.messageKey, error.details);
  const issues = error.details?.issues ?? [];
  if (issues.length === 0) return text;
  const parts = issues
    .slice(0, 5)
    .map((i) => `${i.path || '(input)'}: ${interpolate(dict[i.messageKey] ?? i.messageKey, i.params)}`);
  return `${text} — ${parts.join('; ')}${issues.length > 5 ? ' …' : ''}`;
}
