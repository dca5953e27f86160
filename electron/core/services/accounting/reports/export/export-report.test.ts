import Papa from 'papaparse';
import { afterEach, describe, expect, test } from 'vitest';
import type { ReportExportInput } from '../../../../../../shared/contract/accounting-reports';
import { openCompany, type TestCore } from '../../../../testing';
import { HAND_NOW, postHandLedger } from '../hand-ledger';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const Q1 = { from: '2026-01-01', to: '2026-03-31' };

function csvRows(contentBase64: string, delimiter: string): string[][] {
  const text = Buffer.from(contentBase64, 'base64')
    .toString('utf8')
    .replace(/^\ufeff/, '');
  const parsed = Papa.parse<string[]>(text.trimEnd(), { delimiter, newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('report exports', () => {
  test('trial balance as French CSV: translated columns, decimal comma, a total row', async () => {
    t = await openCompany({ now: () => HAND_NOW });
    await postHandLedger(t);
    const file = await t.call('accounting.report.export', {
      report: 'trialBalance',
      params: Q1,
      format: 'csv',
      locale: 'fr',
    });
    expect(file.fileName).toBe('Balance générale 2026-01-01_2026-03-31.csv');
    expect(file.mimeType).toMatch(/^text\/csv/);
    const rows = csvRows(file.contentBase64, ';');
    expect(rows[0]).toEqual(['Compte', 'Libellé', 'Débit', 'Crédit', 'Solde']);
    expect(rows.find((r) => r[0] === '512')!.slice(2)).toEqual(['11200,00', '1200,00', '10000,00']);
    expect(rows.at(-1)).toEqual(['', 'Total général', '14860,00', '14860,00', '0,00']);
  });

  test('every report exports in every format and language', async () => {
    t = await openCompany({ now: () => HAND_NOW });
    const { auxA } = await postHandLedger(t);
    const reports: Pick<ReportExportInput, 'report' | 'params'>[] = [
      { report: 'trialBalance', params: Q1 },
      { report: 'ledger', params: Q1 },
      { report: 'auxBalance', params: { ...Q1, kind: 'customer' } },
      { report: 'auxLedger', params: { ...Q1, auxAccountId: auxA.id } },
      { report: 'aged', params: { asOf: '2026-04-30', kind: 'supplier' } },
      { report: 'incomeStatement', params: Q1 },
      { report: 'balanceSheet', params: { asOf: '2026-03-31' } },
      { report: 'vat', params: Q1 },
      { report: 'journal', params: Q1 },
    ];
    for (const r of reports) {
      const csv = await t.call('accounting.report.export', { ...r, format: 'csv', locale: 'en' } as ReportExportInput);
      expect(csvRows(csv.contentBase64, ',').length, r.report).toBeGreaterThan(1);
      const xlsx = await t.call('accounting.report.export', {
        ...r,
        format: 'xlsx',
        locale: 'fr',
      } as ReportExportInput);
      expect(Buffer.from(xlsx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
      const pdf = await t.call('accounting.report.export', { ...r, format: 'pdf', locale: 'fr' } as ReportExportInput);
      const bytes = Buffer.from(pdf.contentBase64, 'base64').toString('latin1');
      expect(bytes.startsWith('%PDF')).toBe(true);
      expect(pdf.fileName.endsWith('.pdf')).toBe(true);
    }
    const bs = await t.call('accounting.report.export', {
      report: 'balanceSheet',
      params: { asOf: '2026-03-31' },
      format: 'csv',
      locale: 'en',
    });
    const rows = csvRows(bs.contentBase64, ',');
    expect(rows).toContainEqual(['Total assets', '', '11960.00']);
    expect(rows).toContainEqual(['Total liabilities and equity', '', '11960.00']);
    expect(rows).toContainEqual(['Cash', '51, 53, 54, 58', '10000.00']);
    const vat = csvRows(
      (await t.call('accounting.report.export', { report: 'vat', params: Q1, format: 'csv', locale: 'en' }))
        .contentBase64,
      ',',
    );
    expect(vat[1]).toEqual(['VAT collected at 20%', '445711', '1000.00', '200.00']);
  });
});
