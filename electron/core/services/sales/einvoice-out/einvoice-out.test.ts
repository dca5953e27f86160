import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, StandardFonts } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import type { SalesDocument } from '../../../../../shared/contract/sales-documents';
import { AppError } from '../../../../../shared/errors';
import { parseEInvoice } from '../../accounting/einvoice/parse';
import type { EInvoice } from '../../accounting/einvoice/types';
import { parseAddressText } from './address';
import { buildCii } from './build-cii';
import { buildUbl } from './build-ubl';
import { CASES, makeDocument, SELLER } from './einvoice-fixtures';
import { exportEInvoice } from './export-einvoice';
import type { EInvoiceSource } from './source';
import { SRGB_ICC_BASE64 } from './srgb-icc.generated';

const IBAN = 'FR76 3000 6000 0112 3456 7890 189';
const NOW = new Date('2026-03-10T09:30:00Z');
const source = (document: SalesDocument): EInvoiceSource => ({ seller: SELLER, document, sellerIban: IBAN });
const cases = Object.entries(CASES).map(([name, document]) => ({ name, document }));
const TYPE_CODES = { invoice: '380', deposit: '386', credit_note: '381' } as Record<string, string>;

async function readBack(bytes: Uint8Array | string): Promise<EInvoice> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const result = await parseEInvoice(data);
  if (!result.ok) throw new Error(`refused: ${result.reason} ${JSON.stringify(result.details)}`);
  return result.invoice;
}

/** What the document says and what the e-invoice must say back, read by the received-invoice parser. */
function expectSameInvoice(invoice: EInvoice, d: SalesDocument): void {
  expect(invoice.warnings).toEqual([]);
  expect(invoice.guideline).toBe('urn:cen.eu:en16931:2017');
  expect(invoice.number).toBe(d.number);
  expect(invoice.typeCode).toBe(TYPE_CODES[d.kind]);
  expect(invoice.issueDate).toBe(d.date);
  expect(invoice.currency).toBe('EUR');
  expect(invoice.totals).toEqual({
    lineTotalCents: d.lineTotal,
    allowanceTotalCents: d.discountTotal,
    chargeTotalCents: 0,
    taxBasisCents: d.netTotal,
    vatCents: d.vatTotal,
    grandTotalCents: d.grossTotal,
    prepaidCents: 0,
    roundingCents: 0,
    dueCents: d.grossTotal,
  });
  expect(invoice.vatBreakdown).toEqual(
    d.vat.map((v) => ({
      category: v.category,
      rateBasisPoints: v.category === 'S' ? v.rate : 0,
      baseCents: v.base,
      vatCents: v.vat,
      exemptionReason: v.exemptionReason,
    })),
  );
  expect(invoice.lines.map((l) => [l.id, l.netAmountCents, l.vatCategory])).toEqual(
    d.lines.map((l) => [String(l.lineNo), l.netAmount, l.vatCategory]),
  );
  expect(invoice.seller).toMatchObject({ name: SELLER.legalName, siren: SELLER.siren, vatNumber: SELLER.vatNumber });
  expect(invoice.buyer).toMatchObject({ name: d.buyerName, siren: d.buyerSiren, vatNumber: d.buyerVatNumber });
  expect(invoice.seller.address).toMatchObject({ postcode: '69003', city: 'Lyon', country: 'FR' });
  if (d.kind === 'credit_note') expect(invoice.paymentMeans).toEqual([]);
  else expect(invoice.paymentMeans).toEqual([{ code: '30', iban: IBAN.replaceAll(' ', '') }]);
}

