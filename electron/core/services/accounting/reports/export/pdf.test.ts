import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, test } from 'vitest';
import type { ReportTable } from '../../../../../../shared/report-table';
import { writePdf } from './pdf';
import { longLedger, trialBalance } from './test-tables';

// poppler's pdftotext and pdfinfo read the files as any viewer would: the tests read the text they extract.
const POPPLER = ['/usr/bin/pdftotext', '/usr/bin/pdfinfo', '/usr/bin/pdftoppm'];
const havePoppler = POPPLER.every((p) => existsSync(p));
if (!havePoppler)
  console.warn('poppler-utils (pdftotext, pdfinfo, pdftoppm) not found in /usr/bin: PDF reading tests skipped.');

const dir = mkdtempSync(join(tmpdir(), 'coulisse-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;

async function written(table: ReportTable): Promise<string> {
  const file = join(dir, `t${++fileCount}.pdf`);
  writeFileSync(file, await writePdf(table));
  return file;
}

function run(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr}`);
  return r.stdout;
}

function text(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return run('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', ...range, file, '-']);
}

function info(file: string): { pages: number; size: string } {
  const out = run('/usr/bin/pdfinfo', [file]);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]),
    size: /^Page size:\s+([\d.]+ x [\d.]+)/m.exec(out)?.[1] ?? '',
  };
}

describe('PDF export', () => {
  test('writes A4 pages pdf-lib can read back, with the title in the metadata', async () => {
    const bytes = await writePdf(trialBalance('fr'));
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(pdf.getTitle()).toBe('Balance générale');
  });

  test('text outside the WinAnsi code page does not stop the export', async () => {
    const table: ReportTable = {
      ...trialBalance('fr'),
      rows: [{ cells: { label: 'Zoë → Łódź ✓ 中文 ăőř', debit: 1 } }],
    };
    await expect(writePdf(table)).resolves.toBeInstanceOf(Uint8Array);
  });
});

describe.skipIf(!havePoppler)('PDF export read by poppler', () => {
  test('title, subtitle, headers, French amounts and accented labels', async () => {
    const file = await written(trialBalance('fr'));
    const out = text(file);
    expect(info(file)).toEqual({ pages: 1, size: '595.28 x 841.89' });
    expect(out).toContain('Balance générale');
    expect(out).toContain('Boulangerie Dupré SARL — 01/01/2024 – 31/12/2024');
    expect(out).toMatch(/Compte\s+Libellé\s+Dernier mouvement\s+Écritures\s+Débit\s+Crédit\s+Solde/);
    // The narrow no-break space French uses between thousands prints as a plain space.
    expect(out).toMatch(/411000\s+Clients : « Ça va », Cœur & Cie\s+30\/12\/2024\s+42\s+9 876 543,21\s+12 345,67/);
    expect(out).toContain('Fournisseurs — Électricité d’Anjou');
    expect(out).toContain('Banque — Crédit à Besançon');
    expect(out).toMatch(/Total général\s+9 883 176,31\s+1 673 683,11\s+8 209 493,20/);
    expect(out).toContain('-14 034,56');
    expect(out).toContain('Page 1 / 1');
  });

  test('amounts are right-aligned: in each column their last digits end at the same point', async () => {
    const file = await written(trialBalance('fr'));
    const html = run('/usr/bin/pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
    // An amount's last group ("543,21") ends the word poppler sees; its right edge is the column's.
    const edges = [
      ...html.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">-?\d{1,3},\d\d<\/word>/g),
    ].map((m) => Math.round(Number(m[1]) * 10) / 10);
    // 5 accounts and 3 totals in 3 amount columns.
    expect(edges).toHaveLength(24);
    expect(new Set(edges).size).toBe(3);
  });

  test('English amounts and dates', async () => {
    const out = text(await written(trialBalance('en')));
    expect(out).toContain('Trial balance');
    expect(out).toMatch(/2024-12-30\s+42\s+9,876,543\.21\s+12,345\.67\s+9,864,197\.54/);
  });

  test('two pages: the header row repeats, the last row and "Page 2 / 2" are on the second', async () => {
    const file = await written(longLedger(80));
    expect(info(file).pages).toBe(2);
    const first = text(file, 1);
    const second = text(file, 2);
    expect(first).toContain('Grand livre');
    expect(first).toContain('Page 1 / 2');
    expect(second).toMatch(/Date\s+Pièce\s+Libellé\s+Débit\s+Crédit/);
    expect(second).toMatch(/25\/03\/2024\s+VT-000080\s+Vente n° 80 à l’épicerie\s+80,80/);
    expect(second).toMatch(/Total\s+3 272,40/);
    expect(second).toContain('Page 2 / 2');
    expect(first).not.toContain('VT-000080');
  });

  test('a section heading is never the last line of a page', async () => {
    const firstPage = text(await written(longLedger(200)), 1).match(/VT-\d{6}/g)?.length ?? 0;
    expect(firstPage).toBeGreaterThan(40);
    // Enough rows to leave exactly one free line at the foot of the first page, then a heading.
    const table = longLedger(firstPage - 1);
    table.rows.pop();
    table.rows.push({ cells: { label: 'Section suivante' }, style: 'section' });
    table.rows.push({ cells: { piece: 'VT-999999', label: 'Sous la section', debit: 1 } });
    const file = await written(table);
    expect(info(file).pages).toBe(2);
    expect(text(file, 1)).not.toContain('Section suivante');
    expect(text(file, 2)).toMatch(/Section suivante[\s\S]*VT-999999/);
  });

  test('a wide report prints landscape', async () => {
    const file = await written({ ...trialBalance('fr'), landscape: true });
    expect(info(file).size).toBe('841.89 x 595.28');
  });

  test('over-long text is cut to its column with an ellipsis; amounts keep every digit', async () => {
    const long =
      'Facture fournisseur de régularisation annuelle des consommations électriques du siège social et des dépôts';
    const table: ReportTable = {
      ...trialBalance('fr'),
      rows: [{ cells: { account: '401000', label: long, debit: 123_456_789_012, credit: null, balance: 1 } }],
    };
    const out = text(await written(table));
    expect(out).toContain('Facture fournisseur de');
    expect(out).not.toContain('et des dépôts');
    expect(out).toMatch(/…/);
    expect(out).toContain('1 234 567 890,12');
  });

  test('thousands of rows across pages, numbered to the last', async () => {
    const rows = 5000;
    const started = performance.now();
    const bytes = await writePdf(longLedger(rows));
    const elapsed = performance.now() - started;
    const file = join(dir, 'long.pdf');
    writeFileSync(file, bytes);
    const { pages } = info(file);
    console.info(
      `PDF of ${rows} rows: ${pages} pages, ${(bytes.length / 1024).toFixed(0)} KiB in ${elapsed.toFixed(0)} ms`,
    );
    expect(pages).toBeGreaterThan(70);
    const last = text(file, pages);
    expect(last).toContain('VT-005000');
    expect(last).toContain(`Page ${pages} / ${pages}`);
    expect(text(file, 40)).toMatch(/Date\s+Pièce\s+Libellé/);
    expect(elapsed).toBeLessThan(15_000);
  });

  test('renders a trial balance to PNG for a look at the layout', async () => {
    const file = await written(trialBalance('fr'));
    const out = resolve(__dirname, '../../../../../../test-results/screenshots');
    mkdirSync(out, { recursive: true });
    run('/usr/bin/pdftoppm', ['-png', '-r', '60', '-singlefile', file, join(out, 'report-trial-balance')]);
    expect(existsSync(join(out, 'report-trial-balance.png'))).toBe(true);
  });
});
