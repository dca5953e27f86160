import { z } from 'zod';
import { DOCUMENT_KINDS } from '../domain/sales';
import { listQuery, page } from '../domain/list';
import { Cents, Id, IsoDate, optionalText, requiredText } from '../domain/values';
import { AccountNumber } from './accounting';
import { PaymentTermsSchema, ProductKind, VatRegimeSchema } from './sales-catalog';
import { route } from './route';

export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKindSchema = z.infer<typeof DocumentKindSchema>;
/**
 * draft → validated (numbered; for invoices: posted, immutable). Quotes and orders may then be accepted or
 * refused by the customer; a validated quote, order or delivery note can be cancelled. Invoices never are: a
 * credit note corrects them.
 */
export const DocumentStatus = z.enum(['draft', 'validated', 'accepted', 'refused', 'cancelled']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;
export const VatCategorySchema = z.enum(['S', 'E', 'AE', 'K', 'G']);
export const OperationType = z.enum(['goods', 'services', 'mixed']);
export const DocumentLanguage = z.enum(['fr', 'en']);

export const DocumentLineInput = z
  .object({
    productId: Id.nullish().transform((v) => v ?? null),
    reference: optionalText(40),
    label: requiredText(300),
    description: optionalText(2000),
    kind: ProductKind.default('service'),
    unit: requiredText(20).default('u'),
    /** Thousandths: 1.5 = 1500. Negative only on a line deducting a deposit. */
    quantity: z.number().int().min(-1_000_000_000).max(1_000_000_000),
    /** Excluding VAT, cents. */
    unitPrice: Cents.min(0).max(100_000_000_00),
    discountBp: z.number().int().min(0).max(10000).default(0),
    vatCategory: VatCategorySchema.default('S'),
    vatRate: z.number().int().min(0).max(10000),
    /** The revenue account; the product's, else 706 for services and 707 for goods. */
    accountNumber: AccountNumber.nullish().transform((v) => v ?? null),
    /** On a final invoice: the deposit invoice this line deducts. */
    depositId: Id.nullish().transform((v) => v ?? null),
  })
  .strict();
export type DocumentLineInput = z.input<typeof DocumentLineInput>;

export const DocumentInput = z
  .object({
    kind: DocumentKindSchema,
    partyId: Id,
    date: IsoDate,
    /** Date of the sale or the end of the service when it differs from the invoice date. */
    saleDate: IsoDate.nullish().transform((v) => v ?? null),
    /** Left empty, the due date follows the payment terms. */
    dueDate: IsoDate.nullish().transform((v) => v ?? null),
    validUntil: IsoDate.nullish().transform((v) => v ?? null),
    paymentTerms: PaymentTermsSchema.nullish().transform((v) => v ?? null),
    language: DocumentLanguage.default('fr'),
    customerReference: optionalText(100),
    /** Only when goods go elsewhere than the billing address. */
    deliveryAddress: optionalText(500),
    vatOnDebits: z.boolean().default(false),
    discountBp: z.number().int().min(0).max(10000).default(0),
    notes: optionalText(2000),
    /** A credit note names the invoice it corrects. */
    creditedId: Id.nullish().transform((v) => v ?? null),
    lines: z.array(DocumentLineInput).min(1).max(1000),
  })
  .strict();
export type DocumentInput = z.input<typeof DocumentInput>;

export const DocumentLine = z.object({
  id: Id,
  lineNo: z.number().int(),
  productId: Id.nullable(),
  reference: z.string().nullable(),
  label: z.string(),
  description: z.string().nullable(),
  kind: ProductKind,
  unit: z.string(),
  quantity: z.number().int(),
  unitPrice: Cents,
  discountBp: z.number().int(),
  netAmount: Cents,
  vatCategory: VatCategorySchema,
  vatRate: z.number().int(),
  accountNumber: z.string(),
  depositId: Id.nullable(),
});
export type DocumentLine = z.infer<typeof DocumentLine>;

export const DocumentVat = z.object({
  category: VatCategorySchema,
  rate: z.number().int(),
  base: Cents,
  vat: Cents,
  exemptionReason: z.string().nullable(),
});
export type DocumentVat = z.infer<typeof DocumentVat>;

export const DocumentRef = z.object({
  id: Id,
  kind: DocumentKindSchema,
  number: z.string().nullable(),
  status: DocumentStatus,
  date: z.string(),
  grossTotal: Cents,
});
export type DocumentRef = z.infer<typeof DocumentRef>;

export const DocumentRow = z.object({
  id: Id,
  kind: DocumentKindSchema,
  number: z.string().nullable(),
  status: DocumentStatus,
  partyId: Id,
  partyCode: z.string(),
  buyerName: z.string(),
  date: z.string(),
  dueDate: z.string().nullable(),
  netTotal: Cents,
  vatTotal: Cents,
  grossTotal: Cents,
  openAmount: Cents,
  /** Invoices: unpaid | partial | paid; null for the other kinds and drafts. */
  payment: z.enum(['unpaid', 'partial', 'paid']).nullable(),
  updatedAt: z.string(),
});
export type DocumentRow = z.infer<typeof DocumentRow>;

export const PaymentAllocationRef = z.object({
  paymentId: Id.nullable(),
  creditNoteId: Id.nullable(),
  creditNoteNumber: z.string().nullable(),
  date: z.string(),
  method: z.string().nullable(),
  amount: Cents,
});

export const DunningRef = z.object({ id: Id, level: z.number().int(), date: z.string(), openAmount: Cents });

export const SalesDocument = DocumentRow.extend({
  saleDate: z.string().nullable(),
  validUntil: z.string().nullable(),
  paymentTerms: PaymentTermsSchema,
  language: DocumentLanguage,
  currency: z.string(),
  customerReference: z.string().nullable(),
  buyerSiren: z.string().nullable(),
  buyerVatNumber: z.string().nullable(),
  billingAddress: z.string(),
  deliveryAddress: z.string().nullable(),
  vatRegime: VatRegimeSchema,
  operationType: OperationType,
  vatOnDebits: z.boolean(),
  discountBp: z.number().int(),
  notes: z.string().nullable(),
  lineTotal: Cents,
  discountTotal: Cents,
  lines: z.array(DocumentLine),
  vat: z.array(DocumentVat),
  source: DocumentRef.nullable(),
  children: z.array(DocumentRef),
  credited: DocumentRef.nullable(),
  creditNotes: z.array(DocumentRef),
  allocations: z.array(PaymentAllocationRef),
  dunnings: z.array(DunningRef),
  entryId: Id.nullable(),
  entryNumber: z.string().nullable(),
  createdAt: z.string(),
  validatedAt: z.string().nullable(),
});
export type SalesDocument = z.infer<typeof SalesDocument>;

export const DOCUMENT_SORTS = ['date', 'number', 'customer', 'total', 'dueDate'] as const;
export const DocumentListQuery = listQuery(DOCUMENT_SORTS)
  .extend({
    /** Invoices lists show invoices and deposit invoices; pass both kinds. */
    kinds: z.array(DocumentKindSchema).min(1).max(6).optional(),
    status: DocumentStatus.optional(),
    partyId: Id.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    payment: z.enum(['unpaid', 'partial', 'paid']).optional(),
  })
  .strict();
export type DocumentListQuery = z.input<typeof DocumentListQuery>;

export const FileOut = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type FileOut = z.infer<typeof FileOut>;
export const EInvoiceFormat = z.enum(['facturx', 'cii', 'ubl']);
export type EInvoiceFormat = z.infer<typeof EInvoiceFormat>;

export const salesDocuments = {
  'sales.document.list': route({
    kind: 'query',
    permission: 'sales.read',
    input: DocumentListQuery,
    output: page(DocumentRow),
  }),
  'sales.document.get': route({
    kind: 'query',
    permission: 'sales.read',
    input: z.object({ id: Id }).strict(),
    output: SalesDocument,
  }),
  'sales.document.create': route({
    kind: 'mutation',
    permission: 'sales.write',
    input: DocumentInput,
    output: SalesDocument,
  }),
  'sales.document.update': route({
    kind: 'mutation',
    permission: 'sales.write',
    input: z.object({ id: Id, document: DocumentInput }).strict(),
    output: SalesDocument,
  }),
  'sales.document.delete': route({
    kind: 'mutation',
    permission: 'sales.write',
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  }),
  /** Numbers the document in its series; an invoice or credit note is then posted and can never change. */
  'sales.document.validate': route({
    kind: 'mutation',
    permission: 'sales.validate',
    input: z.object({ id: Id }).strict(),
    output: SalesDocument,
  }),
  /** A new draft of the next kind with the lines copied and the link kept both ways. */
  'sales.document.convert': route({
    kind: 'mutation',
    permission: 'sales.write',
    input: z
      .object({
        id: Id,
        kind: DocumentKindSchema,
        /** Deposit invoices: the share of the source's total, in basis points (30 % = 3000). */
        depositBp: z.number().int().min(1).max(10000).optional(),
        date: IsoDate.optional(),
      })
      .strict(),
    output: SalesDocument,
  }),
  'sales.document.setStatus': route({
    kind: 'mutation',
    permission: 'sales.write',
    input: z.object({ id: Id, status: z.enum(['accepted', 'refused', 'cancelled']) }).strict(),
    output: SalesDocument,
  }),
  'sales.document.pdf': route({
    kind: 'query',
    permission: 'sales.read',
    input: z.object({ id: Id, language: DocumentLanguage.optional() }).strict(),
    output: FileOut,
  }),
  /** A validated invoice or credit note as Factur-X (PDF/A-3 with its CII XML), CII XML or UBL 2.1 XML. */
  'sales.document.export': route({
    kind: 'query',
    permission: 'sales.read',
    input: z.object({ id: Id, format: EInvoiceFormat }).strict(),
    output: FileOut,
  }),
} as const;
