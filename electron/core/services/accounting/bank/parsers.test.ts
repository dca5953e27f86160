import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CsvMapping } from '../../../../../shared/contract/accounting-bank';
import { AppError } from '../../../../../shared/errors';
import { parseBankAmount, parseBankDate } from './bank-values';
import { FRENCH_CSV_MAPPING } from './testdata/mappings';
import { detectFormat, parseStatement } from './parse-statement';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'testdata', name)));

function refused(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}

describe('bank amounts and dates', () => {
  test.each([
    ['1 234,56', 'comma', 123456],
    ['-84,20', 'comma', -8420],
    ['1.234,5', 'comma', 123450],
    ['1,234.56', 'point', 123456],
    ['12.50-', 'point', -1250],
    ['(12.00)', 'point', -1200],
    ['+0,07 €', 'comma', 7],
    ['12,345', 'comma', null],
    ['abc', 'point', null],
    ['', 'point', null],
  ] as const)('%s (%s) → %s', (text, mark, cents) => {
    expect(parseBankAmount(text, mark)).toBe(cents);
  });

  test('dates in each layout, impossible dates refused', () => {
    expect(parseBankDate('02/03/2026', 'dd/mm/yyyy')).toBe('2026-03-02');
    expect(parseBankDate('02/03/26', 'dd/mm/yyyy')).toBe('2026-03-02');
    expect(parseBankDate('03/02/2026', 'mm/dd/yyyy')).toBe('2026-03-02');
    expect(parseBankDate('2026-03-02', 'yyyy-mm-dd')).toBe('2026-03-02');
    expect(parseBankDate('31/02/2026', 'dd/mm/yyyy')).toBeNull();
    expect(parseBankDate('2026-03-02', 'dd/mm/yyyy')).toBeNull();
  });
});

