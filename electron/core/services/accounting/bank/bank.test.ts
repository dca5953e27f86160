import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { inServiceTransaction, openCompany, type TestCore } from '../../../testing';
import { customer } from '../../../testdata/fixtures';
import { post } from '../entries/posting';
import { FRENCH_CSV_MAPPING } from './testdata/mappings';

const NOW = new Date('2026-03-15T10:00:00Z');
const IBAN = 'FR93 3000 3012 3400 0500 0123 456';
const IBAN2 = 'FR1030004008230001234567843';

const base64 = (name: string) => readFileSync(join(__dirname, 'testdata', name)).toString('base64');
const csvText = () => readFileSync(join(__dirname, 'testdata', 'releve-credit-agricole.csv'), 'utf8');

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function company() {
  t = await openCompany({ now: () => NOW });
  const bank = await t.call('accounting.bankaccount.create', { name: 'Crédit Agricole', iban: IBAN, bic: 'AGRIFRPP' });
  return { t, bank };
}

/** A customer invoice posted to 411, as the sales department would post it. */
async function invoice(core: TestCore, amount: number, reference: string, date = '2026-02-20', partyId?: number) {
  const party = partyId
    ? { id: partyId }
    : await core.call('parties.party.create', customer({ name: 'Maison Perrin' }));
  const { result } = await inServiceTransaction(
    core,
    (ctx) =>
      post(ctx, {
        journalCode: 'VT',
        date,
        label: `Facture ${reference}`,
        reference,
        source: { type: 'sales.invoice', id: Number(reference.replace(/\D/g, '')) },
        lines: [
          { accountNumber: '411', party: { id: party.id, kind: 'customer' }, debit: amount },
          { accountNumber: '706', credit: amount - amount / 6 },
          { accountNumber: '445711', credit: amount / 6 },
        ],
      }),
    () => NOW,
  );
  return core.call('accounting.entry.get', { id: result.entryId });
}

async function importCsv(core: TestCore, bankAccountId: number, text = csvText(), fileName = 'releve-mars.csv') {
  return core.call('accounting.statement.import', {
    bankAccountId,
    fileName,
    contentBase64: Buffer.from(text).toString('base64'),
    mapping: FRENCH_CSV_MAPPING,
  });
}

describe('bank accounts', () => {
  test('the first takes BQ and 5121, the next one B1 and 5122; IBANs are checked and unique', async () => {
    const { t, bank } = await company();
    expect(bank).toMatchObject({
      iban: 'FR9330003012340005000123456',
      accountNumber: '5121',
      journalCode: 'BQ',
      bic: 'AGRIFRPP',
    });
    const second = await t.call('accounting.bankaccount.create', { name: 'BNP', iban: IBAN2 });
    expect(second).toMatchObject({ accountNumber: '5122', journalCode: 'B1', bic: null });
    const journals = await t.call('accounting.journal.list', {});
    expect(journals.find((j) => j.code === 'BQ')?.accountNumber).toBe('5121');
    expect(journals.find((j) => j.code === 'B1')).toMatchObject({ kind: 'bank', accountNumber: '5122' });
    const bad = await t.fail('accounting.bankaccount.create', { name: 'X', iban: 'FR7630003012340005000123457' });
    expect(bad.details?.issues).toEqual([{ path: 'iban', messageKey: 'validation.iban' }]);
    expect(await t.fail('accounting.bankaccount.create', { name: 'X', iban: IBAN })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.bankIbanExists',
    });
    expect(
      await t.fail('accounting.bankaccount.create', {
        name: 'X',
        iban: 'DE89370400440532013000',
        accountNumber: '5122',
      }),
    ).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.bankAccountTaken' });
    const renamed = await t.call('accounting.bankaccount.update', {
      id: second.id,
      name: 'BNP Paribas',
      active: false,
    });
    expect(renamed).toMatchObject({ name: 'BNP Paribas', active: false });
    expect((await t.call('accounting.bankaccount.list', {})).map((b) => b.name)).toEqual([
      'BNP Paribas',
      'Crédit Agricole',
    ]);
  });
});