describe('CII (Factur-X EN 16931)', () => {
  test.each(cases)('$name reads back with the same totals', async ({ document }) => {
    const invoice = await readBack(buildCii(source(document)));
    expectSameInvoice(invoice, document);
    expect(invoice.syntax).toBe('CII');
    expect(invoice.profile).toBe('EN16931');
    expect(invoice.dueDate).toBe(document.kind === 'credit_note' ? null : document.dueDate);
  });

  test('a credit note names the invoice it corrects (BG-3)', () => {
    const xml = buildCii(source(CASES['credit note']!));
    expect(xml).toMatch(
      /<ram:InvoiceReferencedDocument>\s*<ram:IssuerAssignedID>FA-2026-00001<\/ram:IssuerAssignedID>\s*<ram:FormattedIssueDateTime>\s*<qdt:DateTimeString format="102">20260301</,
    );
  });

  test('quantities carry their unit code and the deducted deposit its sign, never the price', async () => {
    const invoice = await readBack(buildCii(source(CASES['three rates with line and overall discounts']!)));
    expect(invoice.lines.map((l) => [l.quantity, l.unitCode, l.unitPrice])).toEqual([
      ['2.5', 'HUR', '60'],
      ['1', 'DAY', '1200'],
      ['12.345', 'KGM', '1.99'],
      ['3', 'MTR', '3.33'],
    ]);
    const final = await readBack(buildCii(source(CASES['final invoice deducting a deposit']!)));
    expect(final.lines[1]).toMatchObject({ quantity: '-1', unitPrice: '1500', netAmountCents: -150_000 });
  });

  test('the overall discount is one allowance per VAT rate, the line discount a line allowance', () => {
    const xml = buildCii(source(CASES['three rates with line and overall discounts']!));
    const allowances = [
      ...xml.matchAll(/<ram:SpecifiedTradeAllowanceCharge>([\s\S]*?)<\/ram:SpecifiedTradeAllowanceCharge>/g),
    ];
    expect(allowances).toHaveLength(4);
    expect(allowances[0]?.[1]).toContain('<ram:ActualAmount>15.00</ram:ActualAmount>');
    expect(xml).toContain('<ram:AllowanceTotalAmount>68.48</ram:AllowanceTotalAmount>');
  });

  test('exempt and untaxed cases state their legal reason, and the seller without VAT number its SIREN', () => {
    const exempt = makeDocument({
      lines: [{ label: 'Cours', quantity: 1000, unitPrice: 3000, vatCategory: 'E' }],
    });
    const xml = buildCii({ seller: { ...SELLER, vatNumber: null }, document: exempt });
    expect(xml).toContain('<ram:ExemptionReason>TVA non applicable, art. 293 B du CGI</ram:ExemptionReason>');
    expect(xml).toContain('<ram:ID schemeID="FC">123456789</ram:ID>');
    expect(xml).not.toContain('SpecifiedTradeSettlementPaymentMeans');
    expect(buildCii(source(CASES['intra-EU reverse charge']!))).toContain(
      '<ram:ExemptionReasonCode>VATEX-EU-AE</ram:ExemptionReasonCode>',
    );
  });

  test('an intra-community supply of goods states where the goods go (BR-IC-12)', async () => {
    const xml = buildCii(source(CASES['intra-EU supply of goods']!));
    expect(xml).toMatch(/<ram:ShipToTradeParty>[\s\S]*<ram:CountryID>IT<\/ram:CountryID>/);
    const invoice = await readBack(xml);
    expect(invoice.buyer.address).toEqual({ lines: ['Via Roma 1'], postcode: '20121', city: 'Milano', country: 'IT' });
  });

  test('VAT due date (BT-8): on payment for services, at invoicing on the debits option', () => {
    const services = CASES['exempt small business (art. 293 B)']!;
    const taxed = { ...services, lines: CASES['deposit invoice']!.lines, vat: CASES['deposit invoice']!.vat };
    expect(buildCii(source(taxed))).toContain('<ram:DueDateTypeCode>72</ram:DueDateTypeCode>');
    expect(buildUbl(source(taxed))).toContain('<cbc:DescriptionCode>432</cbc:DescriptionCode>');
    expect(buildCii(source({ ...taxed, vatOnDebits: true }))).toContain('<ram:DueDateTypeCode>5</ram:DueDateTypeCode>');
    expect(buildCii(source(services))).not.toContain('DueDateTypeCode');
  });

  test('the legal payment mentions follow the document language', () => {
    const xml = buildCii(source(CASES['export outside the EU']!));
    expect(xml).toContain('<ram:Description>Payment within 30 days. Late payment penalties: 12% per year');
    expect(xml).toContain('<ram:Content>Fixed compensation for recovery costs: €40.00</ram:Content>');
  });

  test('markup in a label is escaped', async () => {
    const d = makeDocument({ lines: [{ label: 'Vis <M6> & écrous "inox"', quantity: 1000, unitPrice: 100 }] });
    const invoice = await readBack(buildCii(source(d)));
    expect(invoice.lines[0]?.name).toBe('Vis <M6> & écrous "inox"');
  });
});

