import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openCompany, type TestCore } from '../../../testing';
import { customer } from '../../../testdata/fixtures';

const NOW = new Date('2026-03-15T10:00:00Z');
let t: TestCore;
let aux: number;

beforeEach(async () => {
  t = await openCompany({ now: () => NOW });
  const party = await t.call('parties.party.create', customer());
  aux = (await t.call('accounting.aux.open', { partyId: party.id, kind: 'customer' })).id;
});
afterEach(async () => {
  await t.close();
});

/** A sales invoice on the customer: returns its 411 line. */
async function invoice(date: string, reference: string, cents: number, auxAccountId = aux) {
  const e = await t.call('accounting.entry.post', {
    journalCode: 'VT',
    date,
    label: `Facture ${reference}`,
    reference,
    lines: [
      { accountNumber: '411', auxAccountId, debit: cents },
      { accountNumber: '706', credit: cents },
    ],
  });
  return e.lines[0]!.id;
}

/** A payment received from the customer: returns its 411 line. */
async function payment(date: string, label: string, cents: number, reference: string | null = null) {
  const e = await t.call('accounting.entry.post', {
    journalCode: 'BQ',
    date,
    label,
    reference,
    lines: [
      { accountNumber: '512', debit: cents },
      { accountNumber: '411', auxAccountId: aux, credit: cents },
    ],
  });
  return e.lines[1]!.id;
}

const letterOf = async (id: number) =>
  (await t.call('accounting.openitem.list', { auxAccountId: aux, status: 'all', pageSize: 200 })).rows.find(
    (r) => r.id === id,
  )?.letter ?? null;

describe('auxiliary accounts', () => {
  test('a customer gets one auxiliary account under 411, opened once', async () => {
    const party = (await t.call('parties.party.list', {})).rows[0]!;
    const again = await t.call('accounting.aux.open', { partyId: party.id, kind: 'customer' });
    expect(again).toMatchObject({ id: aux, number: `C${party.code}`, controlNumber: '411', kind: 'customer' });
    const supplierSide = await t.call('accounting.aux.open', { partyId: party.id, kind: 'supplier' });
    expect(supplierSide).toMatchObject({ number: `F${party.code}`, controlNumber: '401' });
    expect((await t.fail('accounting.aux.open', { partyId: 9999, kind: 'customer' })).code).toBe('NOT_FOUND');
  });
});

describe('open items', () => {
  test('lists a third party’s posted lines with the open balance, open or lettered', async () => {
    const i1 = await invoice('2026-03-01', 'FA-1', 12000);
    await invoice('2026-03-03', 'FA-2', 5000);
    const p1 = await payment('2026-03-05', 'Virement client', 12000);
    await t.call('accounting.entry.create', {
      journalCode: 'BQ',
      date: '2026-03-06',
      label: 'Brouillon',
      lines: [
        { accountNumber: '512', debit: 700 },
        { accountNumber: '411', auxAccountId: aux, credit: 700 },
      ],
    });
    const open = await t.call('accounting.openitem.list', { auxAccountId: aux, status: 'open' });
    expect(open.total).toBe(3);
    expect(open.openBalance).toBe(5000);
    expect(open.rows[0]).toMatchObject({
      id: i1,
      date: '2026-03-01',
      journalCode: 'VT',
      entryNumber: 'VT2026-000001',
      label: 'Facture FA-1',
      reference: 'FA-1',
      accountNumber: '411',
      debit: 12000,
      credit: 0,
      letter: null,
    });
    await t.call('accounting.letter.set', { lineIds: [i1, p1] });
    const stillOpen = await t.call('accounting.openitem.list', { auxAccountId: aux });
    expect(stillOpen.rows.map((r) => r.reference)).toEqual(['FA-2']);
    expect(stillOpen.openBalance).toBe(5000);
    const lettered = await t.call('accounting.openitem.list', { auxAccountId: aux, status: 'lettered' });
    expect(lettered.rows.map((r) => [r.id, r.letter, r.letteredAt])).toEqual([
      [i1, 'A', NOW.toISOString()],
      [p1, 'A', NOW.toISOString()],
    ]);
    expect(lettered).toMatchObject({ totalDebit: 12000, totalCredit: 12000, openBalance: 5000 });
    const byKind = await t.call('accounting.openitem.list', { kind: 'customer', status: 'all', to: '2026-03-02' });
    expect(byKind.rows.map((r) => r.id)).toEqual([i1]);
    expect(byKind.openBalance).toBe(0);
    expect((await t.call('accounting.openitem.list', { kind: 'supplier', status: 'all' })).total).toBe(0);
    const byAccount = await t.call('accounting.openitem.list', {
      accountNumber: '41',
      status: 'all',
      sort: 'date',
      dir: 'desc',
    });
    expect(byAccount.rows[0]!.date).toBe('2026-03-05');
    expect(byAccount.total).toBe(3);
    const searched = await t.call('accounting.openitem.list', { auxAccountId: aux, status: 'all', search: 'fa-2' });
    expect(searched).toMatchObject({ total: 1, totalDebit: 5000, totalCredit: 0, openBalance: 5000 });
    const byLabel = await t.call('accounting.openitem.list', {
      auxAccountId: aux,
      status: 'lettered',
      search: 'virement',
    });
    expect(byLabel).toMatchObject({ total: 1, totalDebit: 0, totalCredit: 12000, openBalance: 5000 });
    expect(byLabel.rows.map((r) => r.id)).toEqual([p1]);
  });
});

