import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ProductInput } from '../../../../../shared/contract/sales-catalog';
import { EXEMPTION_MENTIONS } from '../../../../../shared/domain/sales';
import { interpolate, messages } from '../../../../../shared/i18n/messages';
import { kyselyFor, openSqlite } from '../../../db/connection';
import { inServiceTransaction, openCompany, type TestCore } from '../../../testing';
import { customer } from '../../../testdata/fixtures';
import { productForLine } from './handlers';

let t: TestCore;
beforeEach(async () => {
  t = await openCompany();
});
afterEach(async () => {
  await t.close();
});

const product = (overrides: Partial<ProductInput> = {}): ProductInput => ({
  reference: 'PREST-01',
  label: 'Journée de conseil',
  unitPrice: 80000,
  ...overrides,
});

describe('sales catalog', () => {
  test('sales.product.create and sales.product.get store a product with its category prices', async () => {
    const p = await t.call(
      'sales.product.create',
      product({ prices: [{ category: 'Revendeur', unitPrice: 70000 }], description: 'Sur site' }),
    );
    expect(p).toMatchObject({
      reference: 'PREST-01',
      kind: 'service',
      unit: 'u',
      vatCategory: 'S',
      vatRate: 2000,
      exemptionReason: null,
      revenueAccount: '706',
      active: true,
      prices: [{ category: 'Revendeur', unitPrice: 70000 }],
    });
    expect(await t.call('sales.product.get', { id: p.id })).toEqual(p);
    // A sub-account the clerk names is opened in the chart so that invoices can post to it.
    await t.call('sales.product.create', product({ reference: 'PREST-02', revenueAccount: '706100' }));
    const accounts = await t.call('accounting.account.list', { search: '706100', status: 'all' });
    expect(accounts.rows.map((a) => a.number)).toContain('706100');
    const goods = await t.call('sales.product.create', product({ reference: 'ART-1', kind: 'goods' }));
    expect(goods.revenueAccount).toBe('707');
    expect((await t.fail('sales.product.get', { id: 9999 })).code).toBe('NOT_FOUND');
  });

  test('a reference is unique whatever its case; the refusal names it', async () => {
    await t.call('sales.product.create', product());
    const err = await t.fail('sales.product.create', product({ reference: 'prest-01' }));
    expect(err).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.productReferenceTaken' });
    expect(err.details).toMatchObject({ reference: 'prest-01', issues: [{ path: 'reference' }] });
    expect(interpolate(messages.fr[err.messageKey]!, err.details)).toContain('prest-01');
    const other = await t.call('sales.product.create', product({ reference: 'PREST-02' }));
    const upd = await t.fail('sales.product.update', { id: other.id, product: product() });
    expect(upd.messageKey).toBe('errors.productReferenceTaken');
  });

  test('sales.product.update changes price, VAT and prices, and is audited', async () => {
    const p = await t.call('sales.product.create', product({ prices: [{ category: 'A', unitPrice: 1 }] }));
    const u = await t.call('sales.product.update', {
      id: p.id,
      product: product({
        unitPrice: 90000,
        vatCategory: 'E',
        vatRate: 0,
        exemptionReason: EXEMPTION_MENTIONS.E.fr,
        active: false,
        prices: [{ category: 'B', unitPrice: 85000 }],
      }),
    });
    expect(u).toMatchObject({ unitPrice: 90000, vatCategory: 'E', vatRate: 0, active: false });
    expect(u.prices).toEqual([{ category: 'B', unitPrice: 85000 }]);
    const audit = await t.call('admin.audit.list', { entityType: 'product' });
    expect(audit.rows.length).toBeGreaterThanOrEqual(2);
  });

  test('the revenue account must be one the ledger accepts', async () => {
    const custom = await t.call('sales.product.create', product({ revenueAccount: '706100' }));
    expect(custom.revenueAccount).toBe('706100');
    const [acc] = (await t.call('accounting.account.list', { search: '706100' })).rows;
    await t.call('accounting.account.update', { id: acc!.id, active: false });
    const inactive = await t.fail('sales.product.create', product({ reference: 'X', revenueAccount: '706100' }));
    expect(inactive).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.productAccountInactive' });
    expect(inactive.details?.issues).toEqual([
      { path: 'revenueAccount', messageKey: 'errors.productAccountInactive', params: { number: '706100' } },
    ]);
    const contractErr = await t.fail('sales.product.create', product({ reference: 'Z', revenueAccount: '601000' }));
    expect(contractErr.details?.issues?.[0]).toMatchObject({ path: 'revenueAccount' });
  });

  test('the contract refuses a rate that is not French and an exempt product without its mention', async () => {
    const err = await t.fail('sales.product.create', product({ vatRate: 1900 }));
    expect(err.details?.issues).toEqual([{ path: 'vatRate', messageKey: 'validation.vatRate' }]);
    const exempt = await t.fail('sales.product.create', product({ vatCategory: 'E', vatRate: 0 }));
    expect(exempt.details?.issues?.[0]?.path).toBe('exemptionReason');
  });

  test('sales.product.list pages, searches folded text, filters status and kind, sorts', async () => {
    await t.call('sales.product.create', product({ reference: 'B-2', label: 'Éclairage LED', unitPrice: 300 }));
    await t.call(
      'sales.product.create',
      product({ reference: 'A-1', label: 'Câble 3G', kind: 'goods', unitPrice: 100 }),
    );
    await t.call('sales.product.create', product({ reference: 'C-3', label: 'Ancien', unitPrice: 200, active: false }));
    const refs = async (q: Parameters<typeof t.call<'sales.product.list'>>[1]) =>
      (await t.call('sales.product.list', q)).rows.map((r) => r.reference);
    expect(await refs({})).toEqual(['A-1', 'B-2']);
    expect(await refs({ status: 'all', sort: 'price', dir: 'desc' })).toEqual(['B-2', 'C-3', 'A-1']);
    expect(await refs({ status: 'inactive' })).toEqual(['C-3']);
    expect(await refs({ status: 'all', sort: 'label' })).toEqual(['C-3', 'A-1', 'B-2']);
    expect(await refs({ kind: 'goods' })).toEqual(['A-1']);
    expect(await refs({ search: 'eclair' })).toEqual(['B-2']);
    expect(await refs({ search: 'a-' })).toEqual(['A-1']);
    expect(await refs({ search: '100%' })).toEqual([]);
    const paged = await t.call('sales.product.list', { status: 'all', pageSize: 2, page: 1 });
    expect(paged).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(paged.rows.map((r) => r.reference)).toEqual(['C-3']);
  });

  test('products are found by global search, by whoever may read sales', async () => {
    const p = await t.call('sales.product.create', product({ label: 'Maintenance annuelle' }));
    const hits = (await t.call('system.search.query', { text: 'mainten' })).hits;
    expect(hits).toEqual([{ kind: 'product', id: p.id, title: 'Maintenance annuelle', subtitle: 'PREST-01' }]);
    const sales = await t.signInAs('commercial');
    expect((await t.call('system.search.query', { text: 'prest' }, sales)).hits).toHaveLength(1);
    const hr = await t.signInAs('rh');
    expect((await t.call('system.search.query', { text: 'mainten' }, hr)).hits).toEqual([]);
  });

  test('sales.product.create needs sales.admin', async () => {
    const sales = await t.signInAs('commercial');
    expect((await t.fail('sales.product.create', product(), sales)).code).toBe('FORBIDDEN');
  });
});

