import { applyRate } from '../../../../../shared/domain/money';
import { AppError } from '../../../../../shared/errors';
import type { Ctx } from '../../../context';
import { insertAttachment } from '../../attachments/attachment-store';
import { parseEInvoice } from '../einvoice/parse';
import type { EInvoice, EInvoiceRefusal } from '../einvoice/types';
import { VAT_RATES } from '../vat-accounts';
import { BILL_SOURCE, insertBill, type BillDraft } from './bill-store';
import type { VatRow } from '../../../../../shared/domain/bill-totals';
import { matchSupplier } from './supplier-match';

/** Where an imported line goes until the clerk says otherwise: purchases not stocked, the safest guess. */
export const DEFAULT_EXPENSE_ACCOUNT = '606';

const CHARGES_LABEL = 'Frais facturés en pied de facture';
const ALLOWANCES_LABEL = 'Remise en pied de facture';

/** UNTDID 1001 codes of credit notes (EN 16931 allows these for BT-3). */
const CREDIT_NOTE_CODES = new Set(['381', '261', '262', '296', '308', '396', '420', '458', '532']);

const REFUSALS: Record<EInvoiceRefusal, string> = {
  'einvoice.notAnInvoice': 'errors.einvoiceNotAnInvoice',
  'einvoice.malformedPdf': 'errors.einvoiceMalformedPdf',
  'einvoice.noEmbeddedXml': 'errors.einvoiceNoEmbeddedXml',
  'einvoice.malformedXml': 'errors.einvoiceMalformedXml',
  'einvoice.unsupportedSyntax': 'errors.einvoiceUnsupportedSyntax',
  'einvoice.invalidStructure': 'errors.einvoiceInvalidStructure',
  'einvoice.missingField': 'errors.einvoiceMissingField',
  'einvoice.invalidValue': 'errors.einvoiceInvalidValue',
  'einvoice.totalsMismatch': 'errors.einvoiceTotalsMismatch',
};

function refuse(messageKey: string, details: Record<string, unknown>): never {
  throw new AppError('VALIDATION', messageKey, details);
}

function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
    refuse('errors.einvoiceNotAnInvoice', { problem: 'base64' });
  }
  return new Uint8Array(Buffer.from(clean, 'base64'));
}

/** The invoice's own breakdown, one row per rate (exempt, zero-rated and out-of-scope categories all weigh 0 %). */
function vatRows(invoice: EInvoice): VatRow[] {
  const byRate = new Map<number, VatRow>();
  for (const v of invoice.vatBreakdown) {
    const rate = v.rateBasisPoints ?? 0;
    const row = byRate.get(rate) ?? { rate, base: 0, vat: 0 };
    row.base += v.baseCents;
    row.vat += v.vatCents;
    byRate.set(rate, row);
  }
  if (byRate.size > 0) return [...byRate.values()].sort((a, b) => b.rate - a.rate);
  // A MINIMUM invoice states totals only: the rate is found when a single French rate explains its VAT.
  const { taxBasisCents: base, vatCents: vat } = invoice.totals;
  if (vat === 0) return [{ rate: 0, base, vat: 0 }];
  const rate = VAT_RATES.find((r) => applyRate(base, r) === vat);
  return rate === undefined ? [] : [{ rate, base, vat }];
}

function billLines(invoice: EInvoice, vat: readonly VatRow[]): BillDraft['lines'] {
  const line = (label: string, netAmount: number, vatRate: number, quantity: string | null = null) => ({
    label: label.slice(0, 500),
    quantity,
    netAmount,
    vatRate,
    accountNumber: DEFAULT_EXPENSE_ACCOUNT,
    fixedAsset: false,
  });
  if (invoice.lines.length === 0) {
    // No lines in the profile: one per VAT rate, so that the draft still says what each base is.
    if (vat.length > 0) return vat.map((v) => line(`${invoice.number} — base ${v.rate / 100} %`, v.base, v.rate));
    return [line(invoice.number, invoice.totals.taxBasisCents, 0)];
  }
  const lines = invoice.lines.map((l) =>
    line(l.name ?? `${invoice.number} — ${l.id}`, l.netAmountCents, l.vatRateBasisPoints ?? 0, l.quantity),
  );
  // Document-level charges and allowances: what the breakdown's base of each rate has beyond its lines, one line
  // per rate, so that every rate's lines add up to the base the supplier charged VAT on.
  const { chargeTotalCents: charges, allowanceTotalCents: allowances } = invoice.totals;
  if (vat.length === 0) {
    if (charges !== 0) lines.push(line(CHARGES_LABEL, charges, 0));
    if (allowances !== 0) lines.push(line(ALLOWANCES_LABEL, -allowances, 0));
    return lines;
  }
  for (const v of vat) {
    const diff = v.base - lines.filter((l) => l.vatRate === v.rate).reduce((sum, l) => sum + l.netAmount, 0);
    if (diff !== 0) lines.push(line(diff > 0 ? CHARGES_LABEL : ALLOWANCES_LABEL, diff, v.rate));
  }
  return lines;
}

/** The invoice's totals are kept as stated; they must agree with its lines and its VAT breakdown. */
function checkAgreement(invoice: EInvoice, lines: BillDraft['lines'], vat: readonly VatRow[]) {
  const t = invoice.totals;
  const lineNet = lines.reduce((s, l) => s + l.netAmount, 0);
  const vatBase = vat.reduce((s, v) => s + v.base, 0);
  const vatSum = vat.reduce((s, v) => s + v.vat, 0);
  if (lineNet !== t.taxBasisCents || (vat.length > 0 && (vatBase !== t.taxBasisCents || vatSum !== t.vatCents))) {
    refuse('errors.billImportTotals', {
      number: invoice.number,
      taxBasis: t.taxBasisCents,
      lines: lineNet,
      vatBase,
      vat: t.vatCents,
      vatSum,
    });
  }
}

function paymentMeansText(invoice: EInvoice): string | null {
  const text = invoice.paymentMeans.map((p) => (p.iban ? `${p.code} ${p.iban}` : p.code)).join(', ');
  return text ? text.slice(0, 200) : null;
}

export async function importBill(ctx: Ctx, fileName: string, contentBase64: string): Promise<number> {
  const bytes = decodeBase64(contentBase64);
  const result = await parseEInvoice(bytes, fileName);
  if (!result.ok) refuse(REFUSALS[result.reason], { reason: result.reason, ...result.details, fileName });
  const { invoice } = result;
  const vat = vatRows(invoice);
  const lines = billLines(invoice, vat);
  checkAgreement(invoice, lines, vat);
  const supplier = await matchSupplier(ctx, invoice.seller, `Fournisseur ${invoice.number}`.slice(0, 200));
  const now = ctx.now().toISOString();
  const userId = ctx.session.userId;
  const id = await insertBill(
    ctx.db,
    {
      partyId: supplier.partyId,
      kind: CREDIT_NOTE_CODES.has(invoice.typeCode) ? 'credit_note' : 'invoice',
      number: invoice.number.slice(0, 60),
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      currency: invoice.currency,
      paymentMeans: paymentMeansText(invoice),
      lines,
      totals: {
        net: invoice.totals.taxBasisCents,
        vat: invoice.totals.vatCents,
        gross: invoice.totals.grandTotalCents,
        byRate: vat,
      },
    },
    now,
    userId,
  );
  const attachmentId = await insertAttachment(ctx.db, { type: BILL_SOURCE, id }, fileName, bytes, now);
  await ctx.db.updateTable('bill').set({ attachment_id: attachmentId }).where('id', '=', id).execute();
  return id;
}
