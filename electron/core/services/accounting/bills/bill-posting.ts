import type { Bill } from '../../../../../shared/contract/accounting-bills';
import { applyRate } from '../../../../../shared/domain/money';
import { AppError } from '../../../../../shared/errors';
import type { Ctx } from '../../../context';
import { post, type PostingLine } from '../entries/posting';
import { deductibleVatAccount, FIXED_ASSET_VAT_ACCOUNT, isVatRate } from '../vat-accounts';
import { BILL_SOURCE, loadBill, requireDraft } from './bill-store';

// A supplier invoice in the purchases journal: each expense (or fixed asset) account debited with its net, the
// deductible VAT per rate, the supplier's account credited with the gross. A credit note is the mirror image.

function refuse(messageKey: string, details: Record<string, unknown> = {}): never {
  throw new AppError('VALIDATION', messageKey, details);
}

/** What a bill must be before it can weigh in the ledger; an imported draft may not be yet. */
function checkPostable(bill: Bill) {
  if (bill.currency !== 'EUR') refuse('errors.billCurrency', { currency: bill.currency });
  if (bill.grossTotal === 0 && bill.netTotal === 0) refuse('errors.billEmpty');
  for (const rate of [...bill.lines.map((l) => l.vatRate), ...bill.vat.map((v) => v.rate)]) {
    if (rate !== 0 && !isVatRate(rate)) refuse('errors.billVatRate', { rate: rate / 100 });
  }
  const lineNet = bill.lines.reduce((s, l) => s + l.netAmount, 0);
  const vatBase = bill.vat.reduce((s, v) => s + v.base, 0);
  const vat = bill.vat.reduce((s, v) => s + v.vat, 0);
  if (lineNet !== bill.netTotal || vatBase !== bill.netTotal || vat !== bill.vatTotal) {
    refuse('errors.billTotals', { lines: lineNet, net: bill.netTotal, vatBase, vat, vatTotal: bill.vatTotal });
  }
  if (bill.netTotal + bill.vatTotal !== bill.grossTotal) refuse('errors.billTotals', { gross: bill.grossTotal });
  // Each rate's lines must make its base: the VAT on fixed assets is split from the rest by those lines.
  for (const v of bill.vat) {
    const base = bill.lines.filter((l) => l.vatRate === v.rate).reduce((s, l) => s + l.netAmount, 0);
    if (base !== v.base) refuse('errors.billTotals', { rate: v.rate, base, vatBase: v.base });
  }
  for (const l of bill.lines) {
    const ok = l.fixedAsset ? l.accountNumber.startsWith('2') : l.accountNumber.startsWith('6');
    if (!ok) {
      throw new AppError('VALIDATION', 'errors.billAccount', {
        account: l.accountNumber,
        issues: [{ path: `lines.${l.lineNo - 1}.accountNumber`, messageKey: 'errors.billAccount' }],
      });
    }
  }
}

/** Debit for a positive amount, credit for a negative one; flipped for a credit note. */
function side(amount: number, credit: boolean): { debit: number; credit: number } {
  const signed = credit ? -amount : amount;
  return signed >= 0 ? { debit: signed, credit: 0 } : { debit: 0, credit: -signed };
}

export function billPostingLines(bill: Bill): PostingLine[] {
  const reversed = bill.kind === 'credit_note';
  const expenses = new Map<string, number>();
  for (const l of bill.lines) expenses.set(l.accountNumber, (expenses.get(l.accountNumber) ?? 0) + l.netAmount);
  const lines: PostingLine[] = [];
  for (const [accountNumber, amount] of expenses) {
    if (amount !== 0) lines.push({ accountNumber, label: bill.supplierName, ...side(amount, reversed) });
  }
  for (const v of bill.vat) {
    if (v.vat === 0 || !isVatRate(v.rate)) continue;
    // VAT on fixed assets is declared apart (44562): its share of the rate's VAT follows its share of the base.
    const assetBase = bill.lines
      .filter((l) => l.vatRate === v.rate && l.fixedAsset)
      .reduce((s, l) => s + l.netAmount, 0);
    const assetVat = assetBase === v.base ? v.vat : applyRate(assetBase, v.rate);
    const goodsVat = v.vat - assetVat;
    if (assetVat !== 0) {
      lines.push({ accountNumber: FIXED_ASSET_VAT_ACCOUNT, label: bill.supplierName, ...side(assetVat, reversed) });
    }
    if (goodsVat !== 0) {
      lines.push({
        accountNumber: deductibleVatAccount(v.rate),
        label: bill.supplierName,
        ...side(goodsVat, reversed),
      });
    }
  }
  lines.push({
    accountNumber: '401',
    party: { id: bill.partyId, kind: 'supplier' },
    label: bill.supplierName,
    dueDate: bill.dueDate,
    ...side(-bill.grossTotal, reversed),
  });
  return lines;
}

export async function validateBill(ctx: Ctx, id: number): Promise<void> {
  await requireDraft(ctx.db, id);
  const bill = await loadBill(ctx.db, id);
  checkPostable(bill);
  const posted = await post(ctx, {
    journalCode: 'AC',
    date: bill.issueDate,
    label: `${bill.kind === 'credit_note' ? 'Avoir' : 'Facture'} ${bill.supplierName} ${bill.number}`.slice(0, 200),
    reference: bill.number,
    source: { type: BILL_SOURCE, id },
    lines: billPostingLines(bill),
  });
  const at = ctx.now().toISOString();
  await ctx.db
    .updateTable('bill')
    .set({
      status: 'validated',
      entry_id: posted.entryId,
      validated_at: at,
      validated_by: ctx.session.userId,
      updated_at: at,
      updated_by: ctx.session.userId,
    })
    .where('id', '=', id)
    .execute();
}
