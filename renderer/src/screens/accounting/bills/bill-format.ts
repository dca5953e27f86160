import type { RouteName } from '../../../../../shared/contract';
import { formatCents } from '../../../../../shared/domain/money';

/** Every cached answer a change to a bill makes stale. */
export const BILL_QUERIES: RouteName[] = [
  'accounting.bill.list',
  'accounting.bill.get',
  'accounting.entry.list',
  'accounting.entry.get',
  'parties.party.list',
];

export function money(cents: number, language: string, currency = 'EUR'): string {
  const text = formatCents(cents, language === 'en' ? 'en' : 'fr');
  return currency === 'EUR' ? `${text} €` : `${text} ${currency}`;
}

/** 2000 → "20 %", 550 → "5,5 %" (or "5.5 %" in English). */
export function rateLabel(basisPoints: number, language: string): string {
  const text = String(basisPoints / 100);
  return `${language === 'en' ? text : text.replace('.', ',')} %`;
}
