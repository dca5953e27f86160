import type { z } from 'zod';
import type { accountingBills, BillInput } from '../../../../../shared/contract/accounting-bills';
import { AppError } from '../../../../../shared/errors';
import type { Ctx, Handlers } from '../../../context';
import { attachmentContent, deleteAttachmentsOf } from '../../attachments/attachment-store';
import { importBill } from './bill-import';
import { listBills } from './bill-list';
import { validateBill } from './bill-posting';
import {
  BILL_SOURCE,
  deleteBillRow,
  insertBill,
  loadBill,
  requireDraft,
  updateBill,
  type BillDraft,
} from './bill-store';
import { computeTotals, sameBases } from '../../../../../shared/domain/bill-totals';

function toDraft(input: z.output<typeof BillInput>, kept?: BillDraft['totals']['byRate']): BillDraft {
  const computed = computeTotals(input.lines);
  // Correcting an imported draft (an account, a label) keeps the VAT the supplier stated, as long as the bases
  // per rate are still the invoice's.
  const byRate = kept && kept.length > 0 && sameBases(kept, computed.byRate) ? kept : computed.byRate;
  const vat = byRate.reduce((s, r) => s + r.vat, 0);
  return {
    partyId: input.partyId,
    kind: input.kind,
    number: input.number,
    issueDate: input.issueDate,
    dueDate: input.dueDate,
    currency: input.currency,
    paymentMeans: input.paymentMeans,
    lines: input.lines,
    totals: { net: computed.net, vat, gross: computed.net + vat, byRate },
  };
}

async function audited(ctx: Ctx, id: number, before: unknown) {
  const after = await loadBill(ctx.db, id);
  ctx.audit({ entityType: 'bill', entityId: id, before, after });
  return after;
}

export const billHandlers = {
  'accounting.bill.list': (ctx, input) => listBills(ctx.db, input),
  'accounting.bill.get': (ctx, { id }) => loadBill(ctx.db, id),
  'accounting.bill.create': async (ctx, input) =>
    audited(ctx, await insertBill(ctx.db, toDraft(input), ctx.now().toISOString(), ctx.session.userId), null),
  'accounting.bill.update': async (ctx, { id, bill }) => {
    const before = await loadBill(ctx.db, id);
    await updateBill(ctx.db, id, toDraft(bill, before.vat), ctx.now().toISOString(), ctx.session.userId);
    return audited(ctx, id, before);
  },
  'accounting.bill.delete': async (ctx, { id }) => {
    await requireDraft(ctx.db, id);
    const before = await loadBill(ctx.db, id);
    await ctx.db.updateTable('bill').set({ attachment_id: null }).where('id', '=', id).execute();
    await deleteAttachmentsOf(ctx.db, { type: BILL_SOURCE, id });
    await deleteBillRow(ctx.db, id);
    ctx.audit({ entityType: 'bill', entityId: id, before, after: null });
    return { id };
  },
  'accounting.bill.validate': async (ctx, { id }) => {
    const before = await loadBill(ctx.db, id);
    await validateBill(ctx, id);
    return audited(ctx, id, before);
  },
  'accounting.bill.import': async (ctx, { fileName, contentBase64 }) =>
    audited(ctx, await importBill(ctx, fileName, contentBase64), null),
  'accounting.bill.attachment': async (ctx, { id }) => {
    const bill = await loadBill(ctx.db, id);
    if (!bill.attachment) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'attachment', billId: id });
    const content = await attachmentContent(ctx.db, bill.attachment.id);
    return { ...bill.attachment, contentBase64: Buffer.from(content).toString('base64') };
  },
} satisfies Handlers<typeof accountingBills>;
