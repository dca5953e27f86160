import { AppError } from '../../../../../shared/errors';
import type { Ctx } from '../../../context';
import { registerBankSettlement } from '../../accounting/bank/bank-posting';
import { loadBankLine } from '../../accounting/bank/bank-lines';
import { DOCUMENT_SOURCE } from '../documents/document-store';
import { createPayment } from './payment-create';

/**
 * A bank line matched, in the bank screen, against customer invoices becomes the customer's payment of those
 * invoices: the invoices then read paid in sales as well as lettered in the books.
 */
async function receiptFromBank(ctx: Ctx, bankLineId: number, lineIds: readonly number[]): Promise<number> {
  const bankLine = await loadBankLine(ctx.db, bankLineId);
  const rows = await ctx.db
    .selectFrom('entry_line as l')
    .innerJoin('entry as e', 'e.id', 'l.entry_id')
    .innerJoin('sales_document as d', 'd.entry_id', 'e.id')
    .select(['d.id', 'd.kind', 'd.party_id', 'd.open_amount', 'l.debit', 'l.credit'])
    .where('l.id', 'in', [...lineIds])
    .orderBy('d.date')
    .execute();
  if (rows.length !== lineIds.length || bankLine.amount <= 0 || rows.some((r) => r.kind === 'credit_note')) {
    throw new AppError('VALIDATION', 'errors.salesBankReceipt', {
      issues: [{ path: 'lineIds', messageKey: 'errors.salesBankReceipt' }],
    });
  }
  const payment = await createPayment(ctx, {
    partyId: rows[0]!.party_id,
    date: bankLine.date,
    method: 'transfer',
    amount: bankLine.amount,
    reference: bankLine.reference?.slice(0, 100) ?? null,
    accountNumber: null,
    bankLineId,
    allocations: rows
      .map((r) => ({ documentId: r.id, amount: Math.min(r.debit - r.credit, r.open_amount) }))
      .filter((a) => a.amount > 0),
  });
  return payment.entryId;
}

registerBankSettlement(DOCUMENT_SOURCE, receiptFromBank);
