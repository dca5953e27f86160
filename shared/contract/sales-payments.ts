import { z } from 'zod';
import { listQuery, page } from '../domain/list';
import { Cents, Id, IsoDate, optionalText } from '../domain/values';
import { AccountNumber } from './accounting';
import { DocumentKindSchema, FileOut } from './sales-documents';
import { route } from './route';

export const PaymentMethod = z.enum(['transfer', 'card', 'cheque', 'cash', 'direct_debit']);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const PaymentInput = z
  .object({
    partyId: Id,
    date: IsoDate,
    method: PaymentMethod,
    amount: Cents.min(1),
    reference: optionalText(100),
    /** Where the money went: a bank account (512…) or the till (531…); by default the first bank account, 531 for cash. */
    accountNumber: AccountNumber.nullish().transform((v) => v ?? null),
    /** The bank statement line this payment is: the line then points at the payment's entry instead of a new one. */
    bankLineId: Id.nullish().transform((v) => v ?? null),
    /** Invoices this payment settles; what is left stays on the customer's account as a credit. */
    allocations: z
      .array(z.object({ documentId: Id, amount: Cents.min(1) }).strict())
      .max(500)
      .default([]),
  })
  .strict();
export type PaymentInput = z.input<typeof PaymentInput>;

export const Payment = z.object({
  id: Id,
  partyId: Id,
  partyName: z.string(),
  date: z.string(),
  method: PaymentMethod,
  amount: Cents,
  reference: z.string().nullable(),
  accountNumber: z.string(),
  unallocated: Cents,
  entryId: Id,
  entryNumber: z.string().nullable(),
  allocations: z.array(z.object({ documentId: Id, number: z.string().nullable(), amount: Cents })),
  createdAt: z.string(),
});
export type Payment = z.infer<typeof Payment>;

export const PaymentListQuery = listQuery(['date', 'amount'] as const)
  .extend({ partyId: Id.optional(), from: IsoDate.optional(), to: IsoDate.optional() })
  .strict();

export const Receivable = z.object({
  documentId: Id,
  kind: DocumentKindSchema,
  number: z.string(),
  partyId: Id,
  partyCode: z.string(),
  partyName: z.string(),
  date: z.string(),
  dueDate: z.string().nullable(),
  grossTotal: Cents,
  openAmount: Cents,
  /** Days past the due date at `asOf`; 0 or less when not yet due. */
  daysOverdue: z.number().int(),
  dunningLevel: z.number().int().min(0).max(3),
  lastDunningDate: z.string().nullable(),
});
export type Receivable = z.infer<typeof Receivable>;

export const ReceivableQuery = listQuery(['dueDate', 'customer', 'amount', 'number'] as const)
  .extend({ partyId: Id.optional(), overdue: z.boolean().default(false), asOf: IsoDate.optional() })
  .strict();
export type ReceivableQuery = z.input<typeof ReceivableQuery>;

export const AgedRow = z.object({
  partyId: Id,
  partyCode: z.string(),
  partyName: z.string(),
  notDue: Cents,
  days30: Cents,
  days60: Cents,
  days90: Cents,
  over90: Cents,
  total: Cents,
});
export type AgedRow = z.infer<typeof AgedRow>;

export const Dunning = z.object({
  id: Id,
  documentId: Id,
  number: z.string(),
  partyName: z.string(),
  level: z.number().int().min(1).max(3),
  date: z.string(),
  openAmount: Cents,
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type Dunning = z.infer<typeof Dunning>;

export const SalesSummary = z.object({
  quotesPending: z.number().int(),
  ordersOpen: z.number().int(),
  draftInvoices: z.number().int(),
  receivables: Cents,
  overdueCount: z.number().int(),
  overdueAmount: Cents,
  requestsOpen: z.number().int(),
  requestsOverdue: z.number().int(),
  revenueYear: Cents,
});
export type SalesSummary = z.infer<typeof SalesSummary>;

/** Where a customer's money can be received: the company's bank accounts and the till. */
export const PaymentAccount = z.object({
  accountNumber: z.string(),
  label: z.string(),
  journalCode: z.string(),
  kind: z.enum(['bank', 'cash']),
});
export type PaymentAccount = z.infer<typeof PaymentAccount>;

export const salesPayments = {
  'sales.payment.list': route({
    kind: 'query',
    permission: 'sales.read',
    input: PaymentListQuery,
    output: page(Payment),
  }),
  'sales.payment.get': route({
    kind: 'query',
    permission: 'sales.read',
    input: z.object({ id: Id }).strict(),
    output: Payment,
  }),
  /** The bank accounts and the till a payment can be received on (sales users do not read the bank settings). */
  'sales.payment.accounts': route({
    kind: 'query',
    permission: 'sales.read',
    input: z.object({}).strict(),
    output: z.array(PaymentAccount),
  }),
  /** Records a customer payment, posts it (512/531 against 411) and letters what it settles. */
  'sales.payment.create': route({
    kind: 'mutation',
    permission: 'sales.write',
    input: PaymentInput,
    output: Payment,
  }),
  'sales.receivable.list': route({
    kind: 'query',
    permission: 'sales.read',
    input: ReceivableQuery,
    output: page(Receivable),
  }),
  'sales.receivable.aged': route({
    kind: 'query',
    permission: 'sales.read',
    input: z.object({ asOf: IsoDate.optional() }).strict(),
    output: z.object({
      asOf: z.string(),
      rows: z.array(AgedRow),
      totals: AgedRow.omit({ partyId: true, partyCode: true, partyName: true }),
    }),
  }),
  'sales.dunning.list': route({
    kind: 'query',
    permission: 'sales.read',
    input: listQuery(['date'] as const)
      .extend({ documentId: Id.optional() })
      .strict(),
    output: page(Dunning),
  }),
  /** Records a reminder at the next level (1 friendly, 2 firm, 3 formal notice) for an overdue invoice. */
  'sales.dunning.create': route({
    kind: 'mutation',
    permission: 'sales.write',
    input: z.object({ documentId: Id, date: IsoDate.optional(), note: optionalText(1000) }).strict(),
    output: Dunning,
  }),
  'sales.dunning.letter': route({
    kind: 'query',
    permission: 'sales.read',
    input: z.object({ id: Id }).strict(),
    output: FileOut,
  }),
  'sales.summary.get': route({
    kind: 'query',
    permission: 'sales.read',
    input: z.object({ asOf: IsoDate.optional() }).strict(),
    output: SalesSummary,
  }),
} as const;
