import type { Kysely } from 'kysely';
import type { Product } from '../../../../../shared/contract/sales-catalog';
import { EXEMPTION_MENTIONS, type VatCategory, type VatRegime } from '../../../../../shared/domain/sales';
import type { DB } from '../../../db/schema';
import { loadCustomerTerms } from './customer-terms';
import { loadProduct } from './product-store';

/**
 * The VAT category a product takes for a customer. A French sale keeps the product's own; sold to another EU
 * business, goods are an intra-community supply (K) and services a reverse charge (AE); outside the EU it is an
 * export (G). An exempt product (E) stays exempt wherever it goes.
 */
export function vatFor(product: Pick<Product, 'kind' | 'vatCategory' | 'vatRate'>, regime: VatRegime) {
  if (product.vatCategory === 'E') return { vatCategory: 'E' as VatCategory, vatRate: 0 };
  if (regime === 'intra_eu') return { vatCategory: (product.kind === 'goods' ? 'K' : 'AE') as VatCategory, vatRate: 0 };
  if (regime === 'export') return { vatCategory: 'G' as VatCategory, vatRate: 0 };
  return { vatCategory: 'S' as VatCategory, vatRate: product.vatRate };
}

/** The customer's category price when the product has one (categories compare without regard to case). */
export function priceFor(product: Pick<Product, 'unitPrice' | 'prices'>, category: string | null): number {
  if (!category) return product.unitPrice;
  const wanted = category.toLowerCase();
  return product.prices.find((p) => p.category.toLowerCase() === wanted)?.unitPrice ?? product.unitPrice;
}

export async function quoteProduct(db: Kysely<DB>, productId: number, partyId: number) {
  const product = await loadProduct(db, productId);
  const terms = await loadCustomerTerms(db, partyId);
  return { product, unitPrice: priceFor(product, terms.priceCategory), ...vatFor(product, terms.vatRegime) };
}

export interface ProductLine {
  productId: number;
  reference: string;
  label: string;
  kind: Product['kind'];
  unit: string;
  unitPrice: number;
  vatCategory: VatCategory;
  vatRate: number;
  accountNumber: string;
  /** The legal mention an untaxed line needs on the invoice; null for a taxed one. */
  exemptionReason: string | null;
}

/** What a document line starts from when a product is sold to this customer. */
export async function productForLine(db: Kysely<DB>, productId: number, partyId: number): Promise<ProductLine> {
  const { product, unitPrice, vatCategory, vatRate } = await quoteProduct(db, productId, partyId);
  const exemptionReason =
    vatCategory === 'S'
      ? null
      : vatCategory === 'E'
        ? (product.exemptionReason ?? EXEMPTION_MENTIONS.E.fr)
        : EXEMPTION_MENTIONS[vatCategory].fr;
  return {
    productId: product.id,
    reference: product.reference,
    label: product.label,
    kind: product.kind,
    unit: product.unit,
    unitPrice,
    vatCategory,
    vatRate,
    accountNumber: product.revenueAccount,
    exemptionReason,
  };
}
