import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { verifyChains } from '../../../db/chain';
import type { DocumentInput } from '../../../../../shared/contract/sales-documents';
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

const quote = (partyId: number, overrides: Partial<DocumentInput> = {}): DocumentInput => ({
  kind: 'quote',
  partyId,
  date: '2026-03-02',
  lines: [
    { label: 'Conception graphique', kind: 'service', unit: 'h', quantity: 12_500, unitPrice: 6000, vatRate: 2000 },
    {
      label: 'Brochures',
      kind: 'goods',
      unit: 'u',
      quantity: 3000,
      unitPrice: 1999,
      discountBp: 1000,
      vatRate: 550,
    },
  ],
  ...overrides,
});

async function entryLines(core: TestCore, entryId: number) {
  const entry = await core.call('accounting.entry.get', { id: entryId });
  return entry.lines.map((l) => ({ account: l.accountNumber, debit: l.debit, credit: l.credit }));
}

describe('sales documents', () => {
  test('a quote becomes an order, a delivery note and an invoice, linked both ways; the invoice posts to VT', async () => {
    const { t, partyId } = await open();
    const q = await t.call('sales.document.create', quote(partyId));
    expect(q).toMatchObject({ status: 'draft', number: null, lineTotal: 75_000 + 5397, validUntil: '2026-04-01' });
    // 12.5 h × 60.00 = 750.00; 3 × 19.99 − 10 % = 53.97; VAT 150.00 + 2.97.
    expect(q.vat).toEqual([
      { category: 'S', rate: 2000, base: 75_000, vat: 15_000, exemptionReason: null },
      { category: 'S', rate: 550, base: 5397, vat: 297, exemptionReason: null },
    ]);
    expect(q.grossTotal).toBe(80_397 + 15_297);
    const qv = await t.call('sales.document.validate', { id: q.id });
    expect(qv).toMatchObject({ status: 'validated', number: 'DE-2026-00001', entryId: null });
    await t.call('sales.document.setStatus', { id: q.id, status: 'accepted' });

    const order = await t.call('sales.document.convert', { id: q.id, kind: 'order' });
    expect(order).toMatchObject({ kind: 'order', status: 'draft', source: { id: q.id, number: 'DE-2026-00001' } });
    await t.call('sales.document.validate', { id: order.id });
    const delivery = await t.call('sales.document.convert', { id: order.id, kind: 'delivery' });
    await t.call('sales.document.validate', { id: delivery.id });
    const draft = await t.call('sales.document.convert', { id: delivery.id, kind: 'invoice', date: '2026-03-10' });
    expect(draft.lines.map((l) => l.netAmount)).toEqual([75_000, 5397]);
    expect(draft).toMatchObject({ dueDate: '2026-04-09', operationType: 'mixed', saleDate: '2026-03-15' });

    const invoice = await t.call('sales.document.validate', { id: draft.id });
    expect(invoice).toMatchObject({ number: 'FA-2026-00001', status: 'validated', payment: 'unpaid' });
    expect(invoice.openAmount).toBe(invoice.grossTotal);
    expect(invoice.entryNumber).toMatch(/^VT2026-/);
    expect(await entryLines(t, invoice.entryId!)).toEqual([
      { account: '411', debit: 95_694, credit: 0 },
      { account: '706', debit: 0, credit: 75_000 },
      { account: '707', debit: 0, credit: 5397 },
      { account: '445711', debit: 0, credit: 15_000 },
      { account: '445713', debit: 0, credit: 297 },
    ]);
    const again = await t.call('sales.document.get', { id: q.id });
    expect(again.children.map((c) => c.number)).toEqual(['CO-2026-00001']);
    expect((await t.call('sales.document.get', { id: delivery.id })).children[0]).toMatchObject({
      kind: 'invoice',
      number: 'FA-2026-00001',
    });
    const history = await t.call('sales.document.list', { partyId, sort: 'date' });
    expect(history.total).toBe(4);
    const found = await t.call('sales.document.list', { search: 'FA-2026-00001' });
    expect(found.rows.map((r) => r.id)).toEqual([invoice.id]);
  });

  test('a validated invoice is final: no edit, no delete, no cancel; a credit note cancels half of it', async () => {
    const { t, partyId } = await open();
    const d = await t.call('sales.document.create', { ...quote(partyId), kind: 'invoice', discountBp: 500 });
    const inv = await t.call('sales.document.validate', { id: d.id });
    expect((await t.fail('sales.document.update', { id: d.id, document: quote(partyId) })).messageKey).toBe(
      'errors.salesNotDraft',
    );
    expect((await t.fail('sales.document.delete', { id: d.id })).messageKey).toBe('errors.salesNotDraft');
    expect((await t.fail('sales.document.setStatus', { id: d.id, status: 'cancelled' })).messageKey).toBe(
      'errors.salesInvoiceFinal',
    );
    // The overall discount of 5 % goes to 709.
    const lines = await entryLines(t, inv.entryId!);
    expect(lines).toContainEqual({ account: '709', debit: inv.discountTotal, credit: 0 });
    expect(lines.reduce((s, l) => s + l.debit - l.credit, 0)).toBe(0);

    const cn = await t.call('sales.document.convert', { id: inv.id, kind: 'credit_note' });
    expect(cn.credited?.id).toBe(inv.id);
    const half = cn.lines.map((l) => ({ ...l, quantity: l.quantity / 2 }));
    const edited = await t.call('sales.document.update', {
      id: cn.id,
      document: {
        kind: 'credit_note',
        partyId,
        date: '2026-03-15',
        creditedId: inv.id,
        discountBp: 500,
        lines: half.map(({ id: _id, lineNo: _n, netAmount: _a, ...l }) => l),
      },
    });
    const credit = await t.call('sales.document.validate', { id: edited.id });
    expect(credit.number).toBe('AV-2026-00001');
    const after = await t.call('sales.document.get', { id: inv.id });
    expect(after.openAmount).toBe(inv.grossTotal - credit.grossTotal);
    expect(after.payment).toBe('partial');
    expect(after.creditNotes.map((c) => c.number)).toEqual(['AV-2026-00001']);
    const cl = await entryLines(t, credit.entryId!);
    expect(cl[0]).toEqual({ account: '411', debit: 0, credit: credit.grossTotal });

    // A second credit note for more than what is left is refused.
    const cn2 = await t.call('sales.document.convert', { id: inv.id, kind: 'credit_note' });
    expect((await t.fail('sales.document.validate', { id: cn2.id })).messageKey).toBe('errors.salesCreditTooLarge');
  });

  test('the customer ledger and the VT journal agree with the invoices', async () => {
    const { t, partyId } = await open();
    let gross = 0;
    for (const day of ['2026-03-03', '2026-03-05', '2026-03-09']) {
      const d = await t.call('sales.document.create', { ...quote(partyId), kind: 'invoice', date: day });
      gross += (await t.call('sales.document.validate', { id: d.id })).grossTotal;
    }
    const tb = await t.call('accounting.report.trialBalance', { from: '2026-01-01', to: '2026-12-31' });
    expect(tb.rows.find((r) => r.accountNumber === '411')?.balance).toBe(gross);
    expect(tb.totals.balance).toBe(0);
  });

  test('deposit invoices are deducted on the final invoice, through 4191', async () => {
    const { t, partyId } = await open();
    const order = await t.call('sales.document.create', { ...quote(partyId), kind: 'order' });
    await t.call('sales.document.validate', { id: order.id });
    const dep = await t.call('sales.document.convert', { id: order.id, kind: 'deposit', depositBp: 3000 });
    expect(dep.lines.map((l) => [l.label, l.unitPrice, l.vatRate, l.accountNumber])).toEqual([
      ['Acompte de 30 % sur la commande CO-2026-00001', 22_500, 2000, '4191'],
      ['Acompte de 30 % sur la commande CO-2026-00001', 1619, 550, '4191'],
    ]);
    const depV = await t.call('sales.document.validate', { id: dep.id });
    expect(depV.number).toBe('FA-2026-00001');
    const final = await t.call('sales.document.convert', { id: order.id, kind: 'invoice' });
    expect(final.lines.filter((l) => l.depositId === dep.id).map((l) => l.netAmount)).toEqual([-22_500, -1619]);
    const fin = await t.call('sales.document.validate', { id: final.id });
    expect(fin.number).toBe('FA-2026-00002');
    expect(fin.grossTotal + depV.grossTotal).toBe(order.grossTotal);
    const tb = await t.call('accounting.report.trialBalance', { from: '2026-01-01', to: '2026-12-31' });
    expect(tb.rows.find((r) => r.accountNumber === '4191')?.balance ?? 0).toBe(0);
    // A second final invoice does not deduct the same deposit again.
    const other = await t.call('sales.document.convert', { id: order.id, kind: 'invoice' });
    expect(other.lines.some((l) => l.depositId !== null)).toBe(false);
  });

  test('untaxed cases carry their legal mention; the customer’s VAT regime is kept on the document', async () => {
    const { t, partyId } = await open();
    const d = await t.call('sales.document.create', {
      kind: 'invoice',
      partyId,
      date: '2026-03-02',
      language: 'en',
      lines: [
        { label: 'Consulting', quantity: 1000, unitPrice: 100_000, vatCategory: 'AE', vatRate: 2000 },
        { label: 'Machine', kind: 'goods', quantity: 1000, unitPrice: 50_000, vatCategory: 'G', vatRate: 0 },
      ],
    });
    expect(d.vat.map((v) => [v.category, v.rate, v.vat, v.exemptionReason])).toEqual([
      ['G', 0, 0, 'VAT exempt, art. 262 I of the French CGI (export)'],
      ['AE', 0, 0, 'Reverse charge — VAT due by the customer, art. 283-2 of the French CGI'],
    ]);
    expect(d.grossTotal).toBe(150_000);
    const v = await t.call('sales.document.validate', { id: d.id });
    expect(await entryLines(t, v.entryId!)).toEqual([
      { account: '411', debit: 150_000, credit: 0 },
      { account: '706', debit: 0, credit: 100_000 },
      { account: '707', debit: 0, credit: 50_000 },
    ]);
  });

  test('bad input is refused with a translated reason, and nothing is written', async () => {
    const { t, partyId } = await open();
    const supplier = await t.call(
      'parties.party.create',
      customer({ name: 'Fournisseur', isCustomer: false, isSupplier: true, siren: null, siret: null }),
    );
    expect((await t.fail('sales.document.create', quote(supplier.id))).messageKey).toBe('errors.salesPartyNotCustomer');
    const zero = quote(partyId, { lines: [{ label: 'x', quantity: 0, unitPrice: 100, vatRate: 2000 }] });
    expect((await t.fail('sales.document.create', zero)).details?.issues?.[0]).toMatchObject({
      path: 'lines.0.quantity',
      messageKey: 'errors.salesQuantityZero',
    });
    const badRate = quote(partyId, { lines: [{ label: 'x', quantity: 1000, unitPrice: 100, vatRate: 1900 }] });
    expect((await t.fail('sales.document.create', badRate)).details?.issues?.[0]?.path).toBe('lines.0.vatRate');
    const badAccount = quote(partyId, {
      lines: [{ label: 'x', quantity: 1000, unitPrice: 100, vatRate: 2000, accountNumber: '601' }],
    });
    expect((await t.fail('sales.document.create', badAccount)).details?.issues?.[0]?.path).toBe(
      'lines.0.accountNumber',
    );
    expect((await t.fail('sales.document.create', { ...quote(partyId), kind: 'credit_note' })).messageKey).toBe(
      'errors.salesCreditNoteInvoice',
    );
    expect((await t.call('sales.document.list', {})).total).toBe(0);

    // An invoice may not be dated before the last validated one of its series.
    const a = await t.call('sales.document.create', { ...quote(partyId), kind: 'invoice', date: '2026-03-10' });
    await t.call('sales.document.validate', { id: a.id });
    const b = await t.call('sales.document.create', { ...quote(partyId), kind: 'invoice', date: '2026-03-01' });
    expect((await t.fail('sales.document.validate', { id: b.id })).messageKey).toBe('errors.salesDateBeforeLast');
    // The refusal used no number: the next one is still 00002.
    const c = await t.call('sales.document.create', { ...quote(partyId), kind: 'invoice', date: '2026-03-11' });
    expect((await t.call('sales.document.validate', { id: c.id })).number).toBe('FA-2026-00002');
    // Drafts delete; a quote can be refused, then no longer accepted.
    await t.call('sales.document.delete', { id: b.id });
    const q = await t.call('sales.document.create', quote(partyId));
    await t.call('sales.document.validate', { id: q.id });
    await t.call('sales.document.setStatus', { id: q.id, status: 'refused' });
    expect((await t.fail('sales.document.setStatus', { id: q.id, status: 'accepted' })).messageKey).toBe(
      'errors.salesStatusChange',
    );
    expect((await t.fail('sales.document.convert', { id: q.id, kind: 'order' })).messageKey).toBe(
      'errors.salesConvertStatus',
    );
  });

  test('many validations at once never leave a gap nor a duplicate in the series', async () => {
    const { t, partyId } = await open();
    const ids: number[] = [];
    for (let i = 0; i < 40; i++) {
      // Every fifth draft has no billing address left on the customer's side: it is refused at validation.
      const d = await t.call('sales.document.create', { ...quote(partyId), kind: 'invoice', date: '2026-03-14' });
      ids.push(d.id);
    }
    const other = await t.call(
      'parties.party.create',
      customer({ name: 'Sans adresse', siren: null, siret: null, addresses: [] }),
    );
    for (let i = 0; i < 8; i++) {
      const d = await t.call('sales.document.create', { ...quote(other.id), kind: 'invoice', date: '2026-03-14' });
      ids.splice(i * 5, 0, d.id);
    }
    const results = await Promise.allSettled(ids.map((id) => t.call('sales.document.validate', { id })));
    const numbers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.number!] : []));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(8);
    expect(numbers.sort()).toEqual(Array.from({ length: 40 }, (_, i) => `FA-2026-${String(i + 1).padStart(5, '0')}`));
    const report = await t.call('admin.chain.verify', {});
    expect(report.ok).toBe(true);
  });

  test('changing a validated invoice behind the app breaks its seal', async () => {
    const { t, partyId } = await open();
    for (const date of ['2026-03-02', '2026-03-03']) {
      const d = await t.call('sales.document.create', { ...quote(partyId), kind: 'invoice', date });
      await t.call('sales.document.validate', { id: d.id });
    }
    const file = new Database(t.dbPath);
    try {
      expect(verifyChains(file).ok).toBe(true);
      file
        .prepare(
          "update sales_line set unit_price = 1 where line_no = 2 and document_id = (select id from sales_document where number = 'FA-2026-00002')",
        )
        .run();
      expect(verifyChains(file).brokenAt).toEqual({ table: 'sales_seal', id: 2, reason: 'hash' });
    } finally {
      file.close();
    }
  });

  test('every document prints as a PDF, a draft as such; an invoice also goes out as an e-invoice', async () => {
    const { t, partyId } = await open();
    const d = await t.call('sales.document.create', { ...quote(partyId), kind: 'invoice' });
    const draftPdf = await t.call('sales.document.pdf', { id: d.id });
    expect(draftPdf).toMatchObject({ fileName: `Facture-brouillon-${d.id}.pdf`, mimeType: 'application/pdf' });
    expect((await t.fail('sales.document.export', { id: d.id, format: 'cii' })).code).toBe('VALIDATION');
    const v = await t.call('sales.document.validate', { id: d.id });
    const pdf = await t.call('sales.document.pdf', { id: d.id, language: 'en' });
    expect(pdf.fileName).toBe(`${v.number}.pdf`);
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const cii = await t.call('sales.document.export', { id: d.id, format: 'cii' });
    expect(cii.fileName).toBe(`${v.number}-cii.xml`);
    expect(Buffer.from(cii.base64, 'base64').toString()).toContain(
      '<ram:GrandTotalAmount>' + (v.grossTotal / 100).toFixed(2),
    );
  });
});
