import { DecimalFormatError, decimalToCents, normalizeDecimal, percentToBasisPoints } from './decimal';
import { EInvoiceRefused, type EInvoiceProfile } from './types';

/** Cents from an amount text; `field` names the business term in the refusal. */
export function cents(value: string | null, field: string): number | null {
  if (value === null) return null;
  try {
    return decimalToCents(value);
  } catch (error) {
    if (error instanceof DecimalFormatError) throw new EInvoiceRefused('einvoice.invalidValue', { field, value });
    throw error;
  }
}

export function requiredCents(value: string | null, field: string): number {
  const result = cents(value, field);
  if (result === null) throw new EInvoiceRefused('einvoice.missingField', { field });
  return result;
}

export function basisPoints(value: string | null, field: string): number | null {
  if (value === null) return null;
  try {
    return percentToBasisPoints(value);
  } catch (error) {
    if (error instanceof DecimalFormatError) throw new EInvoiceRefused('einvoice.invalidValue', { field, value });
    throw error;
  }
}

export function decimalText(value: string | null, field: string): string | null {
  if (value === null) return null;
  try {
    return normalizeDecimal(value);
  } catch (error) {
    if (error instanceof DecimalFormatError) throw new EInvoiceRefused('einvoice.invalidValue', { field, value });
    throw error;
  }
}

export function required<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) throw new EInvoiceRefused('einvoice.missingField', { field });
  return value;
}

/** A calendar date as YYYY-MM-DD, from CII format 102 (YYYYMMDD) or ISO text (UBL); checks the day exists. */
export function isoDate(value: string | null, field: string): string | null {
  if (value === null) return null;
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  if (!match) throw new EInvoiceRefused('einvoice.invalidValue', { field, value });
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
    throw new EInvoiceRefused('einvoice.invalidValue', { field, value });
  }
  return `${year}-${month}-${day}`;
}

/** Identifier schemes (ISO 6523 ICD) that carry French company numbers. */
const SIREN_SCHEME = '0002';
const SIRET_SCHEME = '0009';

export interface CompanyNumbers {
  siren: string | null;
  siret: string | null;
}

/**
 * SIREN and SIRET from (scheme, value) identifiers. A 14-digit value under 0002 is taken as a SIRET:
 * some producers file the establishment number under the SIREN scheme.
 */
export function companyNumbers(ids: { scheme: string | null; value: string | null }[]): CompanyNumbers {
  let siren: string | null = null;
  let siret: string | null = null;
  for (const { scheme, value } of ids) {
    const digits = value?.replace(/\s/g, '') ?? '';
    if (scheme !== SIREN_SCHEME && scheme !== SIRET_SCHEME) continue;
    if (/^\d{14}$/.test(digits)) {
      siret ??= digits;
      siren ??= digits.slice(0, 9);
    } else if (/^\d{9}$/.test(digits)) {
      siren ??= digits;
    }
  }
  return { siren, siret };
}

/** The Factur-X profile a guideline identifier names; null for other specifications. */
export function profileOf(guideline: string | null): EInvoiceProfile | null {
  if (guideline === null) return null;
  const id = guideline.toLowerCase();
  if (id.includes('xrechnung')) return 'XRECHNUNG';
  if (id.includes('factur-x.eu:1p0:minimum')) return 'MINIMUM';
  if (id.includes('factur-x.eu:1p0:basicwl')) return 'BASICWL';
  if (id.includes('factur-x.eu:1p0:basic')) return 'BASIC';
  if (id.includes('factur-x.eu:1p0:extended') || id.includes('extended-ctc-fr')) return 'EXTENDED';
  if (id.startsWith('urn:cen.eu:en16931:2017') || id.includes('comfort')) return 'EN16931';
  return null;
}
