import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { renderTable, safeFileBase } from './render-table';
import { trialBalance } from './test-tables';

describe('renderTable', () => {
  test('each format gives its file name, type and content', async () => {
    const table = trialBalance('fr');
    const csv = await renderTable(table, 'csv', 'balance-2024');
    expect(csv.fileName).toBe('balance-2024.csv');
    expect(csv.mimeType).toBe('text/csv;charset=utf-8');
    expect(new TextDecoder().decode(csv.bytes)).toContain('Compte;Libellé');

    const xlsx = await renderTable(table, 'xlsx', 'balance-2024');
    expect(xlsx.fileName).toBe('balance-2024.xlsx');
    expect(xlsx.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = unzipSync(xlsx.bytes)['xl/worksheets/sheet1.xml'];
    expect(sheet && strFromU8(sheet)).toContain('<sheetData>');

    const pdf = await renderTable(table, 'pdf', 'balance-2024');
    expect(pdf.fileName).toBe('balance-2024.pdf');
    expect(pdf.mimeType).toBe('application/pdf');
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
  });

  test('file names lose what file systems refuse', () => {
    expect(safeFileBase('Balance 2024/2025: "clients"?')).toBe('Balance 2024-2025- -clients-');
    expect(safeFileBase('Grand livre.')).toBe('Grand livre');
    expect(safeFileBase('a\u0000b\nc')).toBe('a-b-c');
    expect(safeFileBase('  ')).toBe('export');
    expect(safeFileBase('x'.repeat(300))).toHaveLength(120);
  });

  test('an amount that is not a whole number of cents is refused rather than printed wrong', async () => {
    const table = trialBalance('fr');
    const broken = { ...table, rows: [{ cells: { debit: 12.5 } }] };
    for (const format of ['csv', 'xlsx', 'pdf'] as const) {
      await expect(renderTable(broken, format, 'x')).rejects.toThrow(/cents/);
    }
  });
});
