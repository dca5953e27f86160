import { z } from 'zod';
import { listQuery, page } from '../domain/list';
import { Cents, Id, IsoDate, optionalText, requiredText } from '../domain/values';
import { AccountNumber } from './accounting';
import { route } from './route';

export const BillStatus = z.enum(['draft', 'validated']);
/** A credit note from a supplier posts the other way round. */
export const BillKind = z.enum(['invoice', 'credit_note']);

/** The rates a clerk picks from, in basis points (20 %, 10 %, 5.5 %, 2.1 %, none). */
export const BILL_RATES = [2000, 1000, 550, 210, 0] as const;

/** Up to 20 MB of file once decoded. */
export const MAX_ATTACHMENT_BASE64 = 28_000_000;

export const BillLineInput = z
  .object({
    label: requiredText(500),
    /** Exact decimal text ("3", "2.5"), as the invoice states it. */
    quantity: z
      .string()
      .trim()
      .max(30)
      .regex(/^(-?\d+(\.\d+)?)?$/, { error: 'validation.format' })
      .nullish()
      .transform((v) => (v ? v : null)),
    netAmount: Cents,
    vatRate: z.number().int().min(0).max(10000),
    accountNumber: AccountNumber,
    /** Bought to be kept (2xx account): its VAT goes to 44562. */
    fixedAsset: z.boolean().default(false),
  })
  .strict();
export type BillLineInput = z.input<typeof BillLineInput>;

export const BillInput = z
  .object({
    partyId: Id,
    kind: BillKind.default('invoice'),
    number: requiredText(60),
    issueDate: IsoDate,
    dueDate: IsoDate.nullish().transform((v) => v ?? null),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, { error: 'validation.format' })
      .default('EUR'),
    paymentMeans: optionalText(200),
    lines: z.array(BillLineInput).min(1).max(2000),
  })
  .strict();
export type BillInput = z.input<typeof BillInput>;

export const BillLine = z.object({
  id: Id,
  lineNo: z.number().int().min(1),
  label: z.string(),
  quantity: z.string().nullable(),
  netAmount: Cents,
  vatRate: z.number().int(),
  accountNumber: z.string(),
  fixedAsset: z.boolean(),
});
export type BillLine = z.infer<typeof BillLine>;

export const BillVat = z.object({ rate: z.number().int(), base: Cents, vat: Cents });
export type BillVat = z.infer<typeof BillVat>;

export const AttachmentMeta = z.object({
  id: Id,
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int().min(0),
  sha256: z.string(),
  createdAt: z.string(),
});
export type AttachmentMeta = z.infer<typeof AttachmentMeta>;

export const BillRow = z.object({
  id: Id,
  partyId: Id,
  supplierName: z.string(),
  supplierCode: z.string(),
  kind: BillKind,
  number: z.string(),
  issueDate: z.string(),
  dueDate: z.string().nullable(),
  currency: z.string(),
  status: BillStatus,
  netTotal: Cents,
  vatTotal: Cents,
  grossTotal: Cents,
  entryId: Id.nullable(),
  hasAttachment: z.boolean(),
  updatedAt: z.string(),
});
export type BillRow = z.infer<typeof BillRow>;

export const Bill = BillRow.extend({
  paymentMeans: z.string().nullable(),
  lines: z.array(BillLine),
  vat: z.array(BillVat),
  attachment: AttachmentMeta.nullable(),
  entryNumber: z.string().nullable(),
  createdAt: z.string(),
  validatedAt: z.string().nullable(),
});
export type Bill = z.infer<typeof Bill>;

export const BILL_SORTS = ['date', 'number', 'supplier', 'total'] as const;

export const BillListQuery = listQuery(BILL_SORTS)
  .extend({
    status: BillStatus.optional(),
    partyId: Id.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
  })
  .strict();
export type BillListQuery = z.input<typeof BillListQuery>;

export const accountingBills = {
  'accounting.bill.list': route({
    kind: 'query',
    permission: 'accounting.read',
    input: BillListQuery,
    output: page(BillRow),
  }),
  'accounting.bill.get': route({
    kind: 'query',
    permission: 'accounting.read',
    input: z.object({ id: Id }).strict(),
    output: Bill,
  }),
  'accounting.bill.create': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: BillInput,
    output: Bill,
  }),
  'accounting.bill.update': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z.object({ id: Id, bill: BillInput }).strict(),
    output: Bill,
  }),
  'accounting.bill.delete': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  }),
  'accounting.bill.validate': route({
    kind: 'mutation',
    permission: 'accounting.validate',
    input: z.object({ id: Id }).strict(),
    output: Bill,
  }),
  /** A received e-invoice (Factur-X PDF, CII or UBL XML) becomes a draft bill, the file kept with it. */
  'accounting.bill.import': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z
      .object({
        fileName: requiredText(255),
        contentBase64: z.string().min(1).max(MAX_ATTACHMENT_BASE64),
      })
      .strict(),
    output: Bill,
  }),
  'accounting.bill.attachment': route({
    kind: 'query',
    permission: 'accounting.read',
    input: z.object({ id: Id }).strict(),
    output: AttachmentMeta.extend({ contentBase64: z.string() }),
  }),
} as const;