describe('UBL 2.1', () => {
  test.each(cases)('$name reads back with the same totals', async ({ document }) => {
    const xml = buildUbl(source(document));
    expect(xml).toContain(document.kind === 'credit_note' ? '<CreditNote xmlns=' : '<Invoice xmlns=');
    const invoice = await readBack(xml);
    expectSameInvoice(invoice, document);
    expect(invoice.syntax).toBe('UBL');
    expect(invoice.dueDate).toBe(document.kind === 'credit_note' ? null : document.dueDate);
  });
});

async function samplePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText('Facture FA-2026-00001', { x: 50, y: 780, size: 18, font });
  return pdf.save();
}

const tool = (name: string, args: string[]): string => execFileSync(name, args, { encoding: 'utf8' });

describe('Factur-X', () => {
  test('the PDF carries factur-x.xml, identical to the CII, and reads back with the same totals', async () => {
    const document = CASES['three rates with line and overall discounts']!;
    const file = await exportEInvoice(source(document), 'facturx', await samplePdf(), { now: NOW });
    expect(file.fileName).toBe('FA-2026-00001.pdf');
    expect(file.mimeType).toBe('application/pdf');
    const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
    expectSameInvoice(await readBack(bytes), document);

    const dir = mkdtempSync(path.join(tmpdir(), 'facturx-'));
    const pdfPath = path.join(dir, file.fileName);
    writeFileSync(pdfPath, bytes);
    expect(tool('pdfdetach', ['-list', pdfPath])).toMatch(/1 embedded files\s+1: factur-x\.xml/);
    const saved = path.join(dir, 'extracted.xml');
    tool('pdfdetach', ['-save', '1', '-o', saved, pdfPath]);
    expect(readFileSync(saved, 'utf8')).toBe(buildCii(source(document)));

    const info = tool('pdfinfo', [pdfPath]);
    expect(info).toMatch(/Title:\s+Facture FA-2026-00001/);
    expect(info).toMatch(/Author:\s+Atelier Coulisse SARL/);
    expect(info).toMatch(/Producer:\s+Coulisse/);
    const xmp = tool('pdfinfo', ['-meta', pdfPath]);
    for (const fragment of [
      '<pdfaid:part>3</pdfaid:part>',
      '<pdfaid:conformance>B</pdfaid:conformance>',
      '<fx:DocumentType>INVOICE</fx:DocumentType>',
      '<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>',
      '<fx:Version>1.0</fx:Version>',
      '<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>',
      '<xmp:CreateDate>2026-03-10T09:30:00Z</xmp:CreateDate>',
      '<rdf:li xml:lang="x-default">Facture FA-2026-00001</rdf:li>',
    ]) {
      expect(xmp).toContain(fragment);
    }
  });

  test('the catalog holds the associated file, the output intent and the metadata; the trailer an ID', async () => {
    const file = await exportEInvoice(source(CASES['credit note']!), 'facturx', await samplePdf(), { now: NOW });
    const bytes = Buffer.from(file.base64, 'base64');
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const af = pdf.catalog.lookup(PDFName.of('AF'), PDFArray);
    const spec = af.lookup(0, PDFDict);
    expect(spec.get(PDFName.of('AFRelationship'))).toBe(PDFName.of('Data'));
    const ef = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'), PDFStream);
    expect(String(ef.dict.get(PDFName.of('Subtype')))).toBe('/text#2Fxml');
    const intent = pdf.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    expect(pdf.catalog.get(PDFName.of('Metadata'))).toBeDefined();
    expect(pdf.getTitle()).toBe('Avoir AV-2026-00001');
    expect(bytes.toString('latin1')).toMatch(/\/ID \[ <[0-9a-f]{32}> <[0-9a-f]{32}> \]/);
  });

  test('the same invoice at the same instant gives the same file', async () => {
    const pdf = await samplePdf();
    const src = source(CASES['deposit invoice']!);
    const a = await exportEInvoice(src, 'facturx', pdf, { now: NOW });
    const b = await exportEInvoice(src, 'facturx', pdf, { now: NOW });
    expect(a.base64).toBe(b.base64);
  });
});

