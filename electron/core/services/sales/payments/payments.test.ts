import { afterEach, describe, expect, test } from 'vitest';
import { customer } from '../../../testdata/fixtures';
import { openCompany, type TestCore } from '../../../testing';

const NOW = new Date('2026-03-15T10:00:00Z');

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function open() {
  t = await openCompany({ now: () => NOW });
  const party = await t.call('parties.party.create', customer());
  return { t, partyId: party.id };
}

/** A validated invoice of one service line at `net` cents excluding 20 % VAT. */
async function invoice(core: TestCore, partyId: number, net: number, date = '2026-03-02', dueDate?: string) {
  const draft = await core.call('sales.document.create', {
    kind: 'invoice',
    partyId,
    date,
    dueDate: dueDate ?? null,
    lines: [{ label: 'Prestation', quantity: 1000, unitPrice: net, vatRate: 2000 }],
  });
  return core.call('sales.document.validate', { id: draft.id });
}

/** The customer-account lines of an entry with their letters. */
async function customerLines(core: TestCore, entryId: number) {
  const entry = await core.call('accounting.entry.get', { id: entryId });
  return entry.lines.filter((l) => l.accountNumber === '411');
}

async function expectBalancedBooks(core: TestCore) {
  const tb = await core.call('accounting.report.trialBalance', { from: '2026-01-01', to: '2026-12-31' });
  expect(tb.totals.debit).toBe(tb.totals.credit);
  expect(tb.totals.balance).toBe(0);
}

