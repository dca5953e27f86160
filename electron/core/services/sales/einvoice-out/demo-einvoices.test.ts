import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADMIN } from '../../../testdata/fixtures';
import { openTestCore, type TestCore } from '../../../testing';
import { parseEInvoice } from '../../accounting/einvoice/parse';

// The demo company's own invoices and credit notes, exported through the route a clerk uses, checked by tools that
// owe nothing to Coulisse: xmllint against the official schemas, poppler's pdfdetach for the Factur-X attachment.

const XSD = path.resolve(process.cwd(), '../shared/samples/einvoice/xsd');
const SCHEMAS = {
  cii: path.join(XSD, 'facturx-1.09/EN16931/Factur-X_EN16931.xsd'),
  ubl: path.join(XSD, 'ubl-2.1/maindoc/UBL-Invoice-2.1.xsd'),
  ublCredit: path.join(XSD, 'ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd'),
};

let t: TestCore;
let dir: string;
let documents: { id: number; number: string; kind: string; net: number; vat: number; gross: number }[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'coulisse-demo-einvoices-'));
  t = await openTestCore({ now: () => new Date('2026-11-27T09:00:00Z') });
  await t.call('admin.company.createDemo', { seed: 3, admin: ADMIN }, null);
  t.token = (await t.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null)).sessionToken;
  const db = new Database(t.dbPath, { readonly: true });
  try {
    // Every credit note, an exempt invoice, and invoices spread over the year.
    documents = db
      .prepare(
        `select id, number, kind, net_total net, vat_total vat, gross_total gross from sales_document
         where status = 'validated' and (kind = 'credit_note'
           or id in (select document_id from sales_vat where category <> 'S' limit 1)
           or (kind = 'invoice' and id % 37 = 0))
         order by id`,
      )
      .all() as typeof documents;
  } finally {
    db.close();
  }
}, 120_000);

afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

function xmllint(file: string, schema: string): string {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { stdio: 'pipe' });
    return 'valid';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

async function exported(id: number, format: 'facturx' | 'cii' | 'ubl') {
  const file = await t.call('sales.document.export', { id, format });
  const bytes = Buffer.from(file.base64, 'base64');
  const at = path.join(dir, file.fileName);
  writeFileSync(at, bytes);
  return { at, bytes, file };
}

describe("the demo company's invoices as e-invoices", () => {
  test('the sample covers credit notes, untaxed invoices and invoices across the year', () => {
    expect(documents.length).toBeGreaterThanOrEqual(8);
    expect(documents.some((d) => d.kind === 'credit_note')).toBe(true);
  });

  test('CII and UBL validate against the official schemas and state the totals the database holds', async () => {
    for (const d of documents) {
      const cii = await exported(d.id, 'cii');
      expect(xmllint(cii.at, SCHEMAS.cii), `${d.number} CII`).toBe('valid');
      const ubl = await exported(d.id, 'ubl');
      expect(xmllint(ubl.at, d.kind === 'credit_note' ? SCHEMAS.ublCredit : SCHEMAS.ubl), `${d.number} UBL`).toBe(
        'valid',
      );
      for (const { bytes } of [cii, ubl]) {
        const parsed = await parseEInvoice(bytes);
        if (!parsed.ok) throw new Error(`${d.number}: ${parsed.reason}`);
        expect(parsed.invoice.number).toBe(d.number);
        expect(parsed.invoice.totals).toMatchObject({
          taxBasisCents: d.net,
          vatCents: d.vat,
          grandTotalCents: d.gross,
        });
        expect(parsed.invoice.warnings).toEqual([]);
      }
    }
  }, 120_000);

  test('the Factur-X PDF carries factur-x.xml, identical to the CII export, which pdfdetach extracts', async () => {
    for (const d of documents.slice(0, 4)) {
      const pdf = await exported(d.id, 'facturx');
      expect(execFileSync('pdfdetach', ['-list', pdf.at]).toString()).toContain('factur-x.xml');
      const out = path.join(dir, `${d.number}-attached.xml`);
      execFileSync('pdfdetach', ['-save', '1', '-o', out, pdf.at]);
      const attached = readFileSync(out);
      expect(xmllint(out, SCHEMAS.cii), d.number).toBe('valid');
      expect(attached.equals((await exported(d.id, 'cii')).bytes)).toBe(true);
      const info = execFileSync('pdfinfo', ['-meta', pdf.at]).toString();
      expect(info).toContain('pdfaid:part');
      expect(info).toContain('EN 16931');
    }
  }, 120_000);

  test('a quote is no e-invoice: the export is refused with a translated reason', async () => {
    const quotes = await t.call('sales.document.list', { kinds: ['quote'], status: 'validated' });
    const refused = await t.fail('sales.document.export', { id: quotes.rows[0]!.id, format: 'cii' });
    expect(refused).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.einvoiceNotExportable' });
  });
});
