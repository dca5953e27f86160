import { describe, expect, test } from 'vitest';
import { decodeWindows1252, encodeLatin9 } from './fec-charset';
import { FEC_COLUMNS } from './fec-header';
import { SAMPLE_FILES, sampleBytes } from './fec-samples';
import { fileNameParts, readFec } from './read-fec';
import type { FecReadResult, FecReadSuccess } from './fec-types';

const HEADER = FEC_COLUMNS.join('\t');
const utf8 = (text: string) => new TextEncoder().encode(text);

function row(values: Partial<Record<(typeof FEC_COLUMNS)[number], string>>): string {
  const defaults: Record<string, string> = {
    JournalCode: 'OD',
    JournalLib: 'Opérations diverses',
    EcritureNum: '1',
    EcritureDate: '20240115',
    CompteNum: '512000',
    CompteLib: 'Banque',
    PieceRef: 'P1',
    PieceDate: '20240115',
    EcritureLib: 'Libellé',
    Debit: '0,00',
    Credit: '0,00',
    ValidDate: '20240116',
  };
  return FEC_COLUMNS.map((c) => values[c] ?? defaults[c] ?? '').join('\t');
}

const balanced = [
  row({ Debit: '100,00' }),
  row({ CompteNum: '401000', CompteLib: 'Fournisseurs', CompAuxNum: 'F1', CompAuxLib: 'Dupont', Credit: '100,00' }),
];

