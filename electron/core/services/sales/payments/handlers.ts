import type { salesPayments } from '../../../../../shared/contract/sales-payments';
import './bank-receipt';
import { dunningLetter } from '../documents/document-files';
import type { Handlers } from '../../../context';
import { todayOf } from '../../../../../shared/domain/dates';
import { createDunning, listDunnings } from './dunning';
import { paymentAccounts } from './payment-accounts';
import { createPayment } from './payment-create';
import { listPayments, loadPayment } from './payment-store';
import { agedBalance, listReceivables } from './receivables';
import { salesSummary } from './summary';

export const salesPaymentsHandlers = {
  'sales.payment.list': (ctx, input) => listPayments(ctx.db, input),
  'sales.payment.get': (ctx, { id }) => loadPayment(ctx.db, id),
  'sales.payment.accounts': (ctx) => paymentAccounts(ctx.db),
  'sales.payment.create': (ctx, input) => createPayment(ctx, input),
  'sales.receivable.list': (ctx, input) => listReceivables(ctx.db, input, input.asOf ?? todayOf(ctx.now())),
  'sales.receivable.aged': (ctx, { asOf }) => agedBalance(ctx.db, asOf ?? todayOf(ctx.now())),
  'sales.dunning.list': (ctx, input) => listDunnings(ctx.db, input),
  'sales.dunning.create': (ctx, input) => createDunning(ctx, input),
  'sales.dunning.letter': (ctx, { id }) => dunningLetter(ctx, id),
  'sales.summary.get': (ctx, { asOf }) => salesSummary(ctx.db, asOf ?? todayOf(ctx.now())),
} satisfies Handlers<typeof salesPayments>;