describe('statement import', () => {
  test('a CSV is previewed, imported with its mapping remembered, and the same file is refused', async () => {
    const { t, bank } = await company();
    const raw = await t.call('accounting.statement.preview', {
      bankAccountId: bank.id,
      fileName: 'releve-mars.csv',
      contentBase64: base64('releve-credit-agricole.csv'),
    });
    expect(raw).toMatchObject({ format: 'csv', mapping: null, lines: [], problem: null });
    expect(raw.rows[2]).toEqual(['Date', 'Libellé', 'Référence', 'Débit euros', 'Crédit euros']);
    const wrong = await t.call('accounting.statement.preview', {
      bankAccountId: bank.id,
      fileName: 'releve-mars.csv',
      contentBase64: base64('releve-credit-agricole.csv'),
      mapping: { ...FRENCH_CSV_MAPPING, skipLines: 1 },
    });
    expect(wrong.problem).toEqual({ messageKey: 'errors.bankFileDate', line: 3, value: 'Date' });
    const result = await importCsv(t, bank.id);
    expect(result).toMatchObject({ added: 6, skipped: 0, statement: { format: 'csv', lineCount: 6 } });
    const remembered = (await t.call('accounting.bankaccount.list', {}))[0]!;
    expect(remembered.csvMapping).toEqual(FRENCH_CSV_MAPPING);
    const again = await t.fail('accounting.statement.import', {
      bankAccountId: bank.id,
      fileName: 'copie.csv',
      contentBase64: base64('releve-credit-agricole.csv'),
    });
    expect(again).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.bankStatementDuplicate' });
    expect(again.details).toMatchObject({ fileName: 'releve-mars.csv' });
    const statements = await t.call('accounting.statement.list', { bankAccountId: bank.id });
    expect(statements).toMatchObject([
      { fileName: 'releve-mars.csv', periodFrom: '2026-03-02', periodTo: '2026-03-31' },
    ]);
    const page = await t.call('accounting.bankline.list', { bankAccountId: bank.id, sort: 'date', dir: 'desc' });
    expect(page.total).toBe(6);
    expect(page.rows[0]).toMatchObject({ date: '2026-03-31', amount: -120000, status: 'open' });
  });

  test('an overlapping statement adds only the lines not yet known, keeping same-day twins apart', async () => {
    const { t, bank } = await company();
    await importCsv(t, bank.id);
    const lines = csvText().trimEnd().split('\n');
    const next = [
      ...lines.slice(0, 3),
      ...lines.slice(6),
      '31/03/2026;CB BOULANGERIE;;-4,20;',
      '31/03/2026;CB BOULANGERIE;;-4,20;',
      '02/04/2026;PRLV SEPA EDF SA ECHEANCE AVRIL;PRLV-EDF-0426;-84,20;',
    ].join('\n');
    // The remembered mapping reads it: none is given.
    const result = await t.call('accounting.statement.import', {
      bankAccountId: bank.id,
      fileName: 'releve-avril.csv',
      contentBase64: Buffer.from(next).toString('base64'),
    });
    expect(result).toMatchObject({ added: 3, skipped: 3 });
    const all = await t.call('accounting.bankline.list', { bankAccountId: bank.id, pageSize: 200 });
    expect(all.total).toBe(9);
    expect(all.rows.filter((l) => l.label === 'CB BOULANGERIE')).toHaveLength(2);
    const april = await t.call('accounting.bankline.list', { bankAccountId: bank.id, from: '2026-04-01' });
    expect(april.rows.map((l) => l.reference)).toEqual(['PRLV-EDF-0426']);
  });

  test('a bad file is refused whole, naming its line', async () => {
    const { t, bank } = await company();
    const err = await t.fail('accounting.statement.import', {
      bankAccountId: bank.id,
      fileName: 'x.csv',
      contentBase64: Buffer.from(csvText().replace('-236,55', 'dix')).toString('base64'),
      mapping: FRENCH_CSV_MAPPING,
    });
    expect(err).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.bankFileAmount' });
    expect(err.details).toMatchObject({ line: 6, value: 'dix' });
    expect((await t.call('accounting.bankline.list', { bankAccountId: bank.id })).total).toBe(0);
    const noMapping = await t.fail('accounting.statement.import', {
      bankAccountId: bank.id,
      fileName: 'x.csv',
      contentBase64: base64('releve-credit-agricole.csv'),
    });
    expect(noMapping.messageKey).toBe('errors.bankMappingRequired');
  });
});

