import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { Product, ProductInput } from '../../../../../shared/contract/sales-catalog';
import { foldText } from '../../../../../shared/domain/text';
import { AppError } from '../../../../../shared/errors';
import { indexDocument } from '../../../db/search-index';
import type { DB, ProductTable } from '../../../db/schema';

export type ParsedProductInput = z.output<typeof ProductInput>;
type ProductRow = Selectable<ProductTable>;

/** Where a product's sales go when the clerk names no account. */
export function defaultRevenueAccount(kind: ParsedProductInput['kind']): string {
  return kind === 'goods' ? '707' : '706';
}

export function toProduct(r: ProductRow, prices: readonly { category: string; unit_price: number }[]): Product {
  return {
    id: r.id,
    reference: r.reference,
    label: r.label,
    description: r.description,
    kind: r.kind as Product['kind'],
    unit: r.unit,
    unitPrice: r.unit_price,
    vatCategory: r.vat_category as Product['vatCategory'],
    vatRate: r.vat_rate,
    exemptionReason: r.exemption_reason,
    revenueAccount: r.revenue_account,
    active: r.active === 1,
    prices: prices.map((p) => ({ category: p.category, unitPrice: p.unit_price })),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function loadProduct(db: Kysely<DB>, id: number): Promise<Product> {
  const row = await db.selectFrom('product').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'product', id });
  const prices = await db
    .selectFrom('product_price')
    .select(['category', 'unit_price'])
    .where('product_id', '=', id)
    .orderBy('category')
    .execute();
  return toProduct(row, prices);
}

/** References are unique whatever their case: "ab-1" and "AB-1" would be the same line to a customer. */
async function checkReferenceFree(db: Kysely<DB>, reference: string, exceptId: number | null) {
  let q = db.selectFrom('product').select('id').where('reference_folded', '=', foldText(reference));
  if (exceptId !== null) q = q.where('id', '<>', exceptId);
  if (await q.executeTakeFirst()) {
    throw new AppError('CONFLICT', 'errors.productReferenceTaken', {
      reference,
      issues: [{ path: 'reference', messageKey: 'errors.productReferenceTaken', params: { reference } }],
    });
  }
}

function columns(p: ParsedProductInput, revenueAccount: string, now: string) {
  const exempt = p.vatCategory === 'E';
  return {
    reference: p.reference,
    reference_folded: foldText(p.reference),
    label: p.label,
    label_folded: foldText(p.label),
    description: p.description ?? null,
    kind: p.kind,
    unit: p.unit,
    unit_price: p.unitPrice,
    vat_category: p.vatCategory,
    vat_rate: exempt ? 0 : p.vatRate,
    exemption_reason: exempt ? (p.exemptionReason ?? null) : null,
    revenue_account: revenueAccount,
    active: p.active ? 1 : 0,
    updated_at: now,
  };
}

async function writePrices(db: Kysely<DB>, productId: number, p: ParsedProductInput) {
  await db.deleteFrom('product_price').where('product_id', '=', productId).execute();
  if (p.prices.length === 0) return;
  await db
    .insertInto('product_price')
    .values(p.prices.map((pr) => ({ product_id: productId, category: pr.category, unit_price: pr.unitPrice })))
    .execute();
}

async function indexProduct(db: Kysely<DB>, id: number, p: ParsedProductInput) {
  await indexDocument(db, {
    kind: 'product',
    refId: id,
    title: p.label,
    subtitle: p.reference,
    body: [p.reference, p.description].filter(Boolean).join(' '),
  });
}

export async function insertProduct(db: Kysely<DB>, p: ParsedProductInput, revenueAccount: string, now: string) {
  await checkReferenceFree(db, p.reference, null);
  const { id } = await db
    .insertInto('product')
    .values({ ...columns(p, revenueAccount, now), created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writePrices(db, id, p);
  await indexProduct(db, id, p);
  return id;
}

export async function updateProduct(
  db: Kysely<DB>,
  id: number,
  p: ParsedProductInput,
  revenueAccount: string,
  now: string,
) {
  await checkReferenceFree(db, p.reference, id);
  await db
    .updateTable('product')
    .set(columns(p, revenueAccount, now))
    .where('id', '=', id)
    .execute();
  await writePrices(db, id, p);
  await indexProduct(db, id, p);
}
