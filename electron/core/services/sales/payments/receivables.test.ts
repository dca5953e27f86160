import { afterEach, describe, expect, test } from 'vitest';
import { customer } from '../../../testdata/fixtures';
import { inServiceTransaction, openCompany, type TestCore } from '../../../testing';

const NOW = new Date('2026-03-15T10:00:00Z');

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function invoice(core: TestCore, partyId: number, net: number, date: string, dueDate: string | null = null) {
  const draft = await core.call('sales.document.create', {
    kind: 'invoice',
    partyId,
    date,
    dueDate,
    lines: [{ label: 'Prestation', quantity: 1000, unitPrice: net, vatRate: 2000 }],
  });
  return core.call('sales.document.validate', { id: draft.id });
}

/**
 * Martin owes A (due 10 January), B (due 1 March) and C (not due); the Café was refunded part of a paid invoice and
 * is owed the credit note.
 */
async function book() {
  t = await openCompany({ now: () => NOW });
  const martin = await t.call('parties.party.create', customer());
  const cafe = await t.call('parties.party.create', customer({ name: 'Café du Port', siren: null, siret: null }));
  const a = await invoice(t, martin.id, 10_000, '2026-01-02', '2026-01-10');
  const b = await invoice(t, martin.id, 20_000, '2026-02-01', '2026-03-01');
  const c = await invoice(t, martin.id, 5000, '2026-03-02', '2026-04-30');
  const x = await invoice(t, cafe.id, 1000, '2026-03-03');
  await t.call('sales.payment.create', {
    partyId: cafe.id,
    date: '2026-03-04',
    method: 'card',
    amount: 1200,
    allocations: [{ documentId: x.id, amount: 1200 }],
  });
  const draft = await t.call('sales.document.create', {
    kind: 'credit_note',
    partyId: cafe.id,
    date: '2026-03-05',
    creditedId: x.id,
    lines: [{ label: 'Geste commercial', quantity: 1000, unitPrice: 500, vatRate: 2000 }],
  });
  const credit = await t.call('sales.document.validate', { id: draft.id });
  return { t, martin, cafe, a, b, c, x, credit };
}

describe('receivables', () => {
  test('lists open invoices with their delay, and open credit notes as negative amounts', async () => {
    const { t, martin, cafe, a, b, c, credit } = await book();
    const list = await t.call('sales.receivable.list', { partyId: martin.id });
    expect(list.rows.map((r) => [r.number, r.openAmount, r.daysOverdue, r.dunningLevel])).toEqual([
      [a.number, 12_000, 64, 0],
      [b.number, 24_000, 14, 0],
      [c.number, 6000, -46, 0],
    ]);
    expect(list.rows[0]).toMatchObject({ partyCode: martin.code, partyName: 'Boulangerie Martin', kind: 'invoice' });
    const overdue = await t.call('sales.receivable.list', { overdue: true, sort: 'amount', dir: 'desc' });
    expect(overdue.rows.map((r) => r.number)).toEqual([b.number, a.number]);
    expect(overdue.total).toBe(2);
    const later = await t.call('sales.receivable.list', { overdue: true, asOf: '2026-05-01' });
    expect(later.total).toBe(3);
    const cafeOnes = await t.call('sales.receivable.list', { partyId: cafe.id });
    expect(cafeOnes.rows).toMatchObject([{ documentId: credit.id, kind: 'credit_note', openAmount: -600 }]);
    const byName = await t.call('sales.receivable.list', { search: 'cafe', sort: 'customer' });
    expect(byName.rows.map((r) => r.documentId)).toEqual([credit.id]);
    const byNumber = await t.call('sales.receivable.list', { search: b.number! });
    expect(byNumber.rows.map((r) => r.documentId)).toEqual([b.id]);
  });

  test('ages each customer’s balance', async () => {
    const { t, martin, cafe } = await book();
    const aged = await t.call('sales.receivable.aged', {});
    expect(aged.asOf).toBe('2026-03-15');
    const row = aged.rows.find((r) => r.partyId === martin.id);
    expect(row).toMatchObject({ notDue: 6000, days30: 24_000, days60: 0, days90: 12_000, over90: 0, total: 42_000 });
    expect(aged.rows.find((r) => r.partyId === cafe.id)?.total).toBe(-600);
    expect(aged.totals.total).toBe(41_400);
    // Due on 1 March: 30 days late on 31 March, still in the first bucket.
    const march = await t.call('sales.receivable.aged', { asOf: '2026-03-31' });
    expect(march.rows.find((r) => r.partyId === martin.id)).toMatchObject({ days30: 24_000, days90: 12_000 });
    const summer = await t.call('sales.receivable.aged', { asOf: '2026-06-30' });
    expect(summer.rows.find((r) => r.partyId === martin.id)).toMatchObject({
      notDue: 0,
      days30: 0,
      days60: 0,
      // Due on 30 April: 61 days late on 30 June.
      days90: 6000,
      over90: 36_000,
    });
  });
});