describe('matching and posting bank lines', () => {
  test('a receipt is matched to the open invoice: a balanced bank entry, the invoice lettered', async () => {
    const { t, bank } = await company();
    const sale = await invoice(t, 144000, 'FA-2026-0007');
    await importCsv(t, bank.id);
    const receipt = (await t.call('accounting.bankline.list', { bankAccountId: bank.id })).rows.find(
      (l) => l.amount === 144000,
    )!;
    const suggestions = await t.call('accounting.bankline.suggest', { id: receipt.id });
    expect(suggestions).toHaveLength(1);
    const best = suggestions[0]!;
    expect(best).toMatchObject({
      entryId: sale.id,
      lineIds: [sale.lines[0]!.id],
      accountNumber: '411',
      auxLabel: 'Maison Perrin',
      reference: 'FA-2026-0007',
      amount: 144000,
    });
    // Reference and name found in the label.
    expect(best.score).toBeGreaterThanOrEqual(80);

    const matched = await t.call('accounting.bankline.match', { id: receipt.id, lineIds: best.lineIds });
    expect(matched).toMatchObject({ status: 'matched' });
    const entry = await t.call('accounting.entry.get', { id: matched.entryId! });
    expect(entry).toMatchObject({
      journalCode: 'BQ',
      status: 'validated',
      date: '2026-03-05',
      totalDebit: 144000,
      totalCredit: 144000,
      source: { type: 'accounting.bankLine', id: receipt.id },
    });
    expect(entry.lines.map((l) => [l.accountNumber, l.auxNumber, l.debit, l.credit])).toEqual([
      ['5121', null, 144000, 0],
      ['411', sale.lines[0]!.auxNumber, 0, 144000],
    ]);
    const lettered = await t.call('accounting.entry.get', { id: sale.id });
    expect(lettered.lines[0]!.letter).toBe('A');
    expect(entry.lines[1]!.letter).toBe('A');
    expect(await t.call('accounting.bankline.suggest', { id: receipt.id })).toEqual([]);
    expect(await t.fail('accounting.bankline.match', { id: receipt.id, lineIds: best.lineIds })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.bankLineNotOpen',
    });
  });

  test('matching refuses items that do not make the amount; fees go to 627; lines can be ignored', async () => {
    const { t, bank } = await company();
    const sale = await invoice(t, 120000, 'FA-2026-0009');
    await importCsv(t, bank.id);
    const rows = (await t.call('accounting.bankline.list', { bankAccountId: bank.id })).rows;
    const receipt = rows.find((l) => l.amount === 144000)!;
    expect(await t.call('accounting.bankline.suggest', { id: receipt.id })).toEqual([]);
    expect(await t.fail('accounting.bankline.match', { id: receipt.id, lineIds: [sale.lines[0]!.id] })).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'errors.bankMatchAmount',
    });
    const fee = rows.find((l) => l.amount === -1250)!;
    const posted = await t.call('accounting.bankline.post', {
      id: fee.id,
      accountNumber: '627',
      label: 'Frais bancaires',
    });
    const entry = await t.call('accounting.entry.get', { id: posted.entryId! });
    expect(entry.lines.map((l) => [l.accountNumber, l.debit, l.credit])).toEqual([
      ['5121', 0, 1250],
      ['627', 1250, 0],
    ]);
    expect(await t.fail('accounting.bankline.post', { id: receipt.id, accountNumber: '5121' })).toMatchObject({
      messageKey: 'errors.bankPostOwnAccount',
    });
    const ignored = await t.call('accounting.bankline.ignore', { id: receipt.id });
    expect(ignored.status).toBe('ignored');
    expect(await t.fail('accounting.bankline.ignore', { id: receipt.id })).toMatchObject({ code: 'CONFLICT' });
    expect((await t.call('accounting.bankline.unignore', { id: receipt.id })).status).toBe('open');
    const open = await t.call('accounting.bankline.list', { bankAccountId: bank.id, status: 'open' });
    expect(open.total).toBe(5);
  });
});

test('one receipt settling two invoices of one customer is offered and lettered as a whole', async () => {
  const { t, bank } = await company();
  const party = await t.call('parties.party.create', customer({ name: 'Maison Perrin' }));
  const first = await invoice(t, 96000, 'FA-2026-0005', '2026-02-10', party.id);
  const second = await invoice(t, 48000, 'FA-2026-0006', '2026-02-12', party.id);
  await importCsv(t, bank.id);
  const receipt = (await t.call('accounting.bankline.list', { bankAccountId: bank.id })).rows.find(
    (l) => l.amount === 144000,
  )!;
  const [group] = await t.call('accounting.bankline.suggest', { id: receipt.id });
  expect(group).toMatchObject({ lineIds: [first.lines[0]!.id, second.lines[0]!.id], amount: 144000 });
  const matched = await t.call('accounting.bankline.match', { id: receipt.id, lineIds: group!.lineIds });
  const entry = await t.call('accounting.entry.get', { id: matched.entryId! });
  expect(entry.lines[1]!.letter).toBe('A');
  expect((await t.call('accounting.entry.get', { id: second.id })).lines[0]!.letter).toBe('A');
});

describe('reconciliation', () => {
  test('bank balance from the statement, ledger balance of the 512x account, and what is left open', async () => {
    const { t, bank } = await company();
    await t.call('accounting.statement.import', {
      bankAccountId: bank.id,
      fileName: 'releve-mai.xml',
      contentBase64: base64('releve-camt053.xml'),
    });
    const rent = (await t.call('accounting.bankline.list', { bankAccountId: bank.id })).rows.find(
      (l) => l.amount === -120000,
    )!;
    await t.call('accounting.bankline.post', { id: rent.id, accountNumber: '613' });
    const end = await t.call('accounting.bankaccount.reconciliation', { id: bank.id, asOf: '2026-05-31' });
    expect(end).toEqual({
      asOf: '2026-05-31',
      statementBalance: 1512092,
      ledgerBalance: -120000,
      difference: 1632092,
      openLines: 2,
      openAmount: 240000 - 30555,
      matchedLines: 1,
      ignoredLines: 0,
    });
    const mid = await t.call('accounting.bankaccount.reconciliation', { id: bank.id, asOf: '2026-05-10' });
    expect(mid).toMatchObject({ statementBalance: 1422647 + 240000, ledgerBalance: 0, openLines: 1 });
    const before = await t.call('accounting.bankaccount.reconciliation', { id: bank.id, asOf: '2026-04-30' });
    expect(before).toMatchObject({ statementBalance: null, difference: null, openLines: 0 });
  });
});
