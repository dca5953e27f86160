import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DocumentInput } from '../../../../../shared/contract/sales-documents';
import {
  computeDocumentTotals,
  dueDateFor,
  EXEMPTION_MENTIONS,
  type DocumentKind,
  type PaymentTerms,
  type VatCategory,
  type VatRegime,
} from '../../../../../shared/domain/sales';
import { AppError, type ValidationIssue } from '../../../../../shared/errors';
import type { DB } from '../../../db/schema';

export type ParsedDocumentInput = z.output<typeof DocumentInput>;

/** Where a line goes in the books when it names no account. */
export const DEFAULT_REVENUE = { service: '706', goods: '707' } as const;
/** Deposits received on orders (PCG 4191): a deposit invoice credits it, the final invoice's deduction debits it. */
export const DEPOSIT_ACCOUNT = '4191';
const FRENCH_RATES = [2000, 1000, 550, 210];

export interface DraftLine {
  productId: number | null;
  reference: string | null;
  label: string;
  description: string | null;
  kind: 'goods' | 'service';
  unit: string;
  quantity: number;
  unitPrice: number;
  discountBp: number;
  netAmount: number;
  vatCategory: VatCategory;
  vatRate: number;
  accountNumber: string;
  depositId: number | null;
}

export interface DraftVat {
  category: VatCategory;
  rate: number;
  base: number;
  vat: number;
  exemptionReason: string | null;
}

/** A document as it is stored: the input completed with the buyer, the terms, the accounts and the totals. */
export interface DocumentDraft {
  kind: DocumentKind;
  partyId: number;
  date: string;
  saleDate: string | null;
  dueDate: string | null;
  validUntil: string | null;
  paymentTerms: PaymentTerms;
  language: 'fr' | 'en';
  customerReference: string | null;
  buyer: Buyer;
  deliveryAddress: string | null;
  vatRegime: VatRegime;
  operationType: 'goods' | 'services' | 'mixed';
  vatOnDebits: boolean;
  discountBp: number;
  notes: string | null;
  creditedId: number | null;
  lines: DraftLine[];
  vat: DraftVat[];
  totals: { line: number; discount: number; net: number; vat: number; gross: number };
}

export interface Buyer {
  name: string;
  siren: string | null;
  vatNumber: string | null;
  billingAddress: string;
}

function invalid(path: string, messageKey: string, params?: Record<string, string | number>): never {
  const issue: ValidationIssue = { path, messageKey, ...(params ? { params } : {}) };
  throw new AppError('VALIDATION', messageKey, { issues: [issue], ...(params ?? {}) });
}

/** The customer as a document states it: name, identifiers and billing address (the billing one, else the first). */
export async function buyerOf(
  db: Kysely<DB>,
  partyId: number,
): Promise<Buyer & { isCustomer: boolean; archived: boolean }> {
  const party = await db.selectFrom('party').selectAll().where('id', '=', partyId).executeTakeFirst();
  if (!party) invalid('partyId', 'errors.salesPartyUnknown');
  const addresses = await db
    .selectFrom('party_address')
    .selectAll()
    .where('party_id', '=', partyId)
    .orderBy('position')
    .execute();
  const address = addresses.find((a) => a.kind === 'billing') ?? addresses[0];
  const billingAddress = address
    ? [address.line1, address.line2, `${address.postal_code} ${address.city}`, address.country]
        .filter((s): s is string => !!s)
        .join('\n')
    : '';
  return {
    name: party.name,
    siren: party.siren,
    vatNumber: party.vat_number,
    billingAddress,
    isCustomer: party.is_customer === 1,
    archived: party.archived === 1,
  };
}

