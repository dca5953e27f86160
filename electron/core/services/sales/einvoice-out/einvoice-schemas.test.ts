import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCii } from './build-cii';
import { buildUbl } from './build-ubl';
import { CASES, SELLER } from './einvoice-fixtures';

// The official schemas live beside the repository, in ../shared/samples/einvoice/xsd (see its SOURCES.md).
const XSD = path.resolve(process.cwd(), '../shared/samples/einvoice/xsd');
const SCHEMAS = {
  facturx: path.join(XSD, 'facturx-1.09/EN16931/Factur-X_EN16931.xsd'),
  cii: path.join(XSD, 'cii-d16b-uncoupled/CrossIndustryInvoice_100pD16B.xsd'),
  ublInvoice: path.join(XSD, 'ubl-2.1/maindoc/UBL-Invoice-2.1.xsd'),
  ublCreditNote: path.join(XSD, 'ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd'),
};
for (const file of Object.values(SCHEMAS)) {
  if (!existsSync(file)) throw new Error(`Schema not found: ${file} (run the tests from the repository root)`);
}

/** xmllint's verdict; its messages when the document does not validate. */
function validate(xml: string, schema: string): string {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, '-'], { input: xml, stdio: 'pipe' });
    return 'valid';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

const src = (name: string) => ({ seller: SELLER, document: CASES[name]!, sellerIban: 'FR7630006000011234567890189' });
const names = Object.keys(CASES);

describe('the e-invoices written validate against the official schemas', () => {
  test.each(names)('%s: CII against the Factur-X 1.09 EN 16931 and the plain CII D16B schemas', (name) => {
    const xml = buildCii(src(name));
    expect(validate(xml, SCHEMAS.facturx)).toBe('valid');
    expect(validate(xml, SCHEMAS.cii)).toBe('valid');
  });

  test.each(names)('%s: UBL 2.1', (name) => {
    const credit = CASES[name]!.kind === 'credit_note';
    expect(validate(buildUbl(src(name)), credit ? SCHEMAS.ublCreditNote : SCHEMAS.ublInvoice)).toBe('valid');
  });

  test('a document out of order is refused (the check is real)', () => {
    const xml = buildCii(src(names[0]!)).replace('<ram:TypeCode>380</ram:TypeCode>', '');
    expect(validate(xml, SCHEMAS.facturx)).not.toBe('valid');
  });
});