describe('export', () => {
  test('names the files after the document number', async () => {
    const src = source(CASES['credit note']!);
    const cii = await exportEInvoice(src, 'cii');
    const ubl = await exportEInvoice(src, 'ubl');
    expect([cii.fileName, cii.mimeType, ubl.fileName]).toEqual([
      'AV-2026-00001-cii.xml',
      'application/xml',
      'AV-2026-00001-ubl.xml',
    ]);
    expect(Buffer.from(cii.base64, 'base64').toString('utf8')).toBe(buildCii(src));
  });

  test('refuses drafts, quotes and credit notes without their invoice', async () => {
    const draft = { ...CASES['deposit invoice']!, status: 'draft' as const, number: null };
    const quote = { ...CASES['deposit invoice']!, kind: 'quote' as const };
    const orphan = { ...CASES['credit note']!, credited: null };
    for (const [document, key] of [
      [draft, 'errors.einvoiceNotExportable'],
      [quote, 'errors.einvoiceNotExportable'],
      [orphan, 'errors.einvoiceCreditedMissing'],
    ] as const) {
      await expect(exportEInvoice(source(document), 'cii')).rejects.toSatisfy(
        (e) => e instanceof AppError && e.code === 'VALIDATION' && e.messageKey === key,
      );
    }
  });
});

describe('billing address text', () => {
  test.each([
    ['Boulangerie Martin\n4 place du Marché\n75011 Paris\nFrance', ['4 place du Marché', null, '75011', 'Paris', 'FR']],
    ['Hauptstraße 5\nD-10115 Berlin\nAllemagne', ['Hauptstraße 5', null, '10115', 'Berlin', 'DE']],
    ['ZA des Prés\nBât. 3\n69100 Villeurbanne', ['ZA des Prés', 'Bât. 3', '69100', 'Villeurbanne', 'FR']],
    ['Rue Neuve 1\n1000 Bruxelles\nBE', ['Rue Neuve 1', null, '1000', 'Bruxelles', 'BE']],
    // The documents freeze the customer's address as line 1, line 2, "postcode city", ISO country.
    ['10 Downing Street\nSW1A 2AA London\nGB', ['10 Downing Street', null, 'SW1A 2AA', 'London', 'GB']],
    ['Damrak 1\n1012 LG Amsterdam\nNL', ['Damrak 1', null, '1012 LG', 'Amsterdam', 'NL']],
  ])('%j', (text, [line1, line2, postalCode, city, country]) => {
    expect(parseAddressText(text, { skipName: 'Boulangerie Martin' })).toEqual({
      line1,
      line2,
      line3: null,
      postalCode,
      city,
      country,
    });
  });

  test('without a country line the VAT number tells the country', () => {
    expect(parseAddressText('Odos 1\n10558 Athina', { vatNumber: 'EL123456789' }).country).toBe('GR');
  });
});

test('the bundled sRGB profile is resources/icc/sRGB.icc (scripts/generate-icc-module.ts writes it)', () => {
  const file = readFileSync(path.resolve(process.cwd(), 'resources/icc/sRGB.icc'));
  expect(Buffer.from(SRGB_ICC_BASE64, 'base64').equals(file)).toBe(true);
});
