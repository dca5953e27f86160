import type { salesCatalog } from '../../../../../shared/contract/sales-catalog';
import type { Handlers } from '../../../context';
import { loadCustomerTerms, saveCustomerTerms } from './customer-terms';
import { listProducts } from './product-list';
import { quoteProduct } from './product-quote';
import { defaultRevenueAccount, insertProduct, loadProduct, updateProduct } from './product-store';
import { ensureRevenueAccount } from './revenue-account';

export { productForLine, type ProductLine } from './product-quote';

export const salesCatalogHandlers = {
  'sales.product.list': (ctx, input) => listProducts(ctx.db, input),
  'sales.product.get': (ctx, { id }) => loadProduct(ctx.db, id),
  'sales.product.create': async (ctx, input) => {
    const account = input.revenueAccount ?? defaultRevenueAccount(input.kind);
    await ensureRevenueAccount(ctx, account);
    const id = await insertProduct(ctx.db, input, account, ctx.now().toISOString());
    const after = await loadProduct(ctx.db, id);
    ctx.audit({ entityType: 'product', entityId: id, before: null, after });
    return after;
  },
  'sales.product.update': async (ctx, { id, product }) => {
    const before = await loadProduct(ctx.db, id);
    const account = product.revenueAccount ?? defaultRevenueAccount(product.kind);
    await ensureRevenueAccount(ctx, account);
    await updateProduct(ctx.db, id, product, account, ctx.now().toISOString());
    const after = await loadProduct(ctx.db, id);
    ctx.audit({ entityType: 'product', entityId: id, before, after });
    return after;
  },
  'sales.product.quote': (ctx, { id, partyId }) => quoteProduct(ctx.db, id, partyId),
  'sales.product.categories': async (ctx) => {
    // Categories are free text: those already on a price or a customer are what a clerk picks from.
    const [prices, customers] = await Promise.all([
      ctx.db.selectFrom('product_price').select('category').distinct().execute(),
      ctx.db.selectFrom('sales_customer').select('price_category').distinct().execute(),
    ]);
    const all = [...prices.map((r) => r.category), ...customers.map((r) => r.price_category)];
    return [...new Set(all.filter((c): c is string => c !== null))].sort((a, b) => a.localeCompare(b, 'fr'));
  },
  'sales.customer.get': (ctx, { partyId }) => loadCustomerTerms(ctx.db, partyId),
  'sales.customer.update': async (ctx, input) => {
    const before = await loadCustomerTerms(ctx.db, input.partyId);
    await saveCustomerTerms(ctx.db, input, ctx.now().toISOString());
    const after = await loadCustomerTerms(ctx.db, input.partyId);
    ctx.audit({ entityType: 'sales_customer', entityId: input.partyId, before, after });
    return after;
  },
} satisfies Handlers<typeof salesCatalog>;
