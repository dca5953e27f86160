import { formatCents } from '../../../../../shared/domain/money';
import type { VatCategory } from '../../../../../shared/domain/sales';

export function money(cents: number, language: string, currency = 'EUR'): string {
  const text = formatCents(cents, language === 'en' ? 'en' : 'fr');
  return currency === 'EUR' ? `${text} €` : `${text} ${currency}`;
}

/** Basis points as a percentage: 2000 → "20", 550 → "5,5" (or "5.5" in English). */
export function percentText(basisPoints: number, language: string): string {
  const text = String(basisPoints / 100);
  return language === 'en' ? text : text.replace('.', ',');
}

export function rateLabel(basisPoints: number, language: string): string {
  return `${percentText(basisPoints, language)} %`;
}

/** A VAT column: the rate for standard-rated lines, the category's name otherwise. */
export function vatLabel(category: VatCategory, rate: number, language: string, t: (key: string) => string): string {
  return category === 'S' ? rateLabel(rate, language) : t(`salesDocuments.vatCategories.${category}`);
}