describe('customers selling terms and quotes', () => {
  test('sales.customer.get gives defaults; sales.customer.update stores them; a supplier is refused', async () => {
    const c = await t.call('parties.party.create', customer());
    expect(await t.call('sales.customer.get', { partyId: c.id })).toEqual({
      partyId: c.id,
      priceCategory: null,
      paymentTerms: 'days_30',
      vatRegime: 'france',
    });
    const saved = await t.call('sales.customer.update', {
      partyId: c.id,
      priceCategory: 'Revendeur',
      paymentTerms: 'days_45_eom',
      vatRegime: 'intra_eu',
    });
    expect(saved).toMatchObject({ priceCategory: 'Revendeur', paymentTerms: 'days_45_eom', vatRegime: 'intra_eu' });
    expect(await t.call('sales.customer.get', { partyId: c.id })).toEqual(saved);
    const supplier = await t.call('parties.party.create', customer({ isCustomer: false, isSupplier: true }));
    const err = await t.fail('sales.customer.get', { partyId: supplier.id });
    expect(err).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.salesNotCustomer' });
    expect((await t.fail('sales.customer.update', { partyId: supplier.id })).messageKey).toBe(
      'errors.salesNotCustomer',
    );
    expect((await t.fail('sales.customer.get', { partyId: 9999 })).code).toBe('NOT_FOUND');
    const reader = await t.signInAs('comptable');
    expect((await t.fail('sales.customer.update', { partyId: c.id }, reader)).code).toBe('FORBIDDEN');
  });

  test('sales.product.categories lists the categories in use', async () => {
    const c = await t.call('parties.party.create', customer());
    await t.call('sales.product.create', product({ prices: [{ category: 'Revendeur', unitPrice: 1 }] }));
    await t.call('sales.customer.update', { partyId: c.id, priceCategory: 'Grossiste' });
    expect(await t.call('sales.product.categories', {})).toEqual(['Grossiste', 'Revendeur']);
  });

  test('sales.product.quote takes the category price and turns VAT by the customer regime', async () => {
    const c = await t.call('parties.party.create', customer());
    const service = await t.call(
      'sales.product.create',
      product({ vatRate: 1000, prices: [{ category: 'Revendeur', unitPrice: 70000 }] }),
    );
    const goods = await t.call('sales.product.create', product({ reference: 'G', kind: 'goods', unitPrice: 500 }));
    const exempt = await t.call(
      'sales.product.create',
      product({ reference: 'E', vatCategory: 'E', vatRate: 0, exemptionReason: 'Formation, art. 261-4-4° du CGI' }),
    );
    const quote = async (id: number) => {
      const q = await t.call('sales.product.quote', { id, partyId: c.id });
      return [q.unitPrice, q.vatCategory, q.vatRate];
    };
    expect(await quote(service.id)).toEqual([80000, 'S', 1000]);
    await t.call('sales.customer.update', { partyId: c.id, priceCategory: 'revendeur' });
    expect(await quote(service.id)).toEqual([70000, 'S', 1000]);
    expect(await quote(goods.id)).toEqual([500, 'S', 2000]);
    await t.call('sales.customer.update', { partyId: c.id, vatRegime: 'intra_eu' });
    expect(await quote(service.id)).toEqual([80000, 'AE', 0]);
    expect(await quote(goods.id)).toEqual([500, 'K', 0]);
    expect(await quote(exempt.id)).toEqual([80000, 'E', 0]);
    await t.call('sales.customer.update', { partyId: c.id, vatRegime: 'export' });
    expect(await quote(service.id)).toEqual([80000, 'G', 0]);
    expect(await quote(goods.id)).toEqual([500, 'G', 0]);

    const { result } = await inServiceTransaction(t, (ctx) => productForLine(ctx.db, exempt.id, c.id));
    expect(result).toMatchObject({
      reference: 'E',
      vatCategory: 'E',
      exemptionReason: 'Formation, art. 261-4-4° du CGI',
      accountNumber: '706',
    });
    const line = await inServiceTransaction(t, (ctx) => productForLine(ctx.db, goods.id, c.id));
    expect(line.result).toMatchObject({ vatCategory: 'G', exemptionReason: EXEMPTION_MENTIONS.G.fr, unit: 'u' });
  });

  test('every list sort and filter is served by an index', async () => {
    const sqlite = openSqlite(t.dbPath);
    const db = kyselyFor(sqlite);
    const plan = async (q: string) =>
      (await sql.raw<{ detail: string }>(`explain query plan ${q}`).execute(db)).rows.map((r) => r.detail).join(' | ');
    const cases: [string, string][] = [
      ['active = 1 order by reference_folded, id', 'product_active'],
      ['active = 1 order by label_folded, id', 'product_active_label'],
      ['active = 0 order by unit_price desc, id desc', 'product_active_price'],
      ['1 order by reference_folded, id', 'product_reference'],
      ['1 order by label_folded, id', 'product_label'],
      ["kind = 'goods' order by unit_price, id", 'product_by_price'],
      ["active = 1 and kind = 'goods' order by label_folded, id", 'product_active_label'],
    ];
    for (const [where, index] of cases) {
      const p = await plan(`select * from product where ${where} limit 50`);
      expect(p, where).toMatch(new RegExp(`INDEX ${index}\\b`));
      expect(p, where).not.toContain('TEMP B-TREE');
    }
    await db.destroy();
  });
});