function ok(result: FecReadResult): FecReadSuccess {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('readFec on the samples', () => {
  test.each([
    [SAMPLE_FILES[0], { encoding: 'utf-8', bom: true, separator: 'tab', siren: null, entries: 2033, lines: 5422 }],
    [SAMPLE_FILES[1], { encoding: 'utf-8', bom: false, separator: 'tab', siren: '000000000', entries: 6, lines: 2102 }],
    [
      SAMPLE_FILES[2],
      { encoding: 'iso-8859-15', bom: false, separator: 'pipe', siren: '111111111', entries: 248, lines: 934 },
    ],
  ])('%s', (fileName = '', expected) => {
    const read = ok(readFec(sampleBytes(fileName), fileName));
    expect({
      encoding: read.encoding,
      bom: read.bom,
      separator: read.separator,
      siren: read.siren,
      entries: read.entries.length,
      lines: read.entries.reduce((n, e) => n + e.lines.length, 0),
    }).toEqual(expected);
  });

  test('fixed-width fields are trimmed and zero-padded amounts read', () => {
    const read = ok(readFec(sampleBytes('111111111FEC20221231.TXT'), '111111111FEC20221231.TXT'));
    expect(read.journals.size).toBe(9);
    expect(read.entries[0]).toMatchObject({ journalCode: 'VE', journalLib: 'VE11', ecritureNum: '00000001' });
    expect(read.entries[0]?.lines[0]).toMatchObject({
      ecritureDate: '2023-01-09',
      compteNum: '70100000',
      compteLib: 'VENTE NECTAR DE FRAISE',
      credit: 6960,
      debit: 0,
      dateLet: null,
      validDate: '2024-03-31',
    });
  });

  test('cash-basis columns are named, an empty ValidDate is a warning', () => {
    const read = ok(readFec(sampleBytes('000000000FEC20231231.txt'), '000000000FEC20231231.txt'));
    expect(read.extraColumns).toEqual(['DateRglt', 'ModeRglt', 'NatOp', 'IdClient']);
    expect(read.warnings).toEqual([{ line: 0, messageKey: 'fec.validDate.missing', params: { count: 2102 } }]);
    expect(read.closingDate).toBe('2023-12-31');
  });

  test('a 10-digit SIREN in the name is a warning', () => {
    const read = ok(readFec(sampleBytes(SAMPLE_FILES[0] ?? ''), `/tmp/${SAMPLE_FILES[0]}`));
    expect(read.siren).toBeNull();
    expect(read.closingDate).toBe('2022-08-31');
    expect(read.warnings.map((w) => w.messageKey)).toEqual(['fec.fileName.invalid']);
    expect(read.accounts.get('101500')).toBe('Capital souscrit appelé, versé');
  });
});

describe('readFec checks', () => {
  test('reads a small file with CRLF, and keeps accounts, journals and auxiliaries', () => {
    const read = ok(readFec(utf8([HEADER, ...balanced, ''].join('\r\n')), '123456789FEC20241231.txt'));
    expect(read.siren).toBe('123456789');
    expect(read.entries).toHaveLength(1);
    expect(read.journals).toEqual(new Map([['OD', 'Opérations diverses']]));
    expect(read.auxiliaries).toEqual(new Map([['F1', 'Dupont']]));
    expect(read.warnings).toEqual([]);
  });

  test('an unbalanced entry is named with its journal, number, date and difference', () => {
    const text = [
      HEADER,
      ...balanced,
      row({ EcritureNum: '2', Debit: '10,00' }),
      row({ EcritureNum: '2', Credit: '9,99' }),
    ];
    const read = readFec(utf8(text.join('\n')), '123456789FEC20241231.txt');
    expect(read).toEqual({
      ok: false,
      errors: [
        {
          line: 4,
          messageKey: 'fec.entry.unbalanced',
          params: { journalCode: 'OD', ecritureNum: '2', date: '2024-01-15', difference: '0,01', differenceCents: 1 },
        },
      ],
    });
  });

  test('bad dates and amounts are reported with their line', () => {
    const text = [HEADER, row({ EcritureDate: '20240230', Debit: '1,2x' }), row({ DateLet: '2024-01-01' })];
    const read = readFec(utf8(text.join('\n')), 'x.txt');
    expect(read.ok ? [] : read.errors).toEqual([
      { line: 2, messageKey: 'fec.amount.invalid', params: { field: 'Debit', value: '1,2x' } },
      { line: 2, messageKey: 'fec.date.invalid', params: { field: 'EcritureDate', value: '20240230' } },
      { line: 3, messageKey: 'fec.date.invalid', params: { field: 'DateLet', value: '2024-01-01' } },
    ]);
  });

  test('missing columns, short lines, missing fields and bad accounts are errors', () => {
    expect(readFec(utf8('JournalCode\tJournalLib\n'), 'x.txt')).toMatchObject({
      ok: false,
      errors: [{ line: 1, messageKey: 'fec.header.missingColumns' }],
    });
    const text = [HEADER, 'OD\tx\t1', row({ JournalCode: '' }), row({ CompteNum: 'AB1' })];
    const read = readFec(utf8(text.join('\n')), 'x.txt');
    expect(read.ok ? [] : read.errors.map((e) => [e.line, e.messageKey])).toEqual([
      [2, 'fec.line.columnCount'],
      [3, 'fec.field.required'],
      [4, 'fec.account.invalid'],
    ]);
  });

  test('header names ignore case and known misspellings, and a trailing separator', () => {
    const header = FEC_COLUMNS.map((c) => (c === 'EcritureLet' ? 'EcrtureLet' : c.toUpperCase())).join('|') + '|';
    const lines = balanced.map((l) => l.replace(/\t/g, '|') + '|');
    const read = ok(readFec(utf8([header, ...lines].join('\n')), 'x.txt'));
    expect(read.separator).toBe('pipe');
    expect(read.entries[0]?.lines).toHaveLength(2);
  });

  test('the Montant + Sens form gives debit and credit', () => {
    const columns = FEC_COLUMNS.flatMap((c) => (c === 'Debit' ? ['Montant'] : c === 'Credit' ? ['Sens'] : [c]));
    const lines = [
      ['100,00', 'D'],
      ['60,00', 'C'],
      ['40,00', '-1'],
    ].map(([montant, sens]) => row({ Debit: montant, Credit: sens }));
    const read = ok(readFec(utf8([columns.join('\t'), ...lines].join('\n')), 'x.txt'));
    expect(read.entries[0]?.lines.map((l) => [l.debit, l.credit])).toEqual([
      [10000, 0],
      [0, 6000],
      [0, 4000],
    ]);
    const bad = readFec(utf8([columns.join('\t'), row({ Debit: '1,00', Credit: 'X' })].join('\n')), 'x.txt');
    expect(bad.ok ? [] : bad.errors.map((e) => e.messageKey)).toEqual(['fec.sens.invalid']);
  });

  test('a single-byte file is ISO-8859-15, or Windows-1252 when it uses 0x80–0x9F', () => {
    const latin9 = readFec(encodeLatin9([HEADER, ...balanced].join('\n').replace('Libellé', 'Œuvre 5 €')), 'x.txt');
    expect(ok(latin9).encoding).toBe('iso-8859-15');
    expect(ok(latin9).entries[0]?.lines[0]?.ecritureLib).toBe('Œuvre 5 €');
    const cp1252 = encodeLatin9([HEADER, ...balanced].join('\n').replace('Libellé', 'L_apostrophe'));
    cp1252[cp1252.indexOf('_'.charCodeAt(0))] = 0x92;
    expect(ok(readFec(cp1252, 'x.txt')).encoding).toBe('windows-1252');
    expect(ok(readFec(cp1252, 'x.txt')).entries[0]?.lines[0]?.ecritureLib).toBe('L\u2019apostrophe');
  });

  test('an empty file is refused', () => {
    expect(readFec(new Uint8Array(), 'x.txt')).toMatchObject({
      ok: false,
      errors: [{ messageKey: 'fec.header.empty' }],
    });
    expect(readFec(utf8(HEADER + '\n'), 'x.txt')).toMatchObject({
      ok: false,
      errors: [{ messageKey: 'fec.file.noLines' }],
    });
  });
});

describe('fileNameParts', () => {
  test.each([
    ['123456789FEC20241231.txt', '123456789', '2024-12-31'],
    ['C:\\exports\\123456789fec20240630.TXT', '123456789', '2024-06-30'],
    ['123456789FEC20241331.txt', '123456789', null],
    ['export.txt', null, null],
  ])('%s', (name, siren, closingDate) => {
    expect(fileNameParts(name)).toMatchObject({ siren, closingDate });
  });
});

describe('decodeWindows1252', () => {
  test('maps 0x80–0x9F to the Windows-1252 signs and keeps the rest as Latin-1', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x92, 0x9c, 0x81, 0xe9, 0x41]))).toBe('€’œ\u0081éA');
  });
});
