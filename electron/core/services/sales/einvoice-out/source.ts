import type { Company } from '../../../../../shared/contract/admin';
import type { SalesDocument } from '../../../../../shared/contract/sales-documents';
import { AppError } from '../../../../../shared/errors';
import { QUANTITY_SCALE } from '../../../../../shared/domain/sales';

/** An address field by field, as EN 16931 wants it (BG-5, BG-8, BG-15). */
export interface PostalAddress {
  line1: string | null;
  line2: string | null;
  line3: string | null;
  postalCode: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/** What an e-invoice is written from: the issuing company and one validated invoice, deposit or credit note. */
export interface EInvoiceSource {
  seller: Company;
  document: SalesDocument;
  /** The account the buyer pays into (BT-84); without it no payment means is stated. */
  sellerIban?: string | null;
  sellerBic?: string | null;
  /** The buyer's billing address field by field when known; otherwise the document's frozen text is read. */
  buyerAddress?: PostalAddress | null;
}

export type InvoiceTypeCode = '380' | '381' | '386';

/** UNTDID 1001: commercial invoice, credit note, prepayment (deposit) invoice. */
export function typeCodeOf(document: SalesDocument): InvoiceTypeCode {
  if (document.kind === 'invoice') return '380';
  if (document.kind === 'credit_note') return '381';
  if (document.kind === 'deposit') return '386';
  throw notExportable(document);
}

function notExportable(document: SalesDocument): AppError {
  return new AppError('VALIDATION', 'errors.einvoiceNotExportable', {
    issues: [{ path: 'id', messageKey: 'errors.einvoiceNotExportable' }],
    kind: document.kind,
    status: document.status,
  });
}

/** Only a numbered invoice, deposit or credit note is an invoice in law; a credit note names what it corrects. */
export function checkExportable(source: EInvoiceSource): { number: string; typeCode: InvoiceTypeCode } {
  const { document } = source;
  const typeCode = typeCodeOf(document);
  if (document.number === null || document.status === 'draft') throw notExportable(document);
  if (typeCode === '381' && !document.credited?.number) {
    throw new AppError('VALIDATION', 'errors.einvoiceCreditedMissing', {
      issues: [{ path: 'creditedId', messageKey: 'errors.einvoiceCreditedMissing' }],
    });
  }
  return { number: document.number, typeCode };
}

/** Recommendation 20 unit codes for the units clerks type; anything else counts as pieces. */
const UNIT_CODES: Record<string, string> = {
  u: 'C62',
  unité: 'C62',
  unite: 'C62',
  pce: 'C62',
  h: 'HUR',
  heure: 'HUR',
  heures: 'HUR',
  j: 'DAY',
  jour: 'DAY',
  jours: 'DAY',
  kg: 'KGM',
  m: 'MTR',
};

export function unitCode(unit: string): string {
  return UNIT_CODES[unit.trim().toLowerCase()] ?? 'C62';
}

/** Integer thousandths → plain decimal text without trailing zeros: 1500 → "1.5", -2000 → "-2". */
export function quantityText(thousandths: number): string {
  const sign = thousandths < 0 ? '-' : '';
  const abs = Math.abs(thousandths);
  const dec = String(abs % QUANTITY_SCALE)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${sign}${Math.trunc(abs / QUANTITY_SCALE)}${dec ? `.${dec}` : ''}`;
}

/** Basis points → percent text: 2000 → "20", 550 → "5.5", 0 → "0". */
export function percentText(bp: number): string {
  const dec = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${Math.trunc(bp / 100)}${dec ? `.${dec}` : ''}`;
}

/** YYYY-MM-DD → YYYYMMDD (UN/CEFACT date format 102). */
export function date102(iso: string): string {
  return iso.replaceAll('-', '');
}

/** quantity × unit price in cents, before any discount, rounded half away from zero. */
export function grossLineAmount(quantity: number, unitPrice: number): number {
  const num = BigInt(quantity) * BigInt(unitPrice);
  const den = BigInt(QUANTITY_SCALE);
  const abs = num < 0n ? -num : num;
  const q = (abs * 2n + den) / (den * 2n);
  return Number(num < 0n ? -q : q);
}

/** Where a line's VAT is grouped: exempt categories have no rate. */
export function vatKey(category: string, rate: number): string {
  return `${category}:${category === 'S' ? rate : 0}`;
}

/** EN 16931 VATEX codes (BT-121) for the exemptions French invoices state. */
export const EXEMPTION_CODES: Partial<Record<string, string>> = {
  AE: 'VATEX-EU-AE',
  K: 'VATEX-EU-IC',
  G: 'VATEX-EU-G',
};

export interface VatGroup {
  category: string;
  rate: number;
  /** Sum of the line nets at this category and rate. */
  lineTotal: number;
  /** The overall discount's share of this group: a document-level allowance. */
  allowance: number;
  base: number;
  vat: number;
  exemptionReason: string | null;
}

/** The document's VAT breakdown with each group's line total, so the overall discount can be stated per rate. */
export function vatGroups(document: SalesDocument): VatGroup[] {
  const lineTotals = new Map<string, number>();
  for (const line of document.lines) {
    const key = vatKey(line.vatCategory, line.vatRate);
    lineTotals.set(key, (lineTotals.get(key) ?? 0) + line.netAmount);
  }
  return document.vat.map((v) => {
    const lineTotal = lineTotals.get(vatKey(v.category, v.rate)) ?? 0;
    return {
      category: v.category,
      rate: v.category === 'S' ? v.rate : 0,
      lineTotal,
      allowance: lineTotal - v.base,
      base: v.base,
      vat: v.vat,
      exemptionReason: v.exemptionReason,
    };
  });
}
