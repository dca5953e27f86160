import { afterEach, describe, expect, test } from 'vitest';
import { inServiceTransaction, openCompany, type TestCore } from '../../../testing';
import { letterLines } from '../entries/lettering';
import { HAND_NOW, postHandLedger } from './hand-ledger';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const Q1 = { from: '2026-01-01', to: '2026-03-31' };

describe('reports on a ledger worked out by hand', () => {
  test('trial balance: movements per account, filters by account range and journal', async () => {
    t = await openCompany({ now: () => HAND_NOW });
    await postHandLedger(t);
    const tb = await t.call('accounting.report.trialBalance', Q1);
    expect(tb.rows.map((r) => [r.accountNumber, r.debit, r.credit, r.balance])).toEqual([
      ['101', 0, 1_000_000, -1_000_000],
      ['2183', 100_000, 0, 100_000],
      ['401', 0, 60_000, -60_000],
      ['411', 186_000, 120_000, 66_000],
      ['44562', 20_000, 0, 20_000],
      ['445661', 10_000, 0, 10_000],
      ['445711', 0, 20_000, -20_000],
      ['445712', 0, 6_000, -6_000],
      ['512', 1_120_000, 120_000, 1_000_000],
      ['607', 50_000, 0, 50_000],
      ['706', 0, 100_000, -100_000],
      ['707', 0, 60_000, -60_000],
    ]);
    expect(tb.totals).toEqual({ debit: 1_486_000, credit: 1_486_000, balance: 0 });
    expect(tb.rows[0]!.accountLabel).toBeTruthy();

    const class4 = await t.call('accounting.report.trialBalance', { ...Q1, accountFrom: '4', accountTo: '4' });
    expect(class4.rows.map((r) => r.accountNumber)).toEqual(['401', '411', '44562', '445661', '445711', '445712']);
    const sales = await t.call('accounting.report.trialBalance', { ...Q1, journalCode: 'vt' });
    expect(sales.totals).toEqual({ debit: 186_000, credit: 186_000, balance: 0 });
    // Partial days at both ends: 15 January to 5 February.
    const partial = await t.call('accounting.report.trialBalance', { from: '2026-01-15', to: '2026-02-05' });
    expect(partial.rows.map((r) => [r.accountNumber, r.balance])).toEqual([
      ['401', -60_000],
      ['411', -120_000],
      ['445661', 10_000],
      ['512', 120_000],
      ['607', 50_000],
    ]);
    const none = await t.call('accounting.report.trialBalance', { ...Q1, journalCode: 'ZZ' });
    expect(none.rows).toEqual([]);
  });

  test('ledger: opening from the start of the year, running balance, closing', async () => {
    t = await openCompany({ now: () => HAND_NOW });
    const { entryIds } = await postHandLedger(t);
    const gl = await t.call('accounting.report.ledger', {
      from: '2026-02-01',
      to: '2026-03-31',
      accountFrom: '512',
      accountTo: '512',
    });
    expect(gl.truncated).toBe(false);
    expect(gl.accounts).toHaveLength(1);
    const bank = gl.accounts[0]!;
    expect(bank).toMatchObject({ accountNumber: '512', opening: 1_000_000, totalDebit: 120_000, totalCredit: 120_000 });
    expect(bank.closing).toBe(1_000_000);
    expect(bank.lines.map((l) => [l.entryId, l.date, l.journalCode, l.debit, l.credit, l.balance])).toEqual([
      [entryIds[2], '2026-02-05', 'BQ', 120_000, 0, 1_120_000],
      [entryIds[5], '2026-03-10', 'BQ', 0, 120_000, 1_000_000],
    ]);
    expect(bank.lines[0]).toMatchObject({ label: 'Règlement A-1', reference: 'P-3', letter: null });
    expect(bank.lines[0]!.number).toMatch(/^BQ2026-/);

    // An account with an opening balance and no line in the range still shows.
    const feb = await t.call('accounting.report.ledger', { from: '2026-02-01', to: '2026-02-28' });
    expect(feb.accounts.find((a) => a.accountNumber === '101')).toMatchObject({ opening: -1_000_000, lines: [] });

    const cut = await t.call('accounting.report.ledger', { ...Q1, limit: 3 });
    expect(cut.truncated).toBe(true);
    expect(cut.accounts.flatMap((a) => a.lines)).toHaveLength(3);
  });

  test('customers and suppliers: balance, ledger of one, aged balance with matching', async () => {
    t = await openCompany({ now: () => HAND_NOW });
    const { auxA, auxB, auxS } = await postHandLedger(t);
    const customers = await t.call('accounting.report.auxBalance', { ...Q1, kind: 'customer' });
    const inAuxOrder = <T extends unknown[]>(rows: T[]) => (auxA.number < auxB.number ? rows : [...rows].reverse());
    expect(customers.rows.map((r) => [r.auxAccountId, r.controlNumber, r.debit, r.credit, r.balance])).toEqual(
      inAuxOrder([
        [auxA.id, '411', 120_000, 120_000, 0],
        [auxB.id, '411', 66_000, 0, 66_000],
      ]),
    );
    expect(customers.totals).toEqual({ debit: 186_000, credit: 120_000, balance: 66_000 });
    const suppliers = await t.call('accounting.report.auxBalance', { ...Q1, kind: 'supplier' });
    expect(suppliers.rows).toEqual([
      {
        auxAccountId: auxS.id,
        auxNumber: auxS.number,
        label: 'Semoulerie Sud',
        controlNumber: '401',
        debit: 0,
        credit: 60_000,
        balance: -60_000,
      },
    ]);

    const ledgerA = await t.call('accounting.report.auxLedger', {
      from: '2026-02-01',
      to: '2026-04-30',
      auxAccountId: auxA.id,
    });
    expect(ledgerA).toMatchObject({ opening: 120_000, totalDebit: 236_388, totalCredit: 120_000, closing: 236_388 });
    expect(ledgerA.lines.map((l) => l.balance)).toEqual([0, 236_388]);
    expect((await t.fail('accounting.report.auxLedger', { ...Q1, auxAccountId: 999 })).code).toBe('NOT_FOUND');

    // A's invoice and payment matched on 15 March: open on 1 March, gone by 30 April.
    const lines = (await t.call('accounting.report.auxLedger', { ...Q1, auxAccountId: auxA.id })).lines;
    await inServiceTransaction(t, (ctx) =>
      letterLines(ctx.db, [lines[0]!.lineId, lines[1]!.lineId], HAND_NOW.toISOString()),
    );
    const april = await t.call('accounting.report.aged', { asOf: '2026-04-30', kind: 'customer' });
    expect(april.rows.map((r) => [r.auxAccountId, r.notDue, r.d1to30, r.total])).toEqual(
      inAuxOrder([
        [auxA.id, 236_388, 0, 236_388],
        [auxB.id, 0, 66_000, 66_000],
      ]),
    );
    expect(april.totals).toEqual({
      notDue: 236_388,
      d1to30: 66_000,
      d31to60: 0,
      d61to90: 0,
      over90: 0,
      total: 302_388,
    });
    const march = await t.call('accounting.report.aged', { asOf: '2026-03-01', kind: 'customer' });
    // On 1 March A's invoice (due 9 February) and payment (5 February) were both open and cancel out.
    expect(march.totals).toEqual({ notDue: 66_000, d1to30: 0, d31to60: 0, d61to90: 0, over90: 0, total: 66_000 });
    const supplierAged = await t.call('accounting.report.aged', { asOf: '2026-04-30', kind: 'supplier' });
    expect(supplierAged.rows).toEqual([
      {
        auxAccountId: auxS.id,
        auxNumber: auxS.number,
        label: 'Semoulerie Sud',
        notDue: 0,
        d1to30: 0,
        d31to60: 0,
        d61to90: 60_000,
        over90: 0,
        total: 60_000,
      },
    ]);
  });

  test('income statement and balance sheet', async () => {
    t = await openCompany({ now: () => HAND_NOW });
    await postHandLedger(t);
    const pnl = await t.call('accounting.report.incomeStatement', Q1);
    const line = (section: string, key: string) =>
      pnl.sections.find((s) => s.key === section)!.lines.find((l) => l.key === key)!.amount;
    expect(line('operatingIncome', 'salesOfGoods')).toBe(60_000);
    expect(line('operatingIncome', 'productionSold')).toBe(100_000);
    expect(line('operatingExpenses', 'purchasesOfGoods')).toBe(50_000);
    expect(pnl.sections.map((s) => [s.key, s.total])).toEqual([
      ['operatingIncome', 160_000],
      ['operatingExpenses', 50_000],
      ['financialIncome', 0],
      ['financialExpenses', 0],
      ['exceptionalIncome', 0],
      ['exceptionalExpenses', 0],
      ['profitSharing', 0],
      ['incomeTax', 0],
    ]);
    expect(pnl.results).toEqual({
      operating: 110_000,
      financial: 0,
      currentBeforeTax: 110_000,
      exceptional: 0,
      net: 110_000,
    });

    const bs = await t.call('accounting.report.balanceSheet', { asOf: '2026-03-31' });
    expect(bs.from).toBe('2026-01-01');
    const amounts = (sections: typeof bs.assets) =>
      Object.fromEntries(sections.flatMap((s) => s.lines.filter((l) => l.amount !== 0).map((l) => [l.key, l.amount])));
    expect(amounts(bs.assets)).toEqual({
      tangibleAssets: 100_000,
      tradeReceivables: 66_000,
      otherReceivables: 30_000,
      cash: 1_000_000,
    });
    expect(amounts(bs.liabilities)).toEqual({
      capital: 1_000_000,
      yearResult: 110_000,
      tradePayables: 60_000,
      taxAndSocialDebts: 26_000,
    });
    expect(bs.totalAssets).toBe(1_196_000);
    expect(bs.totalLiabilities).toBe(1_196_000);
  });

  test('VAT summary: bases from revenue or from the VAT, deductible, credit', async () => {
    t = await openCompany({ now: () => HAND_NOW });
    await postHandLedger(t);
    const q1 = await t.call('accounting.report.vat', Q1);
    expect(q1.collected.map((c) => [c.rate, c.accountNumber, c.base, c.vat])).toEqual([
      [2000, '445711', 100_000, 20_000],
      [1000, '445712', 60_000, 6_000],
      [550, '445713', 0, 0],
      [210, '445714', 0, 0],
    ]);
    expect(q1).toMatchObject({
      otherCollected: 0,
      deductibleGoodsServices: 10_000,
      deductibleFixedAssets: 20_000,
      creditCarried: 0,
      totalCollected: 26_000,
      totalDeductible: 30_000,
      due: 0,
      credit: 4_000,
    });
    // April's invoice mixes three rates: each base is its VAT over the rate, 333 / 5.5 % = 6054.5 → 6055.
    const april = await t.call('accounting.report.vat', { from: '2026-04-01', to: '2026-04-30' });
    expect(april.collected.map((c) => [c.rate, c.base, c.vat])).toEqual([
      [2000, 100_000, 20_000],
      [1000, 100_000, 10_000],
      [550, 6_055, 333],
      [210, 0, 0],
    ]);
    expect(april).toMatchObject({ totalCollected: 30_333, totalDeductible: 0, due: 30_333, credit: 0 });
  });

  test('journal listing: validated entries with lines, totals per journal', async () => {
    t = await openCompany({ now: () => HAND_NOW });
    const { entryIds } = await postHandLedger(t);
    const all = await t.call('accounting.report.journal', Q1);
    expect(all.entries).toHaveLength(6);
    expect(all.journals.map((j) => [j.journalCode, j.debit, j.credit])).toEqual([
      ['AC', 60_000, 60_000],
      ['BQ', 240_000, 240_000],
      ['OD', 1_000_000, 1_000_000],
      ['VT', 186_000, 186_000],
    ]);
    expect(all.totals).toEqual({ debit: 1_486_000, credit: 1_486_000 });
    const vt = await t.call('accounting.report.journal', { ...Q1, journalCode: 'VT' });
    expect(vt.entries.map((e) => e.entryId)).toEqual([entryIds[0], entryIds[4]]);
    expect(vt.entries[0]!.lines[0]).toMatchObject({ accountNumber: '411', debit: 120_000 });
    expect(vt.entries[0]!.lines[0]!.auxNumber).toMatch(/^C/);
  });

  test('after the year close: the opening entry carries balances and the result into the next year', async () => {
    t = await openCompany({ now: () => HAND_NOW });
    await postHandLedger(t);
    const drafts = await t.call('accounting.entry.list', { status: 'draft' });
    for (const d of drafts.rows) await t.call('accounting.entry.delete', { id: d.id });
    const [year] = await t.call('accounting.year.list', {});
    const closed = await t.call('accounting.year.close', { id: year!.id });
    expect(closed.result).toBe(316_055);

    const gl = await t.call('accounting.report.ledger', {
      from: '2027-02-01',
      to: '2027-02-28',
      accountFrom: '512',
      accountTo: '512',
    });
    expect(gl.accounts.map((a) => [a.accountNumber, a.opening, a.lines.length, a.closing])).toEqual([
      ['512', 1_000_000, 0, 1_000_000],
    ]);
    const bs = await t.call('accounting.report.balanceSheet', { asOf: '2027-01-31' });
    expect(bs.from).toBe('2027-01-01');
    const result = bs.liabilities.flatMap((s) => s.lines).find((l) => l.key === 'yearResult')!;
    expect(result.amount).toBe(316_055);
    expect(bs.totalAssets).toBe(bs.totalLiabilities);
    // The closed year still reads as it was: its income accounts are untouched by the close.
    const pnl = await t.call('accounting.report.incomeStatement', { from: '2026-01-01', to: '2026-12-31' });
    expect(pnl.results.net).toBe(316_055);
    const tb2027 = await t.call('accounting.report.trialBalance', { from: '2027-01-01', to: '2027-12-31' });
    expect(tb2027.rows.find((r) => r.accountNumber === '120')).toMatchObject({ credit: 316_055 });
  });

  test('an accountant reads the reports', async () => {
    t = await openCompany({ now: () => HAND_NOW });
    await postHandLedger(t);
    const accountant = await t.signInAs('comptable');
    const tb = await t.call('accounting.report.trialBalance', Q1, accountant);
    expect(tb.totals.debit).toBe(1_486_000);
  });
});
