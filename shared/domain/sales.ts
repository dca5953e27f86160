import { applyRate } from './money';

// Sales documents' arithmetic, written once for the core (which stores it) and the screens (which preview it).
// Quantities are integer thousandths (1.5 h = 1500), prices integer cents, discounts and rates basis points.

export const QUANTITY_SCALE = 1000;

export type PaymentTerms = 'on_receipt' | 'days_30' | 'days_45_eom' | 'days_60';
export const PAYMENT_TERMS: readonly PaymentTerms[] = ['on_receipt', 'days_30', 'days_45_eom', 'days_60'];

/** Where the customer is, for VAT: France (French VAT), another EU state (reverse charge), outside the EU (export). */
export type VatRegime = 'france' | 'intra_eu' | 'export';
export const VAT_REGIMES: readonly VatRegime[] = ['france', 'intra_eu', 'export'];

/**
 * EN 16931 VAT categories (UNTDID 5305) a line can carry: S standard rate, E exempt, AE reverse charge,
 * K intra-community supply of goods, G export outside the EU.
 */
export type VatCategory = 'S' | 'E' | 'AE' | 'K' | 'G';

/** The legal mention French law requires on an invoice for each untaxed case (CGI articles). */
export const EXEMPTION_MENTIONS: Record<Exclude<VatCategory, 'S'>, { fr: string; en: string }> = {
  E: { fr: 'TVA non applicable, art. 293 B du CGI', en: 'VAT not applicable, art. 293 B of the French CGI' },
  AE: {
    fr: 'Autoliquidation — TVA due par le preneur, art. 283-2 du CGI',
    en: 'Reverse charge — VAT due by the customer, art. 283-2 of the French CGI',
  },
  K: {
    fr: 'Exonération de TVA, art. 262 ter I du CGI (livraison intracommunautaire)',
    en: 'VAT exempt, art. 262 ter I of the French CGI (intra-community supply)',
  },
  G: {
    fr: 'Exonération de TVA, art. 262 I du CGI (exportation)',
    en: 'VAT exempt, art. 262 I of the French CGI (export)',
  },
};

export const DOCUMENT_KINDS = ['quote', 'order', 'delivery', 'invoice', 'deposit', 'credit_note'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The series each kind is numbered in. Deposit invoices are invoices: they share the invoices' series. */
export const SERIES: Record<DocumentKind, string> = {
  quote: 'DE',
  order: 'CO',
  delivery: 'BL',
  invoice: 'FA',
  deposit: 'FA',
  credit_note: 'AV',
};

/** Which kind a document converts into. */
export const NEXT_KIND: Partial<Record<DocumentKind, readonly DocumentKind[]>> = {
  quote: ['order', 'invoice', 'deposit'],
  order: ['delivery', 'invoice', 'deposit'],
  delivery: ['invoice'],
  invoice: ['credit_note'],
};

export function isInvoiceKind(kind: DocumentKind): boolean {
  return kind === 'invoice' || kind === 'deposit' || kind === 'credit_note';
}

/** A document number: series, year, five digits (FA-2026-00001). */
export function documentNumber(series: string, year: number, n: number): string {
  return `${series}-${year}-${String(n).padStart(5, '0')}`;
}

/** Late-payment terms every invoice states (art. L441-10 of the Code de commerce). */
export const LATE_PENALTY_RATE_BP = 1200;
export const RECOVERY_FEE_CENTS = 4000;

export interface LineAmounts {
  quantity: number;
  unitPrice: number;
  discountBp: number;
}

/** A line's net amount: quantity × unit price less its discount, rounded once, half away from zero. */
export function lineNet(l: LineAmounts): number {
  const num = BigInt(l.quantity) * BigInt(l.unitPrice) * BigInt(10000 - l.discountBp);
  const den = BigInt(QUANTITY_SCALE * 10000);
  const neg = num < 0n;
  const abs = neg ? -num : num;
  const q = (abs * 2n + den) / (den * 2n);
  return Number(neg ? -q : q);
}

export interface TotalsInputLine extends LineAmounts {
  vatCategory: VatCategory;
  vatRate: number;
}

export interface VatBreakdown {
  category: VatCategory;
  rate: number;
  /** Sum of the lines' net amounts at this category and rate, before the overall discount. */
  lineTotal: number;
  /** The overall discount's share of this rate (a document-level allowance in EN 16931). */
  discount: number;
  base: number;
  vat: number;
}

export interface DocumentTotals {
  lineNets: number[];
  lineTotal: number;
  discountTotal: number;
  net: number;
  vat: number;
  gross: number;
  vatBreakdown: VatBreakdown[];
}

/**
 * Totals as the invoice states them: line nets summed per VAT category and rate, the overall discount taken
 * from each rate's sum, then the VAT of each base rounded once (EN 16931 BR-CO-17).
 */
export function computeDocumentTotals(lines: readonly TotalsInputLine[], discountBp: number): DocumentTotals {
  const lineNets = lines.map(lineNet);
  const groups = new Map<string, VatBreakdown>();
  lines.forEach((l, i) => {
    const rate = l.vatCategory === 'S' ? l.vatRate : 0;
    const key = `${l.vatCategory}:${rate}`;
    const g = groups.get(key) ?? { category: l.vatCategory, rate, lineTotal: 0, discount: 0, base: 0, vat: 0 };
    g.lineTotal += lineNets[i] ?? 0;
    groups.set(key, g);
  });
  const vatBreakdown = [...groups.values()]
    .map((g) => {
      const discount = applyRate(g.lineTotal, discountBp);
      const base = g.lineTotal - discount;
      return { ...g, discount, base, vat: applyRate(base, g.rate) };
    })
    .sort((a, b) => (a.category === b.category ? b.rate - a.rate : a.category < b.category ? 1 : -1));
  const lineTotal = lineNets.reduce((s, n) => s + n, 0);
  const discountTotal = vatBreakdown.reduce((s, g) => s + g.discount, 0);
  const net = lineTotal - discountTotal;
  const vat = vatBreakdown.reduce((s, g) => s + g.vat, 0);
  return { lineNets, lineTotal, discountTotal, net, vat, gross: net + vat, vatBreakdown };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function endOfMonth(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

/** The due date of an invoice dated `date`; 45 days end of month counts 45 days, then goes to the month's end. */
export function dueDateFor(date: string, terms: PaymentTerms): string {
  switch (terms) {
    case 'on_receipt':
      return date;
    case 'days_30':
      return addDays(date, 30);
    case 'days_45_eom':
      return endOfMonth(addDays(date, 45));
    case 'days_60':
      return addDays(date, 60);
  }
}

/** Quantity text ("1,5", "2.25") to thousandths; null when it is not a number with at most 3 decimals. */
export function parseQuantity(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^-?\d{1,9}(\.\d{1,3})?$/.test(t)) return null;
  const [int = '0', dec = ''] = t.replace('-', '').split('.');
  const v = Number(int) * QUANTITY_SCALE + Number(dec.padEnd(3, '0'));
  return t.startsWith('-') ? -v : v;
}

export function formatQuantity(q: number, locale: 'fr' | 'en' = 'fr'): string {
  const neg = q < 0;
  const a = Math.abs(q);
  const int = Math.floor(a / QUANTITY_SCALE);
  const dec = String(a % QUANTITY_SCALE)
    .padStart(3, '0')
    .replace(/0+$/, '');
  const s = dec ? `${int}${locale === 'fr' ? ',' : '.'}${dec}` : String(int);
  return neg ? `-${s}` : s;
}
