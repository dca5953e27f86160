import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { centsToDecimal } from '../../../../../../shared/domain/money';
import type { ReportTable } from '../../../../../../shared/report-table';
import { formatDate } from './cell-text';
import { writeCsv } from './csv';
import { trialBalance } from './test-tables';

function parse(bytes: Uint8Array, delimiter: string): string[][] {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith('\ufeff')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  const result = Papa.parse<string[]>(text.slice(1, -2), { delimiter, newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** What each cell should read as, written independently of the writer. */
function expected(table: ReportTable): string[][] {
  const fr = table.locale === 'fr';
  return [
    table.columns.map((c) => c.label),
    ...table.rows.map((row) =>
      table.columns.map((c) => {
        const v = row.cells[c.key];
        if (v === null || v === undefined) return '';
        if (c.kind === 'cents') return fr ? centsToDecimal(Number(v)).replace('.', ',') : centsToDecimal(Number(v));
        if (c.kind === 'number') return fr ? String(v).replace('.', ',') : String(v);
        if (c.kind === 'date') return fr ? String(v).split('-').reverse().join('/') : String(v);
        return String(v);
      }),
    ),
  ];
}

describe('CSV export', () => {
  test('French: semicolons, decimal comma, dd/mm/yyyy, a byte-order mark; parsed back it equals the table', () => {
    const table = trialBalance('fr');
    const rows = parse(writeCsv(table), ';');
    expect(rows).toEqual(expected(table));
    expect(rows[0]).toEqual(['Compte', 'Libellé', 'Dernier mouvement', 'Écritures', 'Débit', 'Crédit', 'Solde']);
    expect(rows[3]).toEqual([
      '411000',
      'Clients : « Ça va », Cœur & Cie',
      '30/12/2024',
      '42',
      '9876543,21',
      '12345,67',
      '9864197,54',
    ]);
  });

  test('English: commas and points, ISO dates', () => {
    const table = trialBalance('en');
    const rows = parse(writeCsv(table), ',');
    expect(rows).toEqual(expected(table));
    expect(rows[3]?.slice(2)).toEqual(['2024-12-30', '42', '9876543.21', '12345.67', '9864197.54']);
  });

  test('no title line: the header row comes first, then one line per row, CRLF line ends', () => {
    const table = trialBalance('fr');
    const text = new TextDecoder().decode(writeCsv(table));
    expect(text).not.toContain(table.title);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(table.rows.length + 1);
  });

  test('negative and small amounts keep their sign and two decimals', () => {
    const table: ReportTable = {
      title: 't',
      subtitle: '',
      locale: 'fr',
      columns: [{ key: 'a', label: 'Montant', kind: 'cents' }],
      rows: [{ cells: { a: -5 } }, { cells: { a: 0 } }, { cells: { a: -123456789 } }, { cells: { a: null } }],
    };
    expect(parse(writeCsv(table), ';').slice(1)).toEqual([['-0,05'], ['0,00'], ['-1234567,89'], ['']]);
  });

  test('a label that a spreadsheet would run as a formula opens as text', () => {
    const table: ReportTable = {
      title: 't',
      subtitle: '',
      locale: 'en',
      columns: [
        { key: 'l', label: 'Label', kind: 'text' },
        { key: 'a', label: 'Amount', kind: 'cents' },
      ],
      rows: [{ cells: { l: '=HYPERLINK("http://x")', a: -100 } }, { cells: { l: '@SUM(A1)', a: 1 } }],
    };
    expect(parse(writeCsv(table), ',').slice(1)).toEqual([
      ['\'=HYPERLINK("http://x")', '-1.00'],
      ["'@SUM(A1)", '0.01'],
    ]);
  });

  test('separators, quotes and line breaks inside labels survive the round trip', () => {
    const label = 'Achat; "spécial", ligne\nsuite';
    const table: ReportTable = {
      title: 't',
      subtitle: '',
      locale: 'fr',
      columns: [{ key: 'l', label: 'Libellé', kind: 'text' }],
      rows: [{ cells: { l: label } }],
    };
    expect(parse(writeCsv(table), ';')[1]).toEqual([label]);
  });

  test('dates outside the ISO form are written as given', () => {
    expect(formatDate('2024-02-29', 'fr')).toBe('29/02/2024');
    expect(formatDate('2024-02-29', 'en')).toBe('2024-02-29');
    expect(formatDate('bientôt', 'fr')).toBe('bientôt');
  });
});