describe('dunning', () => {
  test('raises the level of an overdue invoice up to the formal notice', async () => {
    const { t, a, c, x } = await book();
    const first = await t.call('sales.dunning.create', { documentId: a.id });
    expect(first).toMatchObject({ level: 1, date: '2026-03-15', openAmount: 12_000, number: a.number, note: null });
    await t.call('sales.dunning.create', { documentId: a.id, date: '2026-03-20', note: 'Appel au gérant' });
    const third = await t.call('sales.dunning.create', { documentId: a.id, date: '2026-03-25' });
    expect(third.level).toBe(3);
    const beyond = await t.fail('sales.dunning.create', { documentId: a.id, date: '2026-03-30' });
    expect(beyond).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.salesDunningMax' });
    expect(await t.fail('sales.dunning.create', { documentId: c.id })).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'errors.salesDunningNotOverdue',
    });
    expect(await t.fail('sales.dunning.create', { documentId: x.id })).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'errors.salesDunningNotOpen',
    });

    const history = await t.call('sales.dunning.list', { documentId: a.id });
    expect(history.rows.map((d) => [d.level, d.date, d.note])).toEqual([
      [3, '2026-03-25', null],
      [2, '2026-03-20', 'Appel au gérant'],
      [1, '2026-03-15', null],
    ]);
    expect((await t.call('sales.dunning.list', { sort: 'date', dir: 'asc', pageSize: 1 })).rows[0]?.level).toBe(1);
    const open = await t.call('sales.receivable.list', { overdue: true, sort: 'number' });
    expect(open.rows[0]).toMatchObject({ documentId: a.id, dunningLevel: 3, lastDunningDate: '2026-03-25' });
    // Each reminder prints as a letter on the letterhead.
    const letter = await t.call('sales.dunning.letter', { id: first.id });
    expect(letter).toMatchObject({
      mimeType: 'application/pdf',
      fileName: expect.stringMatching(/^relance-1-FA-2026-/),
    });
    expect(Buffer.from(letter.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await t.fail('sales.dunning.letter', { id: 9999 })).code).toBe('NOT_FOUND');
  });
});

describe('the sales overview', () => {
  test('counts what waits for the sales desk', async () => {
    const { t, martin } = await book();
    const quote = (date: string) =>
      t!.call('sales.document.create', {
        kind: 'quote',
        partyId: martin.id,
        date,
        lines: [{ label: 'Devis', quantity: 1000, unitPrice: 1000, vatRate: 2000 }],
      });
    const q1 = await quote('2026-03-06');
    await t.call('sales.document.validate', { id: q1.id });
    const q2 = await quote('2026-03-07');
    await t.call('sales.document.validate', { id: q2.id });
    await t.call('sales.document.setStatus', { id: q2.id, status: 'accepted' });
    const order = await t.call('sales.document.convert', { id: q2.id, kind: 'order' });
    await t.call('sales.document.validate', { id: order.id });
    await t.call('sales.document.create', {
      kind: 'invoice',
      partyId: martin.id,
      date: '2026-03-08',
      lines: [{ label: 'Brouillon', quantity: 1000, unitPrice: 100, vatRate: 2000 }],
    });
    await inServiceTransaction(t, async (ctx) => {
      const request = (number: string, status: string, due: string | null) => ({
        number,
        party_id: martin.id,
        type: 'complaint',
        priority: 'normal',
        status,
        subject: 'Livraison abîmée',
        subject_folded: 'livraison abimee',
        due_date: due,
        created_at: NOW.toISOString(),
        updated_at: NOW.toISOString(),
      });
      await ctx.db
        .insertInto('sales_request')
        .values([
          request('SAV-1', 'new', '2026-03-10'),
          request('SAV-2', 'in_progress', '2026-04-10'),
          request('SAV-3', 'resolved', '2026-03-01'),
        ])
        .execute();
    });
    expect(await t.call('sales.summary.get', {})).toEqual({
      quotesPending: 1,
      ordersOpen: 1,
      draftInvoices: 1,
      receivables: 41_400,
      overdueCount: 2,
      overdueAmount: 36_000,
      requestsOpen: 2,
      requestsOverdue: 1,
      revenueYear: 35_500,
    });
    const invoiced = await t.call('sales.document.convert', { id: order.id, kind: 'invoice' });
    expect((await t.call('sales.summary.get', { asOf: '2026-05-01' })).ordersOpen).toBe(0);
    expect(invoiced.kind).toBe('invoice');
  });
});
