import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { decimalToCents } from './decimal';
import { parseEInvoice } from './parse';

// The public sample set lives beside the repository, in ../shared/samples (see its SOURCES.md).
const SAMPLES = path.resolve(process.cwd(), '../shared/samples/einvoice');
if (!existsSync(path.join(SAMPLES, 'EXPECTED.csv'))) {
  throw new Error(
    `E-invoice samples not found: expected ${SAMPLES}/EXPECTED.csv (run the tests from the repository root)`,
  );
}

type Row = Record<
  | 'file'
  | 'syntax'
  | 'id'
  | 'type_code'
  | 'issue_date'
  | 'currency'
  | 'lines'
  | 'total_ht'
  | 'total_tva'
  | 'total_ttc'
  | 'prepaid'
  | 'due'
  | 'xsd_facturx_1.09'
  | 'xsd_cii_d22b'
  | 'xsd_ubl_2.1',
  string
>;

const rows = Papa.parse<Row>(readFileSync(path.join(SAMPLES, 'EXPECTED.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

const XSD_COLUMNS = ['xsd_facturx_1.09', 'xsd_cii_d22b', 'xsd_ubl_2.1'] as const;

/** Valid when every schema the row was checked against accepted it. */
function schemaVerdict(row: Row): { valid: boolean; failed: string[] } {
  const checked = XSD_COLUMNS.filter((column) => row[column] !== '');
  const failed = checked.filter((column) => row[column] !== 'valid');
  return { valid: checked.length > 0 && failed.length === 0, failed };
}

/** Blank means the document states no amount: the parser reports 0. */
const centsOf = (value: string): number => (value === '' ? 0 : decimalToCents(value));
const isoOf = (value: string): string => value.replace(/^(\d{4})-?(\d{2})-?(\d{2})$/, '$1-$2-$3');

async function parseSample(relative: string) {
  const bytes = new Uint8Array(readFileSync(path.join(SAMPLES, relative)));
  return parseEInvoice(bytes, path.basename(relative));
}

/** The hybrid PDF a facturx-xml file was extracted from, when the sample set has it. */
function pdfOf(file: string): string | null {
  const pdf = file.replace(/^facturx-xml\//, 'facturx-pdf/').replace(/\.xml$/, '.pdf');
  return pdf !== file && existsSync(path.join(SAMPLES, pdf)) ? pdf : null;
}

const valid = rows.filter((row) => schemaVerdict(row).valid);
const invalid = rows.filter((row) => !schemaVerdict(row).valid);
const cases = valid.flatMap((row) => {
  const pdf = pdfOf(row.file);
  return [{ file: row.file, row }, ...(pdf ? [{ file: pdf, row }] : [])];
});

describe('e-invoice samples that their schemas accept', () => {
  test('the sample set is all there (EXPECTED.csv has 55 rows; SOURCES.md says 61)', () => {
    expect(rows.length).toBe(55);
    expect(cases.length).toBeGreaterThan(valid.length);
  });

  test.each(cases)('$file reads as EXPECTED.csv says', async ({ file, row }) => {
    const result = await parseSample(file);
    if (!result.ok) throw new Error(`${file} refused: ${result.reason} ${JSON.stringify(result.details)}`);
    const { invoice } = result;
    expect({
      id: invoice.number,
      typeCode: invoice.typeCode,
      issueDate: invoice.issueDate,
      currency: invoice.currency,
      lines: invoice.lines.length,
      ht: invoice.totals.taxBasisCents,
      tva: invoice.totals.vatCents,
      ttc: invoice.totals.grandTotalCents,
      prepaid: invoice.totals.prepaidCents,
      due: invoice.totals.dueCents,
    }).toEqual({
      id: row.id,
      typeCode: row.type_code,
      issueDate: isoOf(row.issue_date),
      currency: row.currency,
      lines: Number(row.lines),
      ht: centsOf(row.total_ht),
      tva: centsOf(row.total_tva),
      ttc: centsOf(row.total_ttc),
      prepaid: centsOf(row.prepaid),
      due: centsOf(row.due),
    });
    expect(invoice.syntax).toBe(row.syntax.startsWith('UBL') ? 'UBL' : 'CII');
    expect(result.source.container).toBe(file.endsWith('.pdf') ? 'PDF' : 'XML');
  });
});

/**
 * The files the Factur-X 1.09 schema rejects, each with the rule it breaks (SOURCES.md, checked with xmllint
 * and the schema text), and the refusal that rule maps to. Their PDFs carry the same XML.
 */
const NEGATIVE: Record<string, { why: string; details: Record<string, unknown> }> = {
  'negative/fnfe-v1_Avoir_FR_type380_MINIMUM': {
    why: 'MINIMUM carries no preceding-invoice reference (a credit note sent as a 380 invoice)',
    details: { profile: 'MINIMUM', element: 'InvoiceReferencedDocument' },
  },
  'negative/zugferd_2p0_EN16931_Rabatte': {
    why: 'a price discount without its mandatory ChargeIndicator',
    details: { element: 'ChargeIndicator' },
  },
};

describe('e-invoice samples that their schemas reject', () => {
  test('every schema-invalid row is a known negative sample', () => {
    expect(invalid.map((row) => row.file.replace(/\.xml$/, '')).sort()).toEqual(Object.keys(NEGATIVE).sort());
  });

  const negatives = Object.entries(NEGATIVE).flatMap(([stem, expected]) =>
    ['.xml', '.pdf'].map((extension) => ({ file: stem + extension, ...expected })),
  );
  test.each(negatives)('$file is refused as invalidStructure: $why', async ({ file, details }) => {
    const result = await parseSample(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('einvoice.invalidStructure');
    expect(result.details).toMatchObject(details);
  });
});