describe('manual matching', () => {
  test('letters balanced lines, refuses the rest, unletters the whole letter, audited', async () => {
    const i1 = await invoice('2026-03-01', 'FA-1', 12000);
    const p1 = await payment('2026-03-05', 'Acompte', 10000);
    const p2 = await payment('2026-03-06', 'Solde', 2000);
    const unbalanced = await t.fail('accounting.letter.set', { lineIds: [i1, p1] });
    expect(unbalanced).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.letterUnbalanced' });
    expect(await t.call('accounting.letter.set', { lineIds: [p2, i1, p1] })).toEqual({
      letter: 'A',
      lineIds: [i1, p1, p2],
    });
    expect((await t.fail('accounting.letter.set', { lineIds: [i1, p1, p2] })).messageKey).toBe('errors.letterAlready');
    expect(await t.call('accounting.letter.clear', { lineId: p2 })).toEqual({ lineIds: [i1, p1, p2] });
    expect(await letterOf(i1)).toBeNull();
    expect(await t.call('accounting.letter.clear', { lineId: p2 })).toEqual({ lineIds: [] });
    expect((await t.fail('accounting.letter.clear', { lineId: 99999 })).code).toBe('NOT_FOUND');
    const db = new Database(t.dbPath, { readonly: true });
    const audits = db
      .prepare(
        `select route, entity_type, before_json, after_json from audit_log where entity_type = 'letter' order by id`,
      )
      .all() as { route: string; before_json: string | null; after_json: string | null }[];
    db.close();
    expect(audits.map((a) => a.route)).toEqual(['accounting.letter.set', 'accounting.letter.clear']);
    expect(JSON.parse(audits[0]!.after_json!)).toEqual({ letter: 'A', lineIds: [i1, p1, p2], method: 'manual' });
    expect(JSON.parse(audits[1]!.before_json!)).toEqual({ letter: 'A', lineIds: [i1, p1, p2] });
  });

  test('a read-only user sees open items but cannot letter or unletter', async () => {
    const i1 = await invoice('2026-03-01', 'FA-1', 12000);
    const p1 = await payment('2026-03-05', 'Règlement FA-1', 12000);
    const reader = await t.signInAs('lecture-seule');
    expect((await t.call('accounting.openitem.list', { auxAccountId: aux }, reader)).total).toBe(2);
    expect((await t.fail('accounting.letter.set', { lineIds: [i1, p1] }, reader)).code).toBe('FORBIDDEN');
    expect((await t.fail('accounting.letter.auto', {}, reader)).code).toBe('FORBIDDEN');
    await t.call('accounting.letter.set', { lineIds: [i1, p1] });
    expect((await t.fail('accounting.letter.clear', { lineId: i1 }, reader)).code).toBe('FORBIDDEN');
    expect((await t.fail('accounting.aux.open', { partyId: 1, kind: 'supplier' }, reader)).code).toBe('FORBIDDEN');
    const clerk = await t.signInAs('comptable');
    expect(await t.call('accounting.letter.clear', { lineId: i1 }, clerk)).toEqual({ lineIds: [i1, p1] });
  });
});

