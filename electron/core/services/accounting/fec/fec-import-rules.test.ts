import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { openCompany, type TestCore } from '../../../testing';
import { FEC_COLUMNS } from './fec-header';

const NOW = new Date('2026-03-15T10:00:00Z');
let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

type Cells = Partial<Record<(typeof FEC_COLUMNS)[number], string>>;

/** A FEC from other software: pipe-separated, its own journal codes and account numbers. */
function fec(rows: Cells[]): string {
  const lines = rows.map((r) => FEC_COLUMNS.map((c) => r[c] ?? '').join('|'));
  return Buffer.from([FEC_COLUMNS.join('|'), ...lines].join('\n') + '\n', 'utf8').toString('base64');
}

const row = (
  journal: string,
  num: string,
  date: string,
  account: string,
  debit: string,
  credit: string,
  more: Cells = {},
) => ({
  JournalCode: journal,
  JournalLib: journal === 'RAN' ? 'Reprise à nouveau' : `Journal ${journal}`,
  EcritureNum: num,
  EcritureDate: date,
  CompteNum: account,
  CompteLib: `Compte ${account}`,
  PieceRef: `P${num}`,
  PieceDate: date,
  EcritureLib: `Pièce ${num}`,
  Debit: debit,
  Credit: credit,
  ValidDate: date,
  ...more,
});

const BOOKS = [
  row('RAN', '1', '20250101', '512000', '1000,00', '0,00'),
  row('RAN', '1', '20250101', '101000', '0,00', '1000,00'),
  row('ve-1', '2', '20250310', '411000', '120,00', '0,00', {
    CompAuxNum: 'CDUP',
    CompAuxLib: 'Dupont',
    EcritureLet: 'AA',
    DateLet: '20250320',
  }),
  row('ve-1', '2', '20250310', '706100', '0,00', '100,00'),
  row('ve-1', '2', '20250310', '445710', '0,00', '20,00'),
  row('ve-1', '3', '20250311', '706100', '0,00', '0,00'),
  row('ve-1', '3', '20250311', '411000', '0,00', '0,00'),
  row('BQ', '4', '20250320', '512000', '120,00', '0,00'),
  row('BQ', '4', '20250320', '411000', '0,00', '120,00', {
    CompAuxNum: 'CDUP',
    CompAuxLib: 'Dupont',
    EcritureLet: 'AA',
    DateLet: '20250320',
  }),
  row('OD', '5', '20260105', '284000', '50,00', '0,00'),
  row('OD', '5', '20260105', '512000', '0,00', '50,00'),
];

describe('accounting.fec.import rules', () => {
  test('years, accounts, journals and third parties are opened; numbers are Coulisse’s, the originals kept', async () => {
    t = await openCompany({ now: () => NOW });
    const result = await t.call('accounting.fec.import', {
      fileName: '123456782FEC20251231.txt',
      contentBase64: fec(BOOKS),
    });
    // 512000, 101000, 411000, 706100, 445710 hang from the chart; 284000 opens under its class. 2025 is opened, 2026 existed.
    expect(result).toEqual({ entries: 4, lines: 9, accounts: 6, journals: 1, auxAccounts: 1, years: 1 });
    const years = await t.call('accounting.year.list', {});
    expect(years.map((y) => [y.startDate, y.endDate])).toEqual([
      ['2025-01-01', '2025-12-31'],
      ['2026-01-01', '2026-12-31'],
    ]);
    const journals = await t.call('accounting.journal.list', {});
    expect(journals.find((j) => j.code === 'VE1')).toMatchObject({ kind: 'misc', label: 'Journal ve-1' });
    const entries = await t.call('accounting.entry.list', { pageSize: 50, sort: 'date', dir: 'asc' });
    expect(entries.rows.map((e) => [e.journalCode, e.number, e.reference, e.status])).toEqual([
      ['AN', 'AN2025-000001', '1 - P1', 'validated'],
      ['VE1', 'VE12025-000001', '2 - P2', 'validated'],
      ['BQ', 'BQ2025-000001', '4 - P4', 'validated'],
      ['OD', 'OD2026-000001', '5 - P5', 'validated'],
    ]);
    const sale = await t.call('accounting.entry.get', { id: entries.rows[1]!.id });
    expect(sale.lines[0]).toMatchObject({
      accountNumber: '411000',
      auxNumber: 'CDUP',
      auxLabel: 'Dupont',
      letter: 'AA',
    });
    const accounts = await t.call('accounting.account.list', { search: '284000' });
    expect(accounts.rows[0]).toMatchObject({ number: '284000', accountClass: 2, parentNumber: '2', isPcg: false });
    const db = new Database(t.dbPath, { readonly: true });
    expect(db.prepare("select lettered_at from entry_line where letter = 'AA'").pluck().all()).toEqual([
      '2025-03-20',
      '2025-03-20',
    ]);
    db.close();
    // Only into a company without entries.
    expect(
      await t.fail('accounting.fec.import', { fileName: '123456782FEC20251231.txt', contentBase64: fec(BOOKS) }),
    ).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.fecCompanyHasEntries' });
  });

  test('an unbalanced entry is refused by journal, number and line, and nothing is written', async () => {
    t = await openCompany({ now: () => NOW });
    const books = BOOKS.map((r) => (r.JournalCode === 'BQ' && r.Debit === '120,00' ? { ...r, Debit: '119,99' } : r));
    const err = await t.fail('accounting.fec.import', {
      fileName: '123456782FEC20251231.txt',
      contentBase64: fec(books),
    });
    expect(err).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'errors.fecUnbalanced',
      details: { journalCode: 'BQ', ecritureNum: '4', line: 9, difference: '-0,01' },
    });
    const db = new Database(t.dbPath, { readonly: true });
    expect(db.prepare('select count(*) from entry').pluck().get()).toBe(0);
    expect(db.prepare("select count(*) from account where number = '512000'").pluck().get()).toBe(0);
    expect(db.prepare('select count(*) from fiscal_year').pluck().get()).toBe(1);
    db.close();
  });

  test('a file that is not a FEC is refused with the reader’s reasons; only accounting.admin may import, accounting.read may export', async () => {
    t = await openCompany({ now: () => NOW });
    const bad = Buffer.from('hello\nworld\n').toString('base64');
    expect(await t.fail('accounting.fec.import', { fileName: 'x.txt', contentBase64: bad })).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'errors.fecInvalid',
      details: { issues: [{ messageKey: 'fec.header.missingColumns' }] },
    });
    // Management reads the books and may hand the FEC over, but takes over no other software's books.
    const manager = await t.signInAs('direction');
    expect(
      await t.fail('accounting.fec.import', { fileName: 'x.txt', contentBase64: fec(BOOKS) }, manager),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const [year] = await t.call('accounting.year.list', {});
    const file = await t.call('accounting.fec.export', { fiscalYearId: year!.id }, manager);
    expect(file).toMatchObject({ fileName: '732829320FEC20261231.txt', entries: 0, lines: 0 });
  });
});
