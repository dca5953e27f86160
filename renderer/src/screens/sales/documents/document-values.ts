import type { DocumentInput, SalesDocument } from '../../../../../shared/contract/sales-documents';
import { centsToDecimal, parseAmount } from '../../../../../shared/domain/money';
import {
  computeDocumentTotals,
  dueDateFor,
  formatQuantity,
  parseQuantity,
  type DocumentKind,
  type PaymentTerms,
  type VatCategory,
} from '../../../../../shared/domain/sales';

// The editor keeps what the clerk typed as text ("1,5", "12,50", "10") and turns it into the contract's integers
// only when checking or sending: a half-typed number never loses its characters.

export interface LineValues {
  key: string;
  productId: number | null;
  reference: string;
  label: string;
  description: string;
  kind: 'goods' | 'service';
  unit: string;
  quantity: string;
  unitPrice: string;
  /** Percent as typed: "10", "12,5". */
  discountBp: string;
  /** "S:2000" for a rate, or the untaxed category alone ("E", "AE", "K", "G"). */
  vatRate: string;
  accountNumber: string | null;
  depositId: number | null;
}

export interface DocumentFormValues {
  kind: DocumentKind;
  partyId: string | null;
  /** Shown in the customer picker before any search. */
  customerName: string;
  date: string;
  saleDate: string;
  dueDate: string;
  validUntil: string;
  /** Empty: the customer's own terms. */
  paymentTerms: PaymentTerms | '';
  language: 'fr' | 'en';
  customerReference: string;
  deliveryAddress: string;
  vatOnDebits: boolean;
  discountBp: string;
  notes: string;
  creditedId: number | null;
  lines: LineValues[];
}

export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

let keySeq = 0;
const nextKey = () => `line-${(keySeq += 1)}`;

export const VAT_CHOICES = ['S:2000', 'S:1000', 'S:550', 'S:210', 'E', 'AE', 'K', 'G'] as const;

export function vatValue(category: VatCategory, rate: number): string {
  return category === 'S' ? `S:${rate}` : category;
}

export function parseVat(value: string): { vatCategory: VatCategory; vatRate: number } {
  if (value.startsWith('S:')) return { vatCategory: 'S', vatRate: Number(value.slice(2)) };
  return { vatCategory: value as VatCategory, vatRate: 0 };
}

/** Percent text to basis points: "12,5" → 1250; empty is no discount; anything else NaN (refused by the schema). */
export function parsePercent(text: string): number {
  if (text.trim() === '') return 0;
  return parseAmount(text) ?? Number.NaN;
}

export function percentInput(bp: number): string {
  return bp === 0 ? '' : String(bp / 100).replace('.', ',');
}

export function priceInput(cents: number): string {
  return centsToDecimal(cents).replace('.', ',');
}

export function emptyLine(): LineValues {
  return {
    key: nextKey(),
    productId: null,
    reference: '',
    label: '',
    description: '',
    kind: 'service',
    unit: 'u',
    quantity: '1',
    unitPrice: '',
    discountBp: '',
    vatRate: 'S:2000',
    accountNumber: null,
    depositId: null,
  };
}

export function newDocumentValues(kind: DocumentKind, today: string, partyId?: number): DocumentFormValues {
  return {
    kind,
    partyId: partyId ? String(partyId) : null,
    customerName: '',
    date: today,
    saleDate: '',
    dueDate: '',
    validUntil: '',
    paymentTerms: '',
    language: 'fr',
    customerReference: '',
    deliveryAddress: '',
    vatOnDebits: false,
    discountBp: '',
    notes: '',
    creditedId: null,
    lines: [emptyLine()],
  };
}

export function documentToValues(doc: SalesDocument): DocumentFormValues {
  return {
    kind: doc.kind,
    partyId: String(doc.partyId),
    customerName: `${doc.buyerName} (${doc.partyCode})`,
    date: doc.date,
    saleDate: doc.saleDate ?? '',
    // A date the core derived stays derived, so that it follows when the clerk changes the document's date.
    dueDate: doc.dueDate && doc.dueDate !== dueDateFor(doc.date, doc.paymentTerms) ? doc.dueDate : '',
    validUntil: doc.validUntil && doc.validUntil !== addDays(doc.date, 30) ? doc.validUntil : '',
    paymentTerms: doc.paymentTerms,
    language: doc.language,
    customerReference: doc.customerReference ?? '',
    deliveryAddress: doc.deliveryAddress ?? '',
    vatOnDebits: doc.vatOnDebits,
    discountBp: percentInput(doc.discountBp),
    notes: doc.notes ?? '',
    creditedId: doc.credited?.id ?? null,
    lines: doc.lines.map((l) => ({
      key: nextKey(),
      productId: l.productId,
      reference: l.reference ?? '',
      label: l.label,
      description: l.description ?? '',
      kind: l.kind,
      unit: l.unit,
      quantity: formatQuantity(l.quantity),
      unitPrice: priceInput(l.unitPrice),
      discountBp: percentInput(l.discountBp),
      vatRate: vatValue(l.vatCategory, l.vatRate),
      accountNumber: l.accountNumber,
      depositId: l.depositId,
    })),
  };
}

/** What the contract's schema checks; a number that is not one becomes NaN, which the schema refuses. */
export function valuesToInput(v: DocumentFormValues): DocumentInput {
  return {
    kind: v.kind,
    partyId: v.partyId ? Number(v.partyId) : 0,
    date: v.date,
    saleDate: v.saleDate || null,
    dueDate: v.dueDate || null,
    validUntil: v.validUntil || null,
    paymentTerms: v.paymentTerms || null,
    language: v.language,
    customerReference: v.customerReference || null,
    deliveryAddress: v.deliveryAddress || null,
    vatOnDebits: v.vatOnDebits,
    discountBp: parsePercent(v.discountBp),
    notes: v.notes || null,
    creditedId: v.creditedId,
    lines: v.lines.map((l) => ({
      productId: l.productId,
      reference: l.reference || null,
      label: l.label,
      description: l.description || null,
      kind: l.kind,
      unit: l.unit,
      quantity: parseQuantity(l.quantity) ?? Number.NaN,
      unitPrice: parseAmount(l.unitPrice) ?? Number.NaN,
      discountBp: parsePercent(l.discountBp),
      ...parseVat(l.vatRate),
      accountNumber: l.accountNumber,
      depositId: l.depositId,
    })),
  };
}

/** The totals as the core will store them, for the editor to show while the clerk types. */
export function liveTotals(v: DocumentFormValues) {
  const discount = parsePercent(v.discountBp);
  return computeDocumentTotals(
    v.lines.map((l) => {
      const discountBp = parsePercent(l.discountBp);
      return {
        quantity: parseQuantity(l.quantity) ?? 0,
        unitPrice: parseAmount(l.unitPrice) ?? 0,
        discountBp: Number.isFinite(discountBp) && discountBp <= 10000 ? discountBp : 0,
        ...parseVat(l.vatRate),
      };
    }),
    Number.isFinite(discount) && discount <= 10000 ? discount : 0,
  );
}

/** The due date the core will set when none is typed: from the document's terms, else the customer's. */
export function computedDueDate(v: DocumentFormValues, customerTerms: PaymentTerms | null): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) return null;
  return dueDateFor(v.date, v.paymentTerms || customerTerms || 'days_30');
}

/** Errors the contract reports on a line's category belong to the VAT cell, which holds both. */
export function toFieldErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, e]) => [k.replace(/\.vatCategory$/, '.vatRate'), e]));
}
