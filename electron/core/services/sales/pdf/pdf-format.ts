import { formatCents } from '../../../../../shared/domain/money';

export type PdfLanguage = 'fr' | 'en';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2026-01-15 → "15/01/2026" in French, "15 Jan 2026" in English (no day/month order to guess). */
export function formatDate(iso: string, lang: PdfLanguage): string {
  const [y = '', m = '', d = ''] = iso.slice(0, 10).split('-');
  if (lang === 'fr') return `${d}/${m}/${y}`;
  return `${Number(d)} ${MONTHS_EN[Number(m) - 1] ?? m} ${y}`;
}

/** Basis points as a percentage: 550 → "5,5 %" in French, "5.5%" in English. */
export function formatRate(bp: number, lang: PdfLanguage): string {
  const int = Math.trunc(bp / 100);
  const dec = String(Math.abs(bp % 100))
    .padStart(2, '0')
    .replace(/0+$/, '');
  const n = dec ? `${int}${lang === 'fr' ? ',' : '.'}${dec}` : String(int);
  return lang === 'fr' ? `${n}\u00a0%` : `${n}%`;
}

/** An amount with its currency: "1 234,56 €" in French, "€1,234.56" in English; `whole` drops ",00" ("40 €"). */
export function formatMoney(cents: number, lang: PdfLanguage, currency = 'EUR', whole = false): string {
  const n = whole && cents % 100 === 0 ? formatCents(cents, lang).slice(0, -3) : formatCents(cents, lang);
  if (currency !== 'EUR') return `${n}\u00a0${currency}`;
  if (lang === 'fr') return `${n}\u00a0€`;
  return cents < 0 ? `-€${n.slice(1)}` : `€${n}`;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/g;

/** Text typed by people may hold tabs, carriage returns or control characters a PDF font cannot show. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
}

export function textLines(s: string | null | undefined): string[] {
  if (!s) return [];
  return cleanText(s)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