describe('automatic matching', () => {
  test('by document number: a payment quoting two invoices letters all three; FA-1 is not FA-10', async () => {
    const i1 = await invoice('2026-03-01', 'FA-1', 10000);
    const i2 = await invoice('2026-03-02', 'FA-2', 2500);
    const i10 = await invoice('2026-03-03', 'FA-10', 4000);
    const p12 = await payment('2026-03-10', 'Règlement factures FA-1, FA-2.', 12500);
    const part = await payment('2026-03-11', 'Acompte (fa-10)', 1000);
    const result = await t.call('accounting.letter.auto', { kind: 'customer' });
    expect(result).toEqual({ groups: 1, lines: 3, byReference: 1, byAmount: 0 });
    expect([await letterOf(i1), await letterOf(i2), await letterOf(p12)]).toEqual(['A', 'A', 'A']);
    // Tied to FA-10 by its label but not balancing: left open, and not paired by amount either.
    expect([await letterOf(i10), await letterOf(part)]).toEqual([null, null]);
    const rest = await payment('2026-03-12', 'Solde', 3000, 'FA-10');
    expect(await t.call('accounting.letter.auto', { auxAccountId: aux })).toMatchObject({ groups: 1, lines: 3 });
    expect([await letterOf(i10), await letterOf(part), await letterOf(rest)]).toEqual(['B', 'B', 'B']);
  });

  test('by amount: one debit and one credit of the same amount pair, oldest first; ambiguous amounts stay open', async () => {
    const a = await invoice('2026-02-01', 'FA-7', 3000);
    const b = await invoice('2026-02-10', 'FA-8', 4500);
    const twinA = await invoice('2026-02-15', 'FA-9', 8000);
    const twinB = await invoice('2026-02-16', 'FA-11', 8000);
    const pb = await payment('2026-03-01', 'Virement reçu', 4500);
    const pa = await payment('2026-03-02', 'Chèque', 3000);
    const pTwin = await payment('2026-03-03', 'Virement', 8000);
    const lonely = await payment('2026-03-04', 'Virement', 999);
    expect(await t.call('accounting.letter.auto', {})).toEqual({ groups: 2, lines: 4, byReference: 0, byAmount: 2 });
    expect([await letterOf(a), await letterOf(pa)]).toEqual(['A', 'A']);
    expect([await letterOf(b), await letterOf(pb)]).toEqual(['B', 'B']);
    expect([await letterOf(twinA), await letterOf(twinB), await letterOf(pTwin), await letterOf(lonely)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(await t.call('accounting.letter.auto', {})).toEqual({ groups: 0, lines: 0, byReference: 0, byAmount: 0 });
  });

  test('never matches across third parties or accounts, and keeps to its scope', async () => {
    const other = await t.call('parties.party.create', customer({ name: 'Café du Port', siren: null, siret: null }));
    const otherAux = (await t.call('accounting.aux.open', { partyId: other.id, kind: 'customer' })).id;
    const inv = await invoice('2026-03-01', 'FA-3', 6000, otherAux);
    const pay = await payment('2026-03-02', 'Règlement FA-3', 6000);
    expect(await t.call('accounting.letter.auto', { kind: 'supplier' })).toMatchObject({ groups: 0 });
    expect(await t.call('accounting.letter.auto', { accountNumber: '411' })).toMatchObject({ groups: 0 });
    expect([await letterOf(pay)]).toEqual([null]);
    const otherLines = await t.call('accounting.openitem.list', { auxAccountId: otherAux });
    expect(otherLines.rows.map((r) => [r.id, r.letter])).toEqual([[inv, null]]);
  });
});
