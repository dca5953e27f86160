import { afterEach, describe, expect, test } from 'vitest';
import type { BillInput } from '../../../../../shared/contract/accounting-bills';
import { customer } from '../../../testdata/fixtures';
import { openCompany, type TestCore } from '../../../testing';
import { computeTotals } from '../../../../../shared/domain/bill-totals';

const NOW = new Date('2026-03-15T10:00:00Z');

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function supplier(core: TestCore, name = 'Papeterie Martin') {
  return core.call('parties.party.create', customer({ name, isCustomer: false, isSupplier: true }));
}

const draft = (partyId: number, overrides: Partial<BillInput> = {}): BillInput => ({
  partyId,
  number: 'PM-2026-118',
  issueDate: '2026-03-02',
  dueDate: '2026-04-01',
  lines: [
    { label: 'Ramettes A4', quantity: '10', netAmount: 3333, vatRate: 2000, accountNumber: '6064' },
    { label: 'Classeurs', quantity: '3', netAmount: 3333, vatRate: 2000, accountNumber: '6064' },
    { label: 'Livres', netAmount: 1999, vatRate: 550, accountNumber: '6068' },
  ],
  ...overrides,
});

describe('VAT of a bill entered by hand', () => {
  test('bases are summed per rate, then each rounded once', () => {
    // 33.33 × 20 % = 6.666 twice: rounded line by line that is 13.34, on the base 66.66 it is 13.33.
    expect(computeTotals(draft(1).lines.map((l) => ({ netAmount: l.netAmount, vatRate: l.vatRate })))).toEqual({
      net: 8665,
      vat: 1333 + 110,
      gross: 8665 + 1443,
      byRate: [
        { rate: 2000, base: 6666, vat: 1333 },
        { rate: 550, base: 1999, vat: 110 },
      ],
    });
  });
});

