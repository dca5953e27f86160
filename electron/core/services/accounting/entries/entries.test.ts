import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { openCompany, type TestCore } from '../../../testing';
import { verifyChains } from '../../../db/chain';

const NOW = new Date('2026-03-15T10:00:00Z');

let t: TestCore | undefined;
/** A second connection on the company file, as someone editing it behind the app's back would open. */
function file(core: TestCore) {
  return new Database(core.dbPath);
}
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const sale = (date = '2026-03-10', amount = 12000) => ({
  journalCode: 'VT',
  date,
  label: 'Facture F1',
  reference: 'F1',
  lines: [
    { accountNumber: '411', debit: amount },
    { accountNumber: '706', credit: amount - amount / 6 },
    { accountNumber: '44571', credit: amount / 6 },
  ],
});

describe('journal entries', () => {
  test('a draft weighs nothing; validation numbers it, posts it and seals it', async () => {
    t = await openCompany({ now: () => NOW });
    const draft = await t.call('accounting.entry.create', sale());
    expect(draft).toMatchObject({ status: 'draft', number: null, totalDebit: 12000, totalCredit: 12000 });
    expect(draft.lines.map((l) => [l.accountNumber, l.debit, l.credit])).toEqual([
      ['411', 12000, 0],
      ['706', 0, 10000],
      ['44571', 0, 2000],
    ]);
    const validated = await t.call('accounting.entry.validate', { id: draft.id });
    expect(validated).toMatchObject({ status: 'validated', number: 'VT2026-000001' });
    const second = await t.call('accounting.entry.post', sale('2026-03-11'));
    expect(second.number).toBe('VT2026-000002');
    const od = await t.call('accounting.entry.post', { ...sale(), journalCode: 'OD' });
    expect(od.number).toBe('OD2026-000001');
    const rows = file(t).prepare('select account_id, debit, credit from period_balance').all();
    expect(rows).toHaveLength(3);
    expect(verifyChains(file(t))).toMatchObject({ ok: true });
  });

  test('an unbalanced entry cannot be validated; a draft can be fixed, then deleted only while a draft', async () => {
    t = await openCompany({ now: () => NOW });
    const unbalanced = { ...sale(), lines: [...sale().lines.slice(0, 2)] };
    const draft = await t.call('accounting.entry.create', unbalanced);
    const err = await t.fail('accounting.entry.validate', { id: draft.id });
    expect(err).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.entryUnbalanced' });
    expect(err.details).toMatchObject({ debit: '120.00', credit: '100.00' });
    expect(await t.fail('accounting.entry.post', unbalanced)).toMatchObject({ messageKey: 'errors.entryUnbalanced' });
    const fixed = await t.call('accounting.entry.update', { id: draft.id, entry: sale() });
    expect(fixed.lines).toHaveLength(3);
    await t.call('accounting.entry.validate', { id: draft.id });
    expect(await t.fail('accounting.entry.update', { id: draft.id, entry: sale() })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.entryValidated',
    });
    expect(await t.fail('accounting.entry.delete', { id: draft.id })).toMatchObject({ code: 'CONFLICT' });
    const other = await t.call('accounting.entry.create', sale());
    await t.call('accounting.entry.delete', { id: other.id });
    expect(await t.fail('accounting.entry.get', { id: other.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  test('bad lines are named: unknown account, unknown journal, a line with both sides, no year', async () => {
    t = await openCompany({ now: () => NOW });
    const bad = {
      ...sale(),
      lines: [
        { accountNumber: '4119999', debit: 100 },
        { accountNumber: '706', debit: 100, credit: 100 },
      ],
    };
    const err = await t.fail('accounting.entry.create', bad);
    expect(err.details?.issues).toEqual([
      { path: 'lines.0.accountNumber', messageKey: 'errors.accountUnknown' },
      { path: 'lines.1.debit', messageKey: 'validation.lineAmount' },
    ]);
    expect(await t.fail('accounting.entry.create', { ...sale(), journalCode: 'ZZ' })).toMatchObject({
      messageKey: 'errors.journalUnknown',
    });
    expect(await t.fail('accounting.entry.create', sale('2031-01-01'))).toMatchObject({
      messageKey: 'errors.noFiscalYear',
    });
  });

  test('a locked period refuses entries, drafts and validations alike', async () => {
    t = await openCompany({ now: () => NOW });
    const draft = await t.call('accounting.entry.create', sale('2026-02-10'));
    const [year] = await t.call('accounting.year.list', {});
    const feb = year!.periods.find((p) => p.startDate === '2026-02-01')!;
    await t.call('accounting.period.lock', { id: feb.id });
    expect(await t.fail('accounting.entry.validate', { id: draft.id })).toMatchObject({
      code: 'LOCKED_PERIOD',
      messageKey: 'errors.periodLocked',
    });
    expect(await t.fail('accounting.entry.post', sale('2026-02-11'))).toMatchObject({ code: 'LOCKED_PERIOD' });
    expect(await t.fail('accounting.entry.create', sale('2026-02-11'))).toMatchObject({ code: 'LOCKED_PERIOD' });
  });

  test('reversal mirrors a validated entry once, and a locked period asks for another date', async () => {
    t = await openCompany({ now: () => NOW });
    const entry = await t.call('accounting.entry.post', sale('2026-01-20'));
    const reversal = await t.call('accounting.entry.reverse', { id: entry.id });
    expect(reversal).toMatchObject({
      status: 'validated',
      reversalOf: entry.id,
      date: '2026-01-20',
      reference: entry.number,
    });
    expect(reversal.lines.map((l) => [l.accountNumber, l.debit, l.credit])).toEqual([
      ['411', 0, 12000],
      ['706', 10000, 0],
      ['44571', 2000, 0],
    ]);
    expect((await t.call('accounting.entry.get', { id: entry.id })).reversedBy).toBe(reversal.id);
    expect(await t.fail('accounting.entry.reverse', { id: entry.id })).toMatchObject({
      messageKey: 'errors.entryReversed',
    });
    expect(await t.fail('accounting.entry.reverse', { id: reversal.id })).toMatchObject({
      messageKey: 'errors.entryIsReversal',
    });
    const other = await t.call('accounting.entry.post', sale('2026-01-21'));
    const [year] = await t.call('accounting.year.list', {});
    await t.call('accounting.period.lock', { id: year!.periods[0]!.id });
    expect(await t.fail('accounting.entry.reverse', { id: other.id })).toMatchObject({ code: 'LOCKED_PERIOD' });
    const later = await t.call('accounting.entry.reverse', { id: other.id, date: '2026-03-01' });
    expect(later.date).toBe('2026-03-01');
  });

  test('the list filters by journal, status, dates and account, and searches labels and numbers', async () => {
    t = await openCompany({ now: () => NOW });
    await t.call('accounting.entry.post', sale('2026-01-05'));
    await t.call('accounting.entry.create', { ...sale('2026-02-05'), label: 'Brouillon' });
    await t.call('accounting.entry.post', {
      ...sale('2026-03-05'),
      journalCode: 'OD',
      lines: [
        { accountNumber: '512', debit: 500 },
        { accountNumber: '627', credit: 500 },
      ],
    });
    const all = await t.call('accounting.entry.list', {});
    expect(all.total).toBe(3);
    expect((await t.call('accounting.entry.list', { journalCode: 'od' })).total).toBe(1);
    expect((await t.call('accounting.entry.list', { status: 'draft' })).rows[0]!.label).toBe('Brouillon');
    expect((await t.call('accounting.entry.list', { from: '2026-02-01', to: '2026-02-28' })).total).toBe(1);
    expect((await t.call('accounting.entry.list', { accountNumber: '62' })).total).toBe(1);
    expect((await t.call('accounting.entry.list', { search: 'VT2026-000001' })).total).toBe(1);
    // A piece anywhere in the label, any case; the search follows a label changed on a draft, and two letters
    // search too.
    const search = async (text: string) =>
      (await t!.call('accounting.entry.list', { search: text })).rows.map((r) => r.label);
    expect(await search('ROUILL')).toEqual(['Brouillon']);
    const draft = (await t.call('accounting.entry.list', { status: 'draft' })).rows[0]!;
    const full = await t.call('accounting.entry.get', { id: draft.id });
    await t.call('accounting.entry.update', {
      id: draft.id,
      entry: {
        journalCode: full.journalCode,
        date: full.date,
        label: 'Avoir en attente',
        lines: full.lines.map((l) => ({
          accountNumber: l.accountNumber,
          ...(l.debit ? { debit: l.debit } : { credit: l.credit }),
        })),
      },
    });
    expect(await search('rouill')).toEqual([]);
    expect(await search('en atten')).toEqual(['Avoir en attente']);
    expect(await search('oi')).toEqual(['Avoir en attente']);
    await t.call('accounting.entry.delete', { id: draft.id });
    expect(await search('en atten')).toEqual([]);
    const byNumber = await t.call('accounting.entry.list', { sort: 'number', dir: 'desc' });
    expect(byNumber.rows[0]!.number).toBe('VT2026-000001');
  });

  test('closing a year carries balance-sheet accounts into AN, the result into 120, and locks the year', async () => {
    t = await openCompany({ now: () => NOW });
    await t.call('accounting.entry.post', sale('2026-03-10'));
    await t.call('accounting.entry.post', {
      journalCode: 'AC',
      date: '2026-04-02',
      label: 'Achat',
      lines: [
        { accountNumber: '607', debit: 3000 },
        { accountNumber: '44566', debit: 600 },
        { accountNumber: '401', credit: 3600 },
      ],
    });
    const [year] = await t.call('accounting.year.list', {});
    const draft = await t.call('accounting.entry.create', sale('2026-05-01'));
    expect(await t.fail('accounting.year.close', { id: year!.id })).toMatchObject({
      messageKey: 'errors.yearHasDrafts',
    });
    await t.call('accounting.entry.delete', { id: draft.id });
    const closed = await t.call('accounting.year.close', { id: year!.id });
    expect(closed.result).toBe(7000);
    expect(closed.year.status).toBe('closed');
    expect(closed.year.periods.every((p) => p.locked)).toBe(true);
    expect(closed.next.startDate).toBe('2027-01-01');
    const opening = await t.call('accounting.entry.get', { id: closed.openingEntryId! });
    expect(opening).toMatchObject({ journalCode: 'AN', date: '2027-01-01', number: 'AN2027-000001' });
    expect(opening.lines.map((l) => [l.accountNumber, l.debit, l.credit])).toEqual([
      ['401', 0, 3600],
      ['411', 12000, 0],
      ['44566', 600, 0],
      ['44571', 0, 2000],
      ['120', 0, 7000],
    ]);
    expect(await t.fail('accounting.year.close', { id: year!.id })).toMatchObject({ messageKey: 'errors.yearClosed' });
    expect(await t.fail('accounting.period.unlock', { id: year!.periods[0]!.id })).toMatchObject({ code: 'CONFLICT' });
    expect(await t.fail('accounting.entry.post', sale('2026-12-31'))).toMatchObject({ code: 'LOCKED_PERIOD' });
  });

  test('a loss goes to 129; a later year cannot close before an earlier one', async () => {
    t = await openCompany({ now: () => NOW });
    const [year] = await t.call('accounting.year.list', {});
    const next = await t.call('accounting.year.create', { startDate: '2027-01-01' });
    expect(await t.fail('accounting.year.close', { id: next.id })).toMatchObject({
      messageKey: 'errors.earlierYearOpen',
    });
    await t.call('accounting.entry.post', {
      journalCode: 'OD',
      date: '2026-06-30',
      label: 'Loyer',
      lines: [
        { accountNumber: '613', debit: 90000 },
        { accountNumber: '512', credit: 90000 },
      ],
    });
    const closed = await t.call('accounting.year.close', { id: year!.id });
    expect(closed.result).toBe(-90000);
    expect(closed.next.id).toBe(next.id);
    const opening = await t.call('accounting.entry.get', { id: closed.openingEntryId! });
    expect(opening.lines.map((l) => [l.accountNumber, l.debit, l.credit])).toEqual([
      ['512', 0, 90000],
      ['129', 90000, 0],
    ]);
  });

  test('changing a validated amount behind the app breaks the seal chain', async () => {
    t = await openCompany({ now: () => NOW });
    await t.call('accounting.entry.post', sale());
    const second = await t.call('accounting.entry.post', sale());
    expect(verifyChains(file(t)).ok).toBe(true);
    file(t).prepare('update entry_line set debit = 12001 where entry_id = ? and line_no = 1').run(second.id);
    expect(verifyChains(file(t)).brokenAt).toEqual({ table: 'entry_seal', id: 2, reason: 'hash' });
  });
});