describe('statement files', () => {
  test('formats are recognised from the content', () => {
    expect(detectFormat(fixture('releve-credit-agricole.csv'))).toBe('csv');
    expect(detectFormat(fixture('releve-ofx102.ofx'))).toBe('ofx');
    expect(detectFormat(fixture('releve-ofx2.ofx'))).toBe('ofx');
    expect(detectFormat(fixture('releve-camt053.xml'))).toBe('camt053');
  });

  test('a French CSV export with a preamble, debit and credit columns and decimal commas', () => {
    const s = parseStatement(fixture('releve-credit-agricole.csv'), 'csv', FRENCH_CSV_MAPPING);
    expect(s.lines.map((l) => [l.date, l.amount, l.reference, l.fileLine])).toEqual([
      ['2026-03-02', -8420, 'PRLV-EDF-0326', 4],
      ['2026-03-05', 144000, 'VIR-99812', 5],
      ['2026-03-09', -23655, null, 6],
      ['2026-03-15', -1250, null, 7],
      ['2026-03-20', 215000, 'RCH-0045', 8],
      ['2026-03-31', -120000, 'VIR-77001', 9],
    ]);
    expect(s.lines[2]!.label).toBe('CB LEROY MERLIN 07/03 ; MAGASIN 412');
    expect(s).toMatchObject({ periodFrom: '2026-03-02', periodTo: '2026-03-31', closingBalance: null });
  });

  test('a Windows-1252 CSV with one signed amount column', () => {
    const text = 'Date,Libellé,Montant\r\n2026-01-05,Réglement café,"-3.50"\r\n2026-01-06,Virement reçu,1200\r\n';
    const bytes = new Uint8Array(Buffer.from(text, 'latin1'));
    const m = CsvMapping.parse({
      delimiter: ',',
      encoding: 'windows-1252',
      dateColumn: 0,
      dateFormat: 'yyyy-mm-dd',
      labelColumn: 1,
      amountColumn: 2,
      decimal: 'point',
    });
    const s = parseStatement(bytes, 'csv', m);
    expect(s.lines.map((l) => [l.label, l.amount])).toEqual([
      ['Réglement café', -350],
      ['Virement reçu', 120000],
    ]);
  });

  test('a CSV line with an unreadable date or amount is refused, naming the line', () => {
    const text = 'Date;Libellé;Débit;Crédit\n02/03/2026;A;-1,00;\n32/03/2026;B;-2,00;\n';
    const m = { ...FRENCH_CSV_MAPPING, skipLines: 0, referenceColumn: null, debitColumn: 2, creditColumn: 3 };
    const err = refused(() => parseStatement(new TextEncoder().encode(text), 'csv', m));
    expect(err).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.bankFileDate' });
    expect(err.details).toMatchObject({ line: 3, value: '32/03/2026' });
    const amount = refused(() =>
      parseStatement(new TextEncoder().encode(text.replace('32/03/2026;B;-2,00', '03/03/2026;B;deux')), 'csv', m),
    );
    expect(amount).toMatchObject({ messageKey: 'errors.bankFileAmount', details: { line: 3, value: 'deux' } });
    expect(refused(() => parseStatement(new TextEncoder().encode('Date;Libellé\n'), 'csv', m)).messageKey).toBe(
      'errors.bankFileEmpty',
    );
    expect(refused(() => parseStatement(new TextEncoder().encode(text), 'csv', null)).messageKey).toBe(
      'errors.bankMappingRequired',
    );
  });

  test('OFX 1.02 in SGML, without closing tags', () => {
    const s = parseStatement(fixture('releve-ofx102.ofx'), 'ofx', null);
    expect(s.lines.map((l) => [l.date, l.amount, l.label, l.reference])).toEqual([
      ['2026-03-02', -8420, 'PRLV SEPA EDF SA ECHEANCE MARS', '0326EDF001'],
      ['2026-03-05', 144000, 'VIR MAISON PERRIN REGLEMENT FA-2026-0007', '0305VIR99812'],
      ['2026-03-12', -35000, 'CHEQUE 1234567', '1234567'],
      ['2026-03-15', -1250, 'FRAIS TENUE DE COMPTE', '0315FRAIS'],
    ]);
    expect(s.lines[1]!.valueDate).toBe('2026-03-04');
    expect(s).toMatchObject({ closingBalance: 1451237, periodFrom: '2026-03-01', periodTo: '2026-03-31' });
  });

  test('OFX 2 in XML, entities decoded', () => {
    const s = parseStatement(fixture('releve-ofx2.ofx'), 'ofx', null);
    expect(s.lines.map((l) => [l.date, l.amount])).toEqual([
      ['2026-04-03', 96000],
      ['2026-04-10', -4590],
      ['2026-04-15', -120000],
    ]);
    expect(s.lines[0]!.label).toBe('VIR BOULANGERIE MARTIN & FILS FACTURE FA-2026-0011');
    expect(s).toMatchObject({ closingBalance: 1422647, periodFrom: '2026-04-01', periodTo: '2026-04-30' });
  });

  test('an OFX transaction with a bad amount is refused at its line', () => {
    const text = new TextDecoder().decode(fixture('releve-ofx102.ofx')).replace('<TRNAMT>-12.50', '<TRNAMT>N/A');
    const err = refused(() => parseStatement(new TextEncoder().encode(text), 'ofx', null));
    expect(err).toMatchObject({ messageKey: 'errors.bankFileAmount', details: { line: 69, value: 'N/A' } });
  });

  test('camt.053.001.02: balances, booked entries only, remittance text in the label', () => {
    const s = parseStatement(fixture('releve-camt053.xml'), 'camt053', null);
    expect(s.lines.map((l) => [l.date, l.valueDate, l.amount, l.reference])).toEqual([
      ['2026-05-06', '2026-05-06', 240000, '20260506-0001'],
      ['2026-05-12', '2026-05-11', -30555, '20260512-0002'],
      ['2026-05-31', '2026-05-31', -120000, '20260531-0003'],
    ]);
    expect(s.lines[0]!.label).toBe('VIR SEPA RECU / GARAGE DU CENTRE SARL / FACTURE FA-2026-0014');
    expect(s).toMatchObject({
      openingBalance: 1422647,
      closingBalance: 1512092,
      periodFrom: '2026-05-01',
      periodTo: '2026-05-31',
    });
    expect(s.openingBalance! + s.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(s.closingBalance);
  });

  test('a camt file that is not well-formed, or has a bad entry, is refused with its line', () => {
    const xml = new TextDecoder().decode(fixture('releve-camt053.xml'));
    const broken = refused(() =>
      parseStatement(new TextEncoder().encode(xml.replace('</AcctSvcrRef>', '</AcctSvcr>')), 'camt053', null),
    );
    expect(broken).toMatchObject({ messageKey: 'errors.bankFileXml', details: { line: 40 } });
    const side = refused(() =>
      parseStatement(
        new TextEncoder().encode(xml.replace('<CdtDbtInd>DBIT</CdtDbtInd>', '<CdtDbtInd>X</CdtDbtInd>')),
        'camt053',
        null,
      ),
    );
    expect(side).toMatchObject({ messageKey: 'errors.bankFileSide', details: { line: 51 } });
  });
});
