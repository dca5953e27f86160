import { z } from 'zod';
import {
  isValidSiren,
  isValidSiret,
  isValidVatNumber,
  normalizeDigits,
  normalizeVatNumber,
} from '../domain/identifiers';
import { CountryCode, Email, Phone, optionalText, requiredText } from '../domain/values';
import { route } from './route';

export const LEGAL_FORMS = [
  'EI',
  'EURL',
  'SARL',
  'SAS',
  'SASU',
  'SA',
  'SNC',
  'SCI',
  'SCOP',
  'ASSOCIATION',
  'AUTRE',
] as const;
export const LegalForm = z.enum(LEGAL_FORMS);

export const Siren = z.string().transform(normalizeDigits).refine(isValidSiren, { error: 'validation.siren' });
export const Siret = z.string().transform(normalizeDigits).refine(isValidSiret, { error: 'validation.siret' });
export const VatNumber = z
  .string()
  .transform(normalizeVatNumber)
  .refine(isValidVatNumber, { error: 'validation.vatNumber' });

export function optional<T extends z.ZodType<string, string>>(schema: T) {
  return z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .pipe(schema.nullable());
}

export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
/** The logo travels as a data URL; 512 KiB of image is plenty for a letterhead. */
export const Logo = z
  .string()
  .max(700_000, { error: 'validation.logoTooBig' })
  .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/, { error: 'validation.logo' });

const CompanyFields = z.object({
  legalName: requiredText(200),
  legalForm: LegalForm,
  siren: Siren,
  siret: Siret,
  vatNumber: optional(VatNumber),
  addressLine1: requiredText(200),
  addressLine2: optionalText(200),
  postalCode: requiredText(20),
  city: requiredText(100),
  country: CountryCode.default('FR'),
  email: Email,
  phone: Phone,
  /** Month and day the fiscal year starts, MM-DD. */
  fiscalYearStart: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'validation.fiscalYearStart' }),
  currency: z.literal('EUR').default('EUR'),
  logo: Logo.nullish().transform((v) => v ?? null),
});

/** Cross-field rules shared by the form and the core. */
export const CompanyInput = CompanyFields.strict().superRefine((c, ctx) => {
  if (c.siret.slice(0, 9) !== c.siren) {
    ctx.addIssue({ code: 'custom', path: ['siret'], message: 'validation.siretNotSiren' });
  }
  if (c.vatNumber?.startsWith('FR') && c.vatNumber.slice(4) !== c.siren) {
    ctx.addIssue({ code: 'custom', path: ['vatNumber'], message: 'validation.vatNotSiren' });
  }
});
export type CompanyInput = z.input<typeof CompanyInput>;

export const Company = z.object({
  legalName: z.string(),
  legalForm: LegalForm,
  siren: z.string(),
  siret: z.string(),
  vatNumber: z.string().nullable(),
  addressLine1: z.string(),
  addressLine2: z.string().nullable(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  fiscalYearStart: z.string(),
  currency: z.literal('EUR'),
  logo: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Company = z.infer<typeof Company>;

export const Login = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, { error: 'validation.login' });
/** Long enough to resist guessing on a stolen file; no composition rules, which only make people write them down. */
export const NewPassword = z
  .string()
  .min(10, { error: 'validation.passwordTooShort' })
  .max(200, { error: 'validation.tooLong' });

/** The first administrator, created with the company. */
export const FirstAdmin = z.object({ login: Login, displayName: requiredText(100), password: NewPassword }).strict();

export const admin = {
  'admin.company.get': route({
    kind: 'query',
    permission: 'session',
    public: true,
    input: z.object({}).strict(),
    output: Company.nullable(),
  }),
  // Public only while the file holds no company: the first run creates the company and its first administrator.
  'admin.company.create': route({
    kind: 'mutation',
    permission: 'admin.admin',
    public: true,
    input: z.object({ company: CompanyInput, admin: FirstAdmin }).strict(),
    output: Company,
  }),
  'admin.company.createDemo': route({
    kind: 'mutation',
    permission: 'admin.admin',
    public: true,
    input: z.object({ seed: z.number().int().min(0).default(1), admin: FirstAdmin }).strict(),
    output: Company,
  }),
  'admin.company.update': route({
    kind: 'mutation',
    permission: 'admin.admin',
    input: CompanyInput,
    output: Company,
  }),
} as const;
