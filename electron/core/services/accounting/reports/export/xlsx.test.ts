import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { ReportTable } from '../../../../../../shared/report-table';
import { trialBalance } from './test-tables';
import { writeXlsx } from './xlsx';

interface SheetCell {
  value: string | number;
  style: number;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Reads back the workbook's one sheet as a grid keyed by cell reference (A1, B4…), shared strings resolved. */
function readWorkbook(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const file = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`${name} missing`);
    return strFromU8(f);
  };
  const strings = [...file('xl/sharedStrings.xml').matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map((m) =>
    unescapeXml(m[1] ?? ''),
  );
  const sheet = file('xl/worksheets/sheet1.xml');
  const cells = new Map<string, SheetCell>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/g)) {
    const attrs = m[2] ?? '';
    const raw = m[3];
    if (raw === undefined) continue;
    const style = Number(/s="(\d+)"/.exec(attrs)?.[1] ?? 0);
    const value = /t="s"/.test(attrs) ? (strings[Number(raw)] ?? '') : Number(raw);
    cells.set(m[1] ?? '', { value, style });
  }
  const styles = file('xl/styles.xml');
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf[^>]*>/g)].map(
    (m) => m[0],
  );
  const fonts = [...(/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(/<font>([\s\S]*?)<\/font>/g)];
  const formats = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((m) => [
      m[1],
      unescapeXml(m[2] ?? ''),
    ]),
  );
  const xf = (ref: string) => xfs[cells.get(ref)?.style ?? 0] ?? '';
  return {
    files,
    sheet,
    workbook: file('xl/workbook.xml'),
    value: (ref: string) => cells.get(ref)?.value,
    bold: (ref: string) => (fonts[Number(/fontId="(\d+)"/.exec(xf(ref))?.[1] ?? 0)]?.[1] ?? '').includes('<b/>'),
    format: (ref: string) => formats.get(/numFmtId="(\d+)"/.exec(xf(ref))?.[1] ?? ''),
  };
}

/** Days since 1899-12-30, how spreadsheets store a date. */
function serial(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.parse('1899-12-30T00:00:00Z')) / 86_400_000;
}

describe('XLSX export', () => {
  test('title and subtitle above a bold header row; the sheet is named after the report', async () => {
    const table = trialBalance('fr');
    const book = readWorkbook(await writeXlsx(table));
    expect(book.value('A1')).toBe('Balance générale');
    expect(book.bold('A1')).toBe(true);
    expect(book.value('A2')).toBe('Boulangerie Dupré SARL — 01/01/2024 – 31/12/2024');
    expect(['A4', 'B4', 'C4', 'D4', 'E4', 'F4', 'G4'].map(book.value)).toEqual([
      'Compte',
      'Libellé',
      'Dernier mouvement',
      'Écritures',
      'Débit',
      'Crédit',
      'Solde',
    ]);
    expect(book.bold('B4')).toBe(true);
    expect(book.workbook).toContain('name="Balance générale"');
    // The title rows and the header stay in view while scrolling.
    expect(book.sheet).toMatch(/<pane ySplit="4"[^>]*state="frozen"/);
  });

  test('amounts are numbers with two decimals, dates real dates, counts plain numbers', async () => {
    const book = readWorkbook(await writeXlsx(trialBalance('fr')));
    // Row 7 is 411000 (row 5 the first section heading).
    expect(book.value('A7')).toBe('411000');
    expect(book.value('B7')).toBe('Clients : « Ça va », Cœur & Cie');
    expect(book.value('C7')).toBe(serial('2024-12-30'));
    expect(book.format('C7')).toBe('dd/mm/yyyy');
    expect(book.value('D7')).toBe(42);
    expect(book.value('E7')).toBe(9876543.21);
    expect(book.format('E7')).toBe('#,##0.00');
    expect(book.value('F7')).toBe(12345.67);
    expect(book.value('G7')).toBe(9864197.54);
    expect(book.bold('E7')).toBe(false);
    expect(book.value('B6')).toBe('Fournisseurs — Électricité d’Anjou');
    expect(book.value('G6')).toBe(-14034.56);
  });

  test('sections, subtotals and the grand total are bold', async () => {
    const table = trialBalance('fr');
    const book = readWorkbook(await writeXlsx(table));
    const sheetRow = (i: number) => i + 5;
    table.rows.forEach((row, i) => {
      const label = row.style === 'section' ? `A${sheetRow(i)}` : `B${sheetRow(i)}`;
      expect(book.bold(label)).toBe(row.style !== undefined);
    });
    const last = sheetRow(table.rows.length - 1);
    expect(book.value(`B${last}`)).toBe('Total général');
    expect(book.value(`E${last}`)).toBe(9883176.31);
    expect(book.bold(`E${last}`)).toBe(true);
  });

  test('column widths follow the longest value; English dates read year first; landscape when asked', async () => {
    const table: ReportTable = { ...trialBalance('en'), landscape: true };
    const book = readWorkbook(await writeXlsx(table));
    const widths = [...book.sheet.matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)].map((m) => Number(m[2]));
    expect(widths).toHaveLength(table.columns.length);
    // The label column holds the longest texts, the account column short codes.
    expect(widths[1]).toBeGreaterThan(30);
    expect(widths[0]).toBeLessThan(12);
    expect(book.format('C7')).toBe('yyyy-mm-dd');
    expect(book.sheet).toContain('orientation="landscape"');
  });

  test('a title with characters sheet names refuse still gives a workbook', async () => {
    const table: ReportTable = {
      ...trialBalance('fr'),
      title: 'Grand livre [401*] : fournisseurs / clients — exercice 2024 complet',
    };
    const book = readWorkbook(await writeXlsx(table));
    const name = /<sheet [^>]*name="([^"]*)"/.exec(book.workbook)?.[1] ?? '';
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(book.value('A1')).toBe(table.title);
  });

  test('an empty table still has its header', async () => {
    const table: ReportTable = { ...trialBalance('fr'), rows: [] };
    const book = readWorkbook(await writeXlsx(table));
    expect(book.value('A4')).toBe('Compte');
    expect(book.value('A5')).toBeUndefined();
  });
});
