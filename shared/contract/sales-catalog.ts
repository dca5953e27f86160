import { z } from 'zod';
import { listQuery, page } from '../domain/list';
import { Cents, Id, optionalText, requiredText } from '../domain/values';
import { AccountNumber } from './accounting';
import { route } from './route';

export const ProductKind = z.enum(['goods', 'service']);
/** A product is taxed at a rate (S) or exempt with its legal mention (E); reverse charge and export follow the customer. */
export const ProductVatCategory = z.enum(['S', 'E']);
export const PaymentTermsSchema = z.enum(['on_receipt', 'days_30', 'days_45_eom', 'days_60']);
export const VatRegimeSchema = z.enum(['france', 'intra_eu', 'export']);
/** The French rates a clerk picks from, in basis points. */
export const SALES_RATES = [2000, 1000, 550, 210] as const;

const PriceCategory = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N} _-]+$/u, { error: 'validation.format' });

export const ProductInput = z
  .object({
    reference: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[A-Za-z0-9._/-]+$/, { error: 'validation.format' }),
    label: requiredText(200),
    description: optionalText(2000),
    kind: ProductKind.default('service'),
    unit: requiredText(20).default('u'),
    unitPrice: Cents.min(0),
    vatCategory: ProductVatCategory.default('S'),
    /** Basis points; 0 when exempt. */
    vatRate: z.number().int().min(0).max(10000).default(2000),
    exemptionReason: optionalText(300),
    /** Revenue account (class 70); 706 services, 707 goods by default. */
    revenueAccount: AccountNumber.optional(),
    active: z.boolean().default(true),
    prices: z
      .array(z.object({ category: PriceCategory, unitPrice: Cents.min(0) }).strict())
      .max(50)
      .default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.vatCategory === 'S' && !(SALES_RATES as readonly number[]).includes(p.vatRate))
      ctx.addIssue({ code: 'custom', path: ['vatRate'], message: 'validation.vatRate' });
    if (p.vatCategory === 'E' && !p.exemptionReason)
      ctx.addIssue({ code: 'custom', path: ['exemptionReason'], message: 'validation.required' });
    if (p.revenueAccount && !p.revenueAccount.startsWith('70'))
      ctx.addIssue({ code: 'custom', path: ['revenueAccount'], message: 'validation.revenueAccount' });
    const seen = new Set<string>();
    p.prices.forEach((pr, i) => {
      if (seen.has(pr.category.toLowerCase()))
        ctx.addIssue({ code: 'custom', path: ['prices', i, 'category'], message: 'validation.duplicate' });
      seen.add(pr.category.toLowerCase());
    });
  });
export type ProductInput = z.input<typeof ProductInput>;

export const Product = z.object({
  id: Id,
  reference: z.string(),
  label: z.string(),
  description: z.string().nullable(),
  kind: ProductKind,
  unit: z.string(),
  unitPrice: Cents,
  vatCategory: ProductVatCategory,
  vatRate: z.number().int(),
  exemptionReason: z.string().nullable(),
  revenueAccount: z.string(),
  active: z.boolean(),
  prices: z.array(z.object({ category: z.string(), unitPrice: Cents })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Product = z.infer<typeof Product>;

export const PRODUCT_SORTS = ['reference', 'label', 'price'] as const;
export const ProductListQuery = listQuery(PRODUCT_SORTS)
  .extend({ status: z.enum(['active', 'inactive', 'all']).default('active'), kind: ProductKind.optional() })
  .strict();
export type ProductListQuery = z.input<typeof ProductListQuery>;

export const CustomerTermsInput = z
  .object({
    partyId: Id,
    priceCategory: optionalText(40),
    paymentTerms: PaymentTermsSchema.default('days_30'),
    vatRegime: VatRegimeSchema.default('france'),
  })
  .strict();
export type CustomerTermsInput = z.input<typeof CustomerTermsInput>;

export const CustomerTerms = z.object({
  partyId: Id,
  priceCategory: z.string().nullable(),
  paymentTerms: PaymentTermsSchema,
  vatRegime: VatRegimeSchema,
});
export type CustomerTerms = z.infer<typeof CustomerTerms>;

/** What a document line starts from when a clerk picks a product for a customer. */
export const ProductQuote = z.object({
  product: Product,
  unitPrice: Cents,
  vatCategory: z.enum(['S', 'E', 'AE', 'K', 'G']),
  vatRate: z.number().int(),
});

export const salesCatalog = {
  'sales.product.list': route({
    kind: 'query',
    permission: 'sales.read',
    input: ProductListQuery,
    output: page(Product),
  }),
  'sales.product.get': route({
    kind: 'query',
    permission: 'sales.read',
    input: z.object({ id: Id }).strict(),
    output: Product,
  }),
  'sales.product.create': route({
    kind: 'mutation',
    permission: 'sales.admin',
    input: ProductInput,
    output: Product,
  }),
  'sales.product.update': route({
    kind: 'mutation',
    permission: 'sales.admin',
    input: z.object({ id: Id, product: ProductInput }).strict(),
    output: Product,
  }),
  /** The price and VAT a product takes on a document for this customer (category price, VAT regime). */
  'sales.product.quote': route({
    kind: 'query',
    permission: 'sales.read',
    input: z.object({ id: Id, partyId: Id }).strict(),
    output: ProductQuote,
  }),
  'sales.product.categories': route({
    kind: 'query',
    permission: 'sales.read',
    input: z.object({}).strict(),
    output: z.array(z.string()),
  }),
  'sales.customer.get': route({
    kind: 'query',
    permission: 'sales.read',
    input: z.object({ partyId: Id }).strict(),
    output: CustomerTerms,
  }),
  'sales.customer.update': route({
    kind: 'mutation',
    permission: 'sales.write',
    input: CustomerTermsInput,
    output: CustomerTerms,
  }),
} as const;
