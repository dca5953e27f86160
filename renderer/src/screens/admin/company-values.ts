import { type LEGAL_FORMS, type Company, type CompanyInput } from '../../../../shared/contract/admin';

export type LegalFormValue = (typeof LEGAL_FORMS)[number];

/** What the company form edits: every field a string, as inputs hold them. */
export interface CompanyFormValues {
  legalName: string;
  legalForm: LegalFormValue | '';
  siren: string;
  siret: string;
  vatNumber: string;
  addressLine1: string;
  addressLine2: string;
  postalCode: string;
  city: string;
  country: string;
  email: string;
  phone: string;
  fiscalYearStart: string;
  logo: string | null;
}

export const EMPTY_COMPANY: CompanyFormValues = {
  legalName: '',
  legalForm: '',
  siren: '',
  siret: '',
  vatNumber: '',
  addressLine1: '',
  addressLine2: '',
  postalCode: '',
  city: '',
  country: 'FR',
  email: '',
  phone: '',
  fiscalYearStart: '01-01',
  logo: null,
};

export function companyToValues(c: Company): CompanyFormValues {
  return {
    legalName: c.legalName,
    legalForm: c.legalForm,
    siren: c.siren,
    siret: c.siret,
    vatNumber: c.vatNumber ?? '',
    addressLine1: c.addressLine1,
    addressLine2: c.addressLine2 ?? '',
    postalCode: c.postalCode,
    city: c.city,
    country: c.country,
    email: c.email ?? '',
    phone: c.phone ?? '',
    fiscalYearStart: c.fiscalYearStart,
    logo: c.logo,
  };
}

/** The input the core receives; an empty required choice becomes "missing" so that it reads as required. */
export function valuesToCompanyInput(v: CompanyFormValues): CompanyInput {
  return {
    ...v,
    legalForm: (v.legalForm || undefined) as LegalFormValue,
    siren: (v.siren.trim() || undefined) as string,
    siret: (v.siret.trim() || undefined) as string,
    currency: 'EUR',
  };
}

export const LOGO_MAX_BYTES = 512 * 1024;

export function daysInMonth(month: number): number {
  // The fiscal year starts on a day every year has: February stops at 28.
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}

export function splitMonthDay(value: string): { month: number; day: number } {
  const m = /^(\d{2})-(\d{2})$/.exec(value);
  return m ? { month: Number(m[1]), day: Number(m[2]) } : { month: 1, day: 1 };
}

export function joinMonthDay(month: number, day: number): string {
  const d = Math.min(day, daysInMonth(month));
  return `${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
