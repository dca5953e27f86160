import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { parseEInvoice } from './parse';

const SAMPLES = path.resolve(process.cwd(), '../shared/samples/einvoice');
if (!existsSync(SAMPLES)) throw new Error(`E-invoice samples not found at ${SAMPLES} (run from the repository root)`);

const FNFE = 'facturx-xml/fnfe-1.0.7/Facture_F20220025-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931';
const xmlText = (relative: string): string => readFileSync(path.join(SAMPLES, relative), 'utf8');
const bytesOf = (value: string): Uint8Array => new TextEncoder().encode(value);

async function pdfWith(attachments: { name: string; content: Uint8Array }[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  for (const { name, content } of attachments) await pdf.attach(content, name, { mimeType: 'text/xml' });
  return pdf.save();
}

describe('parseEInvoice reads', () => {
  test('a Factur-X EN 16931 invoice: parties, lines, VAT, payment', async () => {
    const result = await parseEInvoice(bytesOf(xmlText(`${FNFE}.xml`)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { invoice } = result;
    expect(invoice).toMatchObject({
      syntax: 'CII',
      profile: 'EN16931',
      number: 'F20220025',
      issueDate: '2022-01-31',
      dueDate: '2022-03-02',
      seller: { name: 'LE FOURNISSEUR', siren: '123456782', legalIdScheme: '0002', vatNumber: 'FR11123456782' },
      buyer: { name: 'LE CLIENT', siren: '987654321', address: { postcode: '06000', city: 'NICE', country: 'FR' } },
      vatBreakdown: [{ category: 'S', rateBasisPoints: 2000, baseCents: 10000, vatCents: 2000 }],
      totals: { lineTotalCents: 9500, allowanceTotalCents: 500, chargeTotalCents: 1000, taxBasisCents: 10000 },
      paymentMeans: [{ code: '30', iban: 'FR20 1254 2547 2569 8542 5874 698' }],
      warnings: [],
    });
    expect(invoice.lines[1]).toMatchObject({ id: '2', quantity: '3', unitPrice: '10', netAmountCents: 3000 });
  });

  test('the invoice XML attached to a PDF built here', async () => {
    const pdf = await pdfWith([
      { name: 'notes.xml', content: bytesOf('<notes/>') },
      { name: 'factur-x.xml', content: bytesOf(xmlText(`${FNFE}.xml`)) },
    ]);
    const result = await parseEInvoice(pdf, 'facture.pdf');
    expect(result).toMatchObject({ ok: true, source: { container: 'PDF', attachmentName: 'factur-x.xml' } });
  });

  test('a UBL credit note', async () => {
    const result = await parseEInvoice(bytesOf(xmlText('ubl/ubl-tc434-creditnote1.xml')));
    expect(result).toMatchObject({ ok: true, invoice: { syntax: 'UBL', typeCode: '381', currency: 'EUR' } });
  });

  test('a HUF invoice whose VAT is rounded to the forint, with a BR-CO-17 warning', async () => {
    const result = await parseEInvoice(bytesOf(xmlText('cii/huf_example_cii.xml')));
    expect(result).toMatchObject({ ok: true, invoice: { warnings: [{ rule: 'BR-CO-17', category: 'S' }] } });
  });
});

describe('parseEInvoice refuses', () => {
  const fnfe = (): string => xmlText(`${FNFE}.xml`);

  test.each([
    ['an empty file', new Uint8Array()],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['plain text', bytesOf('Facture F2022 : 120,00 EUR')],
  ])('%s as not an invoice', async (_what, bytes) => {
    expect(await parseEInvoice(bytes, 'x')).toMatchObject({ ok: false, reason: 'einvoice.notAnInvoice' });
  });

  test('a broken PDF', async () => {
    const result = await parseEInvoice(bytesOf('%PDF-1.7\n garbage'));
    expect(result).toMatchObject({ ok: false, reason: 'einvoice.malformedPdf' });
  });

  test('a PDF with no attachment, or none that is an invoice', async () => {
    expect(await parseEInvoice(await pdfWith([]))).toMatchObject({ ok: false, reason: 'einvoice.noEmbeddedXml' });
    const twoOthers = await pdfWith([
      { name: 'a.xml', content: bytesOf('<a/>') },
      { name: 'b.xml', content: bytesOf('<b/>') },
    ]);
    expect(await parseEInvoice(twoOthers)).toMatchObject({ ok: false, reason: 'einvoice.noEmbeddedXml' });
  });

  test('a PDF whose factur-x.xml is an order', async () => {
    const order = bytesOf('<rsm:SCRDMCCBDACIOMessageStructure xmlns:rsm="urn:x"/>');
    const result = await parseEInvoice(await pdfWith([{ name: 'factur-x.xml', content: order }]));
    expect(result).toMatchObject({ ok: false, reason: 'einvoice.unsupportedSyntax' });
  });

  test.each([
    ['unclosed elements', bytesOf('<Invoice><ID>1</Invoice>')],
    ['a DOCTYPE', bytesOf('<!DOCTYPE x [<!ENTITY a "aaaa">]><Invoice>&a;</Invoice>')],
    ['invalid UTF-8', new Uint8Array([0x3c, 0x61, 0xff, 0x2f, 0x3e])],
  ])('XML with %s as malformed', async (_what, bytes) => {
    expect(await parseEInvoice(bytes)).toMatchObject({ ok: false, reason: 'einvoice.malformedXml' });
  });

  test('an Invoice root outside the UBL namespace, and ZUGFeRD 1 CrossIndustryDocument', async () => {
    const foreign = await parseEInvoice(bytesOf('<Invoice xmlns="urn:example:billing"><ID>1</ID></Invoice>'));
    expect(foreign).toMatchObject({ ok: false, reason: 'einvoice.unsupportedSyntax' });
    const zugferd1 = await parseEInvoice(
      bytesOf('<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"/>'),
    );
    expect(zugferd1).toMatchObject({ ok: false, reason: 'einvoice.unsupportedSyntax' });
  });

  test('XML of another kind', async () => {
    const result = await parseEInvoice(bytesOf('<?xml version="1.0"?><html><body/></html>'));
    expect(result).toMatchObject({ ok: false, reason: 'einvoice.unsupportedSyntax', details: { root: 'html' } });
  });

  test.each([
    ['number', /<ram:ID>F20220025<\/ram:ID>/, '', 'BT-1 invoice number'],
    ['issue date', /<ram:IssueDateTime>[\s\S]*?<\/ram:IssueDateTime>/, '', 'BT-2 issue date'],
    ['total with VAT', /<ram:GrandTotalAmount[^>]*>[^<]*<\/ram:GrandTotalAmount>/, '', 'BT-112 total with VAT'],
  ])('a document without its %s', async (_what, pattern, replacement, field) => {
    const result = await parseEInvoice(bytesOf(fnfe().replace(pattern, replacement)));
    expect(result).toMatchObject({ ok: false, reason: 'einvoice.missingField', details: { field } });
  });

  test('an amount that is not a number, and a date that does not exist', async () => {
    const amount = fnfe().replace(/(<ram:TaxBasisTotalAmount[^>]*>)[^<]*/, '$11.000,00');
    expect(await parseEInvoice(bytesOf(amount))).toMatchObject({ ok: false, reason: 'einvoice.invalidValue' });
    const date = fnfe().replace('20220131', '20220231');
    expect(await parseEInvoice(bytesOf(date))).toMatchObject({ ok: false, reason: 'einvoice.invalidValue' });
  });

  test.each([
    ['BR-CO-10', 'a line amount', /(<ram:LineTotalAmount>)60.00/, '$160.01'],
    ['BR-CO-13', 'the total without VAT', /(<ram:TaxBasisTotalAmount[^>]*>)100.00/, '$1101.00'],
    ['BR-CO-15', 'the total with VAT', /(<ram:GrandTotalAmount[^>]*>)120.00/, '$1120.02'],
    ['BR-CO-16', 'the amount due', /(<ram:DuePayableAmount[^>]*>)100.00/, '$1100.01'],
  ])('totals that do not add up (%s: %s changed)', async (rule, _what, pattern, replacement) => {
    const tampered = fnfe().replace(pattern, replacement);
    expect(tampered).not.toBe(fnfe());
    const result = await parseEInvoice(bytesOf(tampered));
    expect(result).toMatchObject({ ok: false, reason: 'einvoice.totalsMismatch', details: { rule } });
  });

  test('but accepts TTC off by one cent for one VAT line', async () => {
    const tampered = fnfe()
      .replace(/(<ram:GrandTotalAmount[^>]*>)120.00/, '$1120.01')
      .replace(/(<ram:DuePayableAmount[^>]*>)100.00/, '$1100.01');
    expect(await parseEInvoice(bytesOf(tampered))).toMatchObject({ ok: true });
  });

  test('a UBL invoice whose VAT lines do not add up to its VAT total', async () => {
    const ubl = xmlText('ubl/ubl-tc434-example1.xml');
    const tampered = ubl.replace(/(<cbc:TaxAmount currencyID="EUR">)20.73/, '$120.78');
    expect(tampered).not.toBe(ubl);
    expect(await parseEInvoice(bytesOf(tampered))).toMatchObject({
      ok: false,
      reason: 'einvoice.totalsMismatch',
      details: { rule: 'BR-CO-14' },
    });
  });
});
