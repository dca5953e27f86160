import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openCompany, type TestCore } from '../../../testing';
import { decimalToCents } from '../einvoice/decimal';

// Every received e-invoice of the public sample set becomes a draft bill with the totals EXPECTED.csv records.
const SAMPLES = path.resolve(process.cwd(), '../shared/samples/einvoice');
if (!existsSync(path.join(SAMPLES, 'EXPECTED.csv'))) {
  throw new Error(`E-invoice samples not found: expected ${SAMPLES}/EXPECTED.csv`);
}

type Row = Record<
  'file' | 'id' | 'currency' | 'type_code' | 'total_ht' | 'total_tva' | 'total_ttc' | 'xsd_facturx_1.09',
  string
> &
  Record<'xsd_cii_d22b' | 'xsd_ubl_2.1', string>;

const rows = Papa.parse<Row>(readFileSync(path.join(SAMPLES, 'EXPECTED.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const XSD = ['xsd_facturx_1.09', 'xsd_cii_d22b', 'xsd_ubl_2.1'] as const;
const xsdValid = (row: Row) => {
  const checked = XSD.filter((c) => row[c] !== '');
  return checked.length > 0 && checked.every((c) => row[c] === 'valid');
};
const centsOf = (v: string) => (v === '' ? 0 : decimalToCents(v));

/** The hybrid PDF a facturx-xml file was extracted from, when the sample set has it. */
function pdfOf(file: string): string | null {
  const pdf = file.replace(/^facturx-xml\//, 'facturx-pdf/').replace(/\.xml$/, '.pdf');
  return pdf !== file && existsSync(path.join(SAMPLES, pdf)) ? pdf : null;
}

const read = (file: string) => readFileSync(path.join(SAMPLES, file));
const importInput = (file: string) => ({ fileName: path.basename(file), contentBase64: read(file).toString('base64') });

const valid = rows.filter(xsdValid);
const cases = valid.flatMap((row) =>
  [row.file, ...(pdfOf(row.file) ? [pdfOf(row.file)!] : [])].map((file) => ({ file, row })),
);

let t: TestCore;
beforeAll(async () => {
  t = await openCompany({ now: () => new Date('2026-03-15T10:00:00Z') });
});
afterAll(async () => {
  await t.close();
});

describe('received e-invoices imported as supplier bills', () => {
  test('the sample set has its valid files and their PDFs', () => {
    expect(valid.length).toBe(53);
    expect(cases.length).toBeGreaterThan(60);
  });

  test.each(cases)('$file becomes a draft with the totals of EXPECTED.csv', async ({ file, row }) => {
    const bill = await t.call('accounting.bill.import', importInput(file));
    try {
      expect({
        number: bill.number,
        currency: bill.currency,
        net: bill.netTotal,
        vat: bill.vatTotal,
        gross: bill.grossTotal,
        kind: bill.kind,
      }).toEqual({
        number: row.id,
        currency: row.currency,
        net: centsOf(row.total_ht),
        vat: centsOf(row.total_tva),
        gross: centsOf(row.total_ttc),
        kind: row.type_code === '381' ? 'credit_note' : 'invoice',
      });
      expect(bill.status).toBe('draft');
      expect(bill.lines.reduce((s, l) => s + l.netAmount, 0)).toBe(bill.netTotal);
      // Charges and allowances at the foot of the invoice land on the rate they were taxed at.
      for (const v of bill.vat) {
        expect(bill.lines.filter((l) => l.vatRate === v.rate).reduce((s, l) => s + l.netAmount, 0)).toBe(v.base);
      }
      expect(bill.attachment).toMatchObject({
        fileName: path.basename(file),
        size: read(file).length,
        sha256: createHash('sha256').update(read(file)).digest('hex'),
        mimeType: file.endsWith('.pdf') ? 'application/pdf' : 'application/xml',
      });
    } finally {
      // Several samples are the same invoice in other profiles: each is imported on its own.
      await t.call('accounting.bill.delete', { id: bill.id });
    }
  });

  const negatives = rows
    .filter((row) => !xsdValid(row))
    .flatMap((row) => [row.file, row.file.replace(/\.xml$/, '.pdf')]);
  test.each(negatives)('%s is refused with the rule it breaks', async (file) => {
    const error = await t.fail('accounting.bill.import', importInput(file));
    expect(error).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'errors.einvoiceInvalidStructure',
      details: { reason: 'einvoice.invalidStructure' },
    });
    expect(typeof error.details?.element).toBe('string');
  });

  test('a second import of the same invoice is refused, naming the bill already there', async () => {
    const file = 'facturx-pdf/other/zugferd_2p0_EN16931_Einfach.pdf';
    const first = await t.call('accounting.bill.import', importInput(file));
    const again = await t.fail('accounting.bill.import', importInput(file));
    expect(again).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.billDuplicate',
      details: { id: first.id, number: '471102' },
    });
    // The XML of the same invoice is the same invoice.
    const xml = await t.fail(
      'accounting.bill.import',
      importInput('facturx-xml/other/zugferd_2p0_EN16931_Einfach.xml'),
    );
    expect(xml.code).toBe('CONFLICT');
    await t.call('accounting.bill.delete', { id: first.id });
  });

  test('an imported Factur-X validates into a balanced AC entry crediting the supplier the gross', async () => {
    const bill = await t.call('accounting.bill.import', importInput('facturx-pdf/other/akretion_invoice_EN16931.pdf'));
    const supplier = await t.call('parties.party.get', { id: bill.partyId });
    expect(supplier).toMatchObject({ name: 'LE FOURNISSEUR', siren: '123456782', isSupplier: true });
    const validated = await t.call('accounting.bill.validate', { id: bill.id });
    expect(validated).toMatchObject({ status: 'validated', entryId: expect.any(Number) });
    expect(validated.entryNumber).toMatch(/^AC2026-/);
    const entry = await t.call('accounting.entry.get', { id: validated.entryId! });
    expect(entry).toMatchObject({
      journalCode: 'AC',
      status: 'validated',
      reference: 'F20260023',
      date: bill.issueDate,
      source: { type: 'accounting.bill', id: bill.id },
    });
    expect(entry.totalDebit).toBe(entry.totalCredit);
    const supplierLine = entry.lines.find((l) => l.accountNumber === '401')!;
    expect(supplierLine).toMatchObject({
      credit: 10490,
      debit: 0,
      auxNumber: `F${supplier.code}`,
      dueDate: '2026-03-02',
    });
    const byAccount = Object.fromEntries(entry.lines.map((l) => [l.accountNumber, l.debit - l.credit]));
    expect(byAccount).toEqual({ '606': 10000, '445661': 220, '445662': 270, '401': -10490 });
    // The file stays downloadable, byte for byte.
    const file = await t.call('accounting.bill.attachment', { id: bill.id });
    expect(
      Buffer.from(file.contentBase64, 'base64').equals(read('facturx-pdf/other/akretion_invoice_EN16931.pdf')),
    ).toBe(true);
  });

  test('a second invoice from the same seller finds it by SIREN, not a new party', async () => {
    const before = await t.call('parties.party.list', { search: 'LE FOURNISSEUR' });
    const bill = await t.call(
      'accounting.bill.import',
      importInput('facturx-xml/fnfe-1.0.7/Facture_F20220024-LE_FOURNISSEUR-POUR-LE_CLIENT_BASIC_WL.xml'),
    );
    const after = await t.call('parties.party.list', { search: 'LE FOURNISSEUR' });
    expect(after.total).toBe(before.total);
    expect(bill.partyId).toBe(before.rows.find((r) => r.siren === '123456782')!.id);
  });

  test('refusals of files that are no e-invoice are translated reasons', async () => {
    const notInvoice = await t.fail('accounting.bill.import', { fileName: 'x.txt', contentBase64: 'aGVsbG8=' });
    expect(notInvoice).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.einvoiceNotAnInvoice' });
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    const otherXml = await t.fail('accounting.bill.import', {
      fileName: 'a.xml',
      contentBase64: b64('<order xmlns="x"/>'),
    });
    expect(otherXml).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.einvoiceUnsupportedSyntax' });
    const brokenPdf = await t.fail('accounting.bill.import', {
      fileName: 'a.pdf',
      contentBase64: b64('%PDF-1.7 broken'),
    });
    expect(brokenPdf.messageKey).toMatch(/^errors\.einvoice(MalformedPdf|NoEmbeddedXml)$/);
  });
});