describe('customer payments', () => {
  test('offers the bank journal account and the till', async () => {
    const { t } = await open();
    expect(await t.call('sales.payment.accounts', {})).toEqual([
      { accountNumber: '512', label: 'Banque', journalCode: 'BQ', kind: 'bank' },
      { accountNumber: '531', label: 'Caisse', journalCode: 'CA', kind: 'cash' },
    ]);
  });

  test('several partial payments settle one invoice, which is lettered only once paid', async () => {
    const { t, partyId } = await open();
    const inv = await invoice(t, partyId, 100_000); // 1,200.00 incl. VAT
    const first = await t.call('sales.payment.create', {
      partyId,
      date: '2026-03-10',
      method: 'transfer',
      amount: 50_000,
      reference: 'VIR 1',
      allocations: [{ documentId: inv.id, amount: 50_000 }],
    });
    expect(first).toMatchObject({
      amount: 50_000,
      unallocated: 0,
      accountNumber: '512',
      partyName: 'Boulangerie Martin',
    });
    expect(first.allocations).toEqual([{ documentId: inv.id, number: inv.number, amount: 50_000 }]);
    expect(first.entryNumber).toMatch(/^BQ2026-/);
    const entry = await t.call('accounting.entry.get', { id: first.entryId });
    expect(entry.source).toEqual({ type: 'sales.payment', id: first.id });
    expect(entry.lines.map((l) => [l.accountNumber, l.debit, l.credit, l.auxNumber])).toEqual([
      ['512', 50_000, 0, null],
      ['411', 0, 50_000, expect.stringMatching(/^C/)],
    ]);
    let doc = await t.call('sales.document.get', { id: inv.id });
    expect(doc).toMatchObject({ openAmount: 70_000, payment: 'partial' });
    expect((await customerLines(t, inv.entryId!))[0]!.letter).toBeNull();

    await t.call('sales.payment.create', {
      partyId,
      date: '2026-03-12',
      method: 'cheque',
      amount: 30_000,
      allocations: [{ documentId: inv.id, amount: 30_000 }],
    });
    expect((await customerLines(t, inv.entryId!))[0]!.letter).toBeNull();
    const last = await t.call('sales.payment.create', {
      partyId,
      date: '2026-03-14',
      method: 'cash',
      amount: 40_000,
      allocations: [{ documentId: inv.id, amount: 40_000 }],
    });
    expect(last).toMatchObject({ accountNumber: '531', entryNumber: expect.stringMatching(/^CA2026-/) });
    doc = await t.call('sales.document.get', { id: inv.id });
    expect(doc).toMatchObject({ openAmount: 0, payment: 'paid' });
    const letter = (await customerLines(t, inv.entryId!))[0]!.letter;
    expect(letter).toBe('A');
    expect((await customerLines(t, last.entryId))[0]!.letter).toBe('A');
    expect((await customerLines(t, first.entryId))[0]!.letter).toBe('A');
    await expectBalancedBooks(t);
  });

  test('one payment settles two invoices; another leaves money on the account', async () => {
    const { t, partyId } = await open();
    const a = await invoice(t, partyId, 10_000);
    const b = await invoice(t, partyId, 20_000);
    const both = await t.call('sales.payment.create', {
      partyId,
      date: '2026-03-10',
      method: 'transfer',
      amount: 36_000,
      allocations: [
        { documentId: a.id, amount: 12_000 },
        { documentId: b.id, amount: 24_000 },
      ],
    });
    expect(both.unallocated).toBe(0);
    expect(both.reference).toBeNull();
    const entry = await t.call('accounting.entry.get', { id: both.entryId });
    expect(entry.reference).toBe(`${a.number} ${b.number}`);
    const letters = [
      ...(await customerLines(t, a.entryId!)),
      ...(await customerLines(t, b.entryId!)),
      ...(await customerLines(t, both.entryId)),
    ].map((l) => l.letter);
    expect(letters).toEqual(['A', 'A', 'A']);

    const c = await invoice(t, partyId, 5000);
    const more = await t.call('sales.payment.create', {
      partyId,
      date: '2026-03-11',
      method: 'card',
      amount: 10_000,
      allocations: [{ documentId: c.id, amount: 6000 }],
    });
    expect(more.unallocated).toBe(4000);
    expect(await t.call('sales.document.get', { id: c.id })).toMatchObject({ payment: 'paid', openAmount: 0 });
    // The 40.00 left over keeps the group open: nothing is lettered until it is used.
    expect((await customerLines(t, c.entryId!))[0]!.letter).toBeNull();
    expect(await t.call('sales.payment.get', { id: more.id })).toEqual(more);
    await expectBalancedBooks(t);
  });

  test('lists payments by customer and date, newest first', async () => {
    const { t, partyId } = await open();
    const other = await t.call('parties.party.create', customer({ name: 'Café du Port', siren: null, siret: null }));
    for (const [p, date, amount] of [
      [partyId, '2026-03-01', 1000],
      [other.id, '2026-03-05', 3000],
      [partyId, '2026-03-09', 2000],
    ] as const) {
      await t.call('sales.payment.create', { partyId: p, date, method: 'transfer', amount });
    }
    const all = await t.call('sales.payment.list', {});
    expect(all.rows.map((r) => r.date)).toEqual(['2026-03-09', '2026-03-05', '2026-03-01']);
    expect(all.total).toBe(3);
    const mine = await t.call('sales.payment.list', { partyId, sort: 'amount', dir: 'desc' });
    expect(mine.rows.map((r) => r.amount)).toEqual([2000, 1000]);
    const range = await t.call('sales.payment.list', { from: '2026-03-02', to: '2026-03-08', pageSize: 1 });
    expect(range).toMatchObject({ total: 1, rows: [{ partyName: 'Café du Port', unallocated: 3000 }] });
  });

  test('refuses what cannot be paid', async () => {
    const { t, partyId } = await open();
    const supplier = await t.call(
      'parties.party.create',
      customer({ name: 'Papeterie', isCustomer: false, isSupplier: true, siren: null, siret: null }),
    );
    const other = await t.call('parties.party.create', customer({ name: 'Café du Port', siren: null, siret: null }));
    const inv = await invoice(t, partyId, 10_000);
    const foreign = await invoice(t, other.id, 10_000);
    const draft = await t.call('sales.document.create', {
      kind: 'invoice',
      partyId,
      date: '2026-03-02',
      lines: [{ label: 'Brouillon', quantity: 1000, unitPrice: 100, vatRate: 2000 }],
    });
    const base = { partyId, date: '2026-03-10', method: 'transfer' as const, amount: 5000 };
    const issue = async (input: unknown) => {
      const e = await t.fail('sales.payment.create', input);
      expect(e.code).toBe('VALIDATION');
      return e.details?.issues?.[0];
    };
    expect(await issue({ ...base, partyId: supplier.id })).toEqual({
      path: 'partyId',
      messageKey: 'errors.salesPaymentCustomer',
    });
    expect(await issue({ ...base, allocations: [{ documentId: foreign.id, amount: 100 }] })).toEqual({
      path: 'allocations.0.documentId',
      messageKey: 'errors.salesPaymentDocument',
    });
    expect(await issue({ ...base, allocations: [{ documentId: draft.id, amount: 100 }] })).toEqual({
      path: 'allocations.0.documentId',
      messageKey: 'errors.salesPaymentNotValidated',
    });
    expect(await issue({ ...base, amount: 20_000, allocations: [{ documentId: inv.id, amount: 12_001 }] })).toEqual({
      path: 'allocations.0.amount',
      messageKey: 'errors.salesPaymentOverOpen',
    });
    expect(await issue({ ...base, allocations: [{ documentId: inv.id, amount: 5001 }] })).toEqual({
      path: 'allocations',
      messageKey: 'errors.salesPaymentOverAllocated',
    });
    expect(
      await issue({
        ...base,
        allocations: [
          { documentId: inv.id, amount: 100 },
          { documentId: inv.id, amount: 100 },
        ],
      }),
    ).toEqual({ path: 'allocations.1.documentId', messageKey: 'validation.duplicate' });
    expect(await issue({ ...base, accountNumber: '706' })).toEqual({
      path: 'accountNumber',
      messageKey: 'errors.salesPaymentAccount',
    });
    // Nothing of the refused attempts was kept.
    expect((await t.call('sales.payment.list', {})).total).toBe(0);
    expect(await t.call('sales.document.get', { id: inv.id })).toMatchObject({ openAmount: 12_000 });
    const accountant = await t.signInAs('comptable');
    expect((await t.fail('sales.payment.create', base, accountant)).code).toBe('FORBIDDEN');
  });

  test('a statement line matched to an invoice, from the bank screen or from sales, is the customer’s payment', async () => {
    const { t, partyId } = await open();
    const a = await invoice(t, partyId, 120_000);
    const b = await invoice(t, partyId, 50_000, '2026-03-03');
    const bank = await t.call('accounting.bankaccount.create', {
      name: 'Crédit Agricole',
      iban: 'FR9330003012340005000123456',
    });
    const csv = [
      'Date;Libellé;Montant',
      `10/03/2026;VIR RECU ${a.number};1440,00`,
      `11/03/2026;VIR RECU ${b.number};600,00`,
    ].join('\n');
    await t.call('accounting.statement.import', {
      bankAccountId: bank.id,
      fileName: 'releve.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
      mapping: { dateColumn: 0, labelColumn: 1, amountColumn: 2 },
    });
    const lines = (await t.call('accounting.bankline.list', { bankAccountId: bank.id, sort: 'date' })).rows;
    // In the bank screen: the line is matched against the invoice's open item on the customer's account.
    const item = (await customerLines(t, a.entryId!))[0]!;
    await t.call('accounting.bankline.match', { id: lines[0]!.id, lineIds: [item.id] });
    const paidA = await t.call('sales.document.get', { id: a.id });
    expect(paidA).toMatchObject({ payment: 'paid', openAmount: 0 });
    expect(paidA.allocations).toMatchObject([{ method: 'transfer', amount: 144_000, date: '2026-03-10' }]);
    expect((await customerLines(t, a.entryId!))[0]!.letter).not.toBeNull();
    // From sales: the payment names the statement line, which then points at the payment's entry.
    const p = await t.call('sales.payment.create', {
      partyId,
      date: '2026-03-11',
      method: 'transfer',
      amount: 60_000,
      bankLineId: lines[1]!.id,
      allocations: [{ documentId: b.id, amount: 60_000 }],
    });
    const line = (await t.call('accounting.bankline.list', { bankAccountId: bank.id, sort: 'date' })).rows[1]!;
    expect(line).toMatchObject({ status: 'matched', entryId: p.entryId });
    expect((await t.call('sales.document.get', { id: b.id })).payment).toBe('paid');
    const wrong = await t.fail('sales.payment.create', {
      partyId,
      date: '2026-03-11',
      method: 'transfer',
      amount: 100,
      bankLineId: lines[1]!.id,
    });
    expect(wrong.code).toBe('CONFLICT');
    await expectBalancedBooks(t);
  });
});