async function termsOf(db: Kysely<DB>, partyId: number) {
  const row = await db.selectFrom('sales_customer').selectAll().where('party_id', '=', partyId).executeTakeFirst();
  return {
    paymentTerms: (row?.payment_terms ?? 'days_30') as PaymentTerms,
    vatRegime: (row?.vat_regime ?? 'france') as VatRegime,
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function checkLines(db: Kysely<DB>, input: ParsedDocumentInput): Promise<void> {
  const accounts = new Set(input.lines.map((l) => l.accountNumber).filter((n): n is string => n !== null));
  const known = accounts.size
    ? new Set(
        (
          await db
            .selectFrom('account')
            .select('number')
            .where('number', 'in', [...accounts])
            .where('active', '=', 1)
            .execute()
        ).map((a) => a.number),
      )
    : new Set<string>();
  for (const [i, l] of input.lines.entries()) {
    if (l.quantity === 0) invalid(`lines.${i}.quantity`, 'errors.salesQuantityZero');
    if (l.quantity < 0 && l.depositId === null) invalid(`lines.${i}.quantity`, 'errors.salesQuantityNegative');
    if (l.vatCategory === 'S' && !FRENCH_RATES.includes(l.vatRate)) invalid(`lines.${i}.vatRate`, 'validation.vatRate');
    if (l.accountNumber !== null && !known.has(l.accountNumber))
      invalid(`lines.${i}.accountNumber`, 'errors.accountUnknown');
    if (l.accountNumber !== null && !/^(70|4191)/.test(l.accountNumber))
      invalid(`lines.${i}.accountNumber`, 'validation.revenueAccount');
    if (l.productId !== null) {
      const p = await db.selectFrom('product').select('id').where('id', '=', l.productId).executeTakeFirst();
      if (!p) invalid(`lines.${i}.productId`, 'errors.salesProductUnknown');
    }
    if (l.depositId !== null) {
      if (input.kind !== 'invoice') invalid(`lines.${i}.depositId`, 'errors.salesDepositLine');
      const d = await db
        .selectFrom('sales_document')
        .select(['kind', 'status', 'party_id'])
        .where('id', '=', l.depositId)
        .executeTakeFirst();
      if (!d || d.kind !== 'deposit' || d.status !== 'validated' || d.party_id !== input.partyId)
        invalid(`lines.${i}.depositId`, 'errors.salesDepositLine');
    }
  }
}

/** Completes and checks what the clerk typed; refuses with a translated reason naming the field. */
export async function buildDraft(db: Kysely<DB>, input: ParsedDocumentInput): Promise<DocumentDraft> {
  const buyer = await buyerOf(db, input.partyId);
  if (!buyer.isCustomer || buyer.archived) invalid('partyId', 'errors.salesPartyNotCustomer');
  await checkLines(db, input);
  if (input.kind === 'credit_note') {
    if (input.creditedId === null) invalid('creditedId', 'errors.salesCreditNoteInvoice');
    const inv = await db
      .selectFrom('sales_document')
      .select(['kind', 'status', 'party_id'])
      .where('id', '=', input.creditedId)
      .executeTakeFirst();
    if (
      !inv ||
      !['invoice', 'deposit'].includes(inv.kind) ||
      inv.status !== 'validated' ||
      inv.party_id !== input.partyId
    )
      invalid('creditedId', 'errors.salesCreditNoteInvoice');
  } else if (input.creditedId !== null) invalid('creditedId', 'errors.salesCreditNoteInvoice');

  const terms = await termsOf(db, input.partyId);
  const paymentTerms = input.paymentTerms ?? terms.paymentTerms;
  const lang = input.language;
  const lines: DraftLine[] = input.lines.map((l) => {
    const untaxed = l.vatCategory !== 'S';
    return {
      productId: l.productId,
      reference: l.reference,
      label: l.label,
      description: l.description,
      kind: l.kind,
      unit: l.unit,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discountBp: l.discountBp,
      netAmount: 0,
      vatCategory: l.vatCategory,
      vatRate: untaxed ? 0 : l.vatRate,
      accountNumber:
        l.accountNumber ??
        (input.kind === 'deposit' || l.depositId !== null ? DEPOSIT_ACCOUNT : DEFAULT_REVENUE[l.kind]),
      depositId: l.depositId,
    };
  });
  const totals = computeDocumentTotals(lines, input.discountBp);
  totals.lineNets.forEach((n, i) => (lines[i]!.netAmount = n));
  const reasons = await exemptionReasons(db, lines);
  const vat = totals.vatBreakdown.map((g) => ({
    category: g.category,
    rate: g.rate,
    base: g.base,
    vat: g.vat,
    exemptionReason: g.category === 'S' ? null : (reasons.get(g.category) ?? EXEMPTION_MENTIONS[g.category][lang]),
  }));
  const sold = lines.filter((l) => l.depositId === null);
  const operationType = sold.every((l) => l.kind === 'goods')
    ? 'goods'
    : sold.every((l) => l.kind === 'service')
      ? 'services'
      : 'mixed';
  const invoiceLike = input.kind === 'invoice' || input.kind === 'deposit';
  return {
    kind: input.kind,
    partyId: input.partyId,
    date: input.date,
    saleDate: input.saleDate,
    dueDate: input.dueDate ?? (invoiceLike ? dueDateFor(input.date, paymentTerms) : null),
    validUntil: input.kind === 'quote' ? (input.validUntil ?? addDays(input.date, 30)) : input.validUntil,
    paymentTerms,
    language: lang,
    customerReference: input.customerReference,
    buyer,
    deliveryAddress: input.deliveryAddress,
    vatRegime: terms.vatRegime,
    operationType,
    vatOnDebits: input.vatOnDebits,
    discountBp: input.discountBp,
    notes: input.notes,
    creditedId: input.creditedId,
    lines,
    vat,
    totals: {
      line: totals.lineTotal,
      discount: totals.discountTotal,
      net: totals.net,
      vat: totals.vat,
      gross: totals.gross,
    },
  };
}

/** An exempt product states its own legal ground (e.g. training: art. 261-4-4° du CGI) rather than the default. */
async function exemptionReasons(db: Kysely<DB>, lines: readonly DraftLine[]) {
  const reasons = new Map<VatCategory, string>();
  const ids = lines.filter((l) => l.vatCategory === 'E' && l.productId !== null).map((l) => l.productId!);
  if (ids.length === 0) return reasons;
  const rows = await db
    .selectFrom('product')
    .select('exemption_reason')
    .where('id', 'in', ids)
    .where('exemption_reason', 'is not', null)
    .execute();
  const first = rows[0]?.exemption_reason;
  if (first && rows.every((r) => r.exemption_reason === first)) reasons.set('E', first);
  else if (rows.length > 0) reasons.set('E', rows.map((r) => r.exemption_reason).join(' ; '));
  return reasons;
}
