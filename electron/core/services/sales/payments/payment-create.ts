import type { z } from 'zod';
import type { PaymentInput } from '../../../../../shared/contract/sales-payments';
import { AppError, type ValidationIssue } from '../../../../../shared/errors';
import type { Ctx } from '../../../context';
import { post } from '../../accounting/entries/posting';
import { bankLedger } from '../../accounting/bank/bank-accounts';
import { assertOpen } from '../../accounting/bank/bank-lines';
import { letterSettled } from '../documents/settlement';
import { paymentAccountFor } from './payment-accounts';
import { loadPayment, PAYMENT_SOURCE } from './payment-store';

type Input = z.output<typeof PaymentInput>;

const SETTLED_KINDS = ['invoice', 'deposit'];

function refuse(issues: ValidationIssue[]): AppError {
  return new AppError('VALIDATION', issues[0]!.messageKey, { issues });
}

async function checkAllocations(ctx: Ctx, input: Input) {
  const ids = input.allocations.map((a) => a.documentId);
  const docs = ids.length
    ? await ctx.db
        .selectFrom('sales_document')
        .select(['id', 'kind', 'status', 'party_id', 'open_amount', 'number'])
        .where('id', 'in', ids)
        .execute()
    : [];
  const byId = new Map(docs.map((d) => [d.id, d]));
  const issues: ValidationIssue[] = [];
  const seen = new Set<number>();
  input.allocations.forEach((a, i) => {
    const doc = byId.get(a.documentId);
    const path = `allocations.${i}`;
    if (seen.has(a.documentId)) issues.push({ path: `${path}.documentId`, messageKey: 'validation.duplicate' });
    else if (!doc || doc.party_id !== input.partyId || !SETTLED_KINDS.includes(doc.kind))
      issues.push({ path: `${path}.documentId`, messageKey: 'errors.salesPaymentDocument' });
    else if (doc.status !== 'validated')
      issues.push({ path: `${path}.documentId`, messageKey: 'errors.salesPaymentNotValidated' });
    else if (doc.open_amount < a.amount)
      issues.push({ path: `${path}.amount`, messageKey: 'errors.salesPaymentOverOpen' });
    seen.add(a.documentId);
  });
  if (issues.length) throw refuse(issues);
  const allocated = input.allocations.reduce((s, a) => s + a.amount, 0);
  if (allocated > input.amount) throw refuse([{ path: 'allocations', messageKey: 'errors.salesPaymentOverAllocated' }]);
  return { docs: byId, allocated };
}

/** The open bank line a payment is recorded from: money in, of the payment's amount. */
async function bankLineFor(ctx: Ctx, input: Input) {
  const line = await assertOpen(ctx.db, input.bankLineId!);
  if (line.amount !== input.amount) throw refuse([{ path: 'amount', messageKey: 'errors.salesPaymentBankAmount' }]);
  const bank = await bankLedger(ctx.db, line.bankAccountId);
  if (input.accountNumber !== null && input.accountNumber !== bank.accountNumber)
    throw refuse([{ path: 'accountNumber', messageKey: 'errors.salesPaymentAccount' }]);
  return { id: line.id, accountNumber: bank.accountNumber };
}

/**
 * Records a customer payment: posts it (treasury account against the customer's 411), settles the invoices it is
 * allocated to, and letters the 411 lines of whatever it fully settles.
 */
export async function createPayment(ctx: Ctx, input: Input) {
  const party = await ctx.db
    .selectFrom('party')
    .select(['id', 'name', 'is_customer'])
    .where('id', '=', input.partyId)
    .executeTakeFirst();
  if (!party || party.is_customer !== 1) throw refuse([{ path: 'partyId', messageKey: 'errors.salesPaymentCustomer' }]);
  const { docs, allocated } = await checkAllocations(ctx, input);
  const bankLine = input.bankLineId === null ? null : await bankLineFor(ctx, input);
  const account = await paymentAccountFor(ctx.db, bankLine?.accountNumber ?? input.accountNumber, input.method);
  const at = ctx.now().toISOString();

  // The entry needs the payment's id as its source and the payment row needs the entry: mutations run one at a
  // time, so the next id is known before either is written.
  const last = await ctx.db
    .selectFrom('sales_payment')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  const id = Number(last?.id ?? 0) + 1;
  const numbers = input.allocations.map((a) => docs.get(a.documentId)!.number).filter((n) => n !== null);
  const posted = await post(ctx, {
    journalCode: account.journalCode,
    date: input.date,
    label: `Règlement ${party.name}`.slice(0, 200),
    reference: (input.reference ?? numbers.join(' ')).slice(0, 60) || null,
    source: { type: PAYMENT_SOURCE, id },
    lines: [
      { accountNumber: account.accountNumber, debit: input.amount },
      { accountNumber: '411', party: { id: party.id, kind: 'customer' }, credit: input.amount },
    ],
  });
  if (bankLine) {
    await ctx.db
      .updateTable('bank_line')
      .set({ status: 'matched', entry_id: posted.entryId })
      .where('id', '=', bankLine.id)
      .execute();
  }
  await ctx.db
    .insertInto('sales_payment')
    .values({
      id,
      party_id: party.id,
      date: input.date,
      method: input.method,
      amount: input.amount,
      reference: input.reference ?? null,
      account_number: account.accountNumber,
      unallocated: input.amount - allocated,
      entry_id: posted.entryId,
      created_at: at,
      created_by: ctx.session.userId > 0 ? ctx.session.userId : null,
    })
    .execute();

  for (const a of input.allocations) {
    const doc = docs.get(a.documentId)!;
    await ctx.db
      .insertInto('sales_allocation')
      .values({ document_id: a.documentId, payment_id: id, amount: a.amount, date: input.date })
      .execute();
    await ctx.db
      .updateTable('sales_document')
      .set({ open_amount: doc.open_amount - a.amount })
      .where('id', '=', a.documentId)
      .execute();
    ctx.audit({
      entityType: 'salesDocument',
      entityId: a.documentId,
      before: { openAmount: doc.open_amount },
      after: { openAmount: doc.open_amount - a.amount, paymentId: id },
    });
  }

  await letterSettled(
    ctx.db,
    input.allocations.map((a) => a.documentId),
    at,
  );

  const payment = await loadPayment(ctx.db, id);
  ctx.audit({ entityType: 'salesPayment', entityId: id, before: null, after: payment });
  return payment;
}