describe('supplier bills', () => {
  test('a draft is created, corrected, listed and deleted; the audit trail records each step', async () => {
    t = await openCompany({ now: () => NOW });
    const party = await supplier(t);
    const bill = await t.call('accounting.bill.create', draft(party.id));
    expect(bill).toMatchObject({
      status: 'draft',
      kind: 'invoice',
      currency: 'EUR',
      supplierName: 'Papeterie Martin',
      netTotal: 8665,
      vatTotal: 1443,
      grossTotal: 10108,
      entryId: null,
      attachment: null,
      vat: [
        { rate: 2000, base: 6666, vat: 1333 },
        { rate: 550, base: 1999, vat: 110 },
      ],
    });
    expect(bill.lines.map((l) => [l.lineNo, l.quantity, l.accountNumber])).toEqual([
      [1, '10', '6064'],
      [2, '3', '6064'],
      [3, null, '6068'],
    ]);
    const updated = await t.call('accounting.bill.update', {
      id: bill.id,
      bill: draft(party.id, {
        lines: [{ label: 'Imprimante', netAmount: 50000, vatRate: 2000, accountNumber: '2183', fixedAsset: true }],
      }),
    });
    expect(updated).toMatchObject({ netTotal: 50000, vatTotal: 10000, grossTotal: 60000 });
    expect(updated.lines).toHaveLength(1);

    await t.call('accounting.bill.create', draft(party.id, { number: 'PM-2026-119', issueDate: '2026-03-09' }));
    const other = await supplier(t, 'Bureau Vallée');
    await t.call('accounting.bill.create', draft(other.id, { number: 'BV-1', issueDate: '2026-02-20' }));
    const byDate = await t.call('accounting.bill.list', { sort: 'date', dir: 'desc' });
    expect(byDate.rows.map((r) => r.number)).toEqual(['PM-2026-119', 'PM-2026-118', 'BV-1']);
    const bySupplier = await t.call('accounting.bill.list', { sort: 'supplier', pageSize: 1, page: 0 });
    expect(bySupplier).toMatchObject({ total: 3, rows: [{ number: 'BV-1' }] });
    expect((await t.call('accounting.bill.list', { sort: 'total', dir: 'desc' })).rows[0]!.grossTotal).toBe(60000);
    expect((await t.call('accounting.bill.list', { partyId: other.id })).total).toBe(1);
    expect((await t.call('accounting.bill.list', { from: '2026-03-01', to: '2026-03-05' })).rows).toHaveLength(1);
    expect((await t.call('accounting.bill.list', { search: 'vallee' })).rows.map((r) => r.number)).toEqual(['BV-1']);
    expect((await t.call('accounting.bill.list', { search: '119' })).total).toBe(1);
    expect((await t.call('accounting.bill.list', { status: 'validated' })).total).toBe(0);

    await t.call('accounting.bill.delete', { id: bill.id });
    expect(await t.fail('accounting.bill.get', { id: bill.id })).toMatchObject({ code: 'NOT_FOUND' });
    const trail = await t.call('admin.audit.list', { entityType: 'bill', entityId: bill.id });
    expect(trail.rows.map((r) => r.route)).toEqual(
      expect.arrayContaining(['accounting.bill.create', 'accounting.bill.update', 'accounting.bill.delete']),
    );
  });

  test('the same supplier cannot have the same invoice number twice', async () => {
    t = await openCompany({ now: () => NOW });
    const party = await supplier(t);
    const first = await t.call('accounting.bill.create', draft(party.id));
    expect(await t.fail('accounting.bill.create', draft(party.id))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.billDuplicate',
      details: { id: first.id, number: 'PM-2026-118' },
    });
    const other = await supplier(t, 'Autre');
    await t.call('accounting.bill.create', draft(other.id));
  });

  test('validation posts expenses, fixed assets and VAT per rate against the supplier, then freezes the bill', async () => {
    t = await openCompany({ now: () => NOW });
    const party = await supplier(t);
    const bill = await t.call(
      'accounting.bill.create',
      draft(party.id, {
        lines: [
          { label: 'Papier', netAmount: 10000, vatRate: 2000, accountNumber: '6064' },
          { label: 'Ordinateur', netAmount: 80000, vatRate: 2000, accountNumber: '2183', fixedAsset: true },
          { label: 'Repas', netAmount: 5000, vatRate: 1000, accountNumber: '6257' },
        ],
      }),
    );
    const comptable = await t.signInAs('comptable');
    const validated = await t.call('accounting.bill.validate', { id: bill.id }, comptable);
    expect(validated).toMatchObject({ status: 'validated', entryNumber: 'AC2026-000001' });
    const entry = await t.call('accounting.entry.get', { id: validated.entryId! });
    expect(entry.lines.map((l) => [l.accountNumber, l.debit, l.credit])).toEqual([
      ['6064', 10000, 0],
      ['2183', 80000, 0],
      ['6257', 5000, 0],
      ['44562', 16000, 0],
      ['445661', 2000, 0],
      ['445662', 500, 0],
      ['401', 0, 113500],
    ]);
    expect(entry.lines.at(-1)).toMatchObject({ auxNumber: `F${party.code}`, dueDate: '2026-04-01' });
    expect(entry.totalDebit).toBe(entry.totalCredit);

    for (const [route, input] of [
      ['accounting.bill.update', { id: bill.id, bill: draft(party.id) }],
      ['accounting.bill.delete', { id: bill.id }],
      ['accounting.bill.validate', { id: bill.id }],
    ] as const) {
      expect(await t.fail(route, input)).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.billNotDraft' });
    }
    expect((await t.call('accounting.bill.list', { status: 'validated' })).rows[0]).toMatchObject({
      id: bill.id,
      entryId: entry.id,
    });
  });

  test('a credit note posts the other way round', async () => {
    t = await openCompany({ now: () => NOW });
    const party = await supplier(t);
    const bill = await t.call(
      'accounting.bill.create',
      draft(party.id, {
        kind: 'credit_note',
        lines: [{ label: 'Retour', netAmount: 1000, vatRate: 2000, accountNumber: '6064' }],
      }),
    );
    const entry = await t.call('accounting.entry.get', {
      id: (await t.call('accounting.bill.validate', { id: bill.id })).entryId!,
    });
    expect(entry.lines.map((l) => [l.accountNumber, l.debit, l.credit])).toEqual([
      ['6064', 0, 1000],
      ['445661', 0, 200],
      ['401', 1200, 0],
    ]);
  });

  test('what cannot be posted is refused with its reason, the draft left as it was', async () => {
    t = await openCompany({ now: () => NOW });
    const party = await supplier(t);
    const refusal = async (overrides: Partial<BillInput>, number: string) => {
      const bill = await t!.call('accounting.bill.create', draft(party.id, { ...overrides, number }));
      const error = await t!.fail('accounting.bill.validate', { id: bill.id });
      expect((await t!.call('accounting.bill.get', { id: bill.id })).status).toBe('draft');
      return error;
    };
    expect(await refusal({ currency: 'usd' }, 'A')).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'errors.billCurrency',
      details: { currency: 'USD' },
    });
    expect(
      await refusal({ lines: [{ label: 'x', netAmount: 100, vatRate: 1900, accountNumber: '6064' }] }, 'B'),
    ).toMatchObject({ messageKey: 'errors.billVatRate', details: { rate: 19 } });
    expect(
      await refusal({ lines: [{ label: 'x', netAmount: 100, vatRate: 2000, accountNumber: '706' }] }, 'C'),
    ).toMatchObject({ messageKey: 'errors.billAccount', details: { account: '706' } });
    expect(
      await refusal(
        { lines: [{ label: 'x', netAmount: 100, vatRate: 2000, accountNumber: '6064', fixedAsset: true }] },
        'D',
      ),
    ).toMatchObject({ messageKey: 'errors.billAccount' });
    expect(
      await refusal({ lines: [{ label: 'x', netAmount: 0, vatRate: 2000, accountNumber: '6064' }] }, 'E'),
    ).toMatchObject({ messageKey: 'errors.billEmpty' });
  });

  test('a bill needs a supplier that exists; reading needs accounting.read, validating accounting.validate', async () => {
    t = await openCompany({ now: () => NOW });
    expect(await t.fail('accounting.bill.create', draft(9999))).toMatchObject({ code: 'VALIDATION' });
    const party = await supplier(t);
    const bill = await t.call('accounting.bill.create', draft(party.id));
    const sales = await t.signInAs('commercial');
    expect(await t.fail('accounting.bill.list', {}, sales)).toMatchObject({ code: 'FORBIDDEN' });
    const reader = await t.signInAs('lecture-seule');
    expect((await t.call('accounting.bill.get', { id: bill.id }, reader)).number).toBe('PM-2026-118');
    expect(await t.fail('accounting.bill.validate', { id: bill.id }, reader)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.fail('accounting.bill.attachment', { id: bill.id })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
