import { z } from 'zod';
import { listQuery, page } from '../domain/list';
import { CountryCode, Email, Id, Phone, optionalText, requiredText } from '../domain/values';
import { Siren, Siret, VatNumber, optional } from './admin';
import { route } from './route';

export const PartyKind = z.enum(['company', 'individual']);
export const AddressKind = z.enum(['billing', 'shipping', 'other']);

export const AddressInput = z
  .object({
    id: Id.optional(),
    kind: AddressKind.default('billing'),
    line1: requiredText(200),
    line2: optionalText(200),
    postalCode: requiredText(20),
    city: requiredText(100),
    country: CountryCode.default('FR'),
  })
  .strict();

export const ContactInput = z
  .object({
    id: Id.optional(),
    firstName: optionalText(100),
    lastName: requiredText(100),
    role: optionalText(100),
    email: Email,
    phone: Phone,
  })
  .strict();

export const PartyInput = z
  .object({
    kind: PartyKind.default('company'),
    name: requiredText(200),
    isCustomer: z.boolean(),
    isSupplier: z.boolean(),
    siren: optional(Siren),
    siret: optional(Siret),
    vatNumber: optional(VatNumber),
    email: Email,
    phone: Phone,
    website: optionalText(200),
    notes: optionalText(4000),
    addresses: z.array(AddressInput).max(20).default([]),
    contacts: z.array(ContactInput).max(50).default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (!p.isCustomer && !p.isSupplier) {
      ctx.addIssue({ code: 'custom', path: ['isCustomer'], message: 'validation.partyRole' });
    }
    if (p.siret && p.siren && p.siret.slice(0, 9) !== p.siren) {
      ctx.addIssue({ code: 'custom', path: ['siret'], message: 'validation.siretNotSiren' });
    }
    if (p.vatNumber?.startsWith('FR') && p.siren && p.vatNumber.slice(4) !== p.siren) {
      ctx.addIssue({ code: 'custom', path: ['vatNumber'], message: 'validation.vatNotSiren' });
    }
  });
export type PartyInput = z.input<typeof PartyInput>;

export const Address = z.object({
  id: Id,
  kind: AddressKind,
  line1: z.string(),
  line2: z.string().nullable(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
});
export type Address = z.infer<typeof Address>;

export const Contact = z.object({
  id: Id,
  firstName: z.string().nullable(),
  lastName: z.string(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type Contact = z.infer<typeof Contact>;

export const Party = z.object({
  id: Id,
  code: z.string(),
  kind: PartyKind,
  name: z.string(),
  isCustomer: z.boolean(),
  isSupplier: z.boolean(),
  siren: z.string().nullable(),
  siret: z.string().nullable(),
  vatNumber: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  notes: z.string().nullable(),
  archived: z.boolean(),
  /** Whether another document points at it: then it can be archived, never deleted. */
  referenced: z.boolean(),
  addresses: z.array(Address),
  contacts: z.array(Contact),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Party = z.infer<typeof Party>;

export const PartyRow = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  isCustomer: z.boolean(),
  isSupplier: z.boolean(),
  siren: z.string().nullable(),
  city: z.string().nullable(),
  postalCode: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  archived: z.boolean(),
  updatedAt: z.string(),
});
export type PartyRow = z.infer<typeof PartyRow>;

export const PARTY_SORTS = ['code', 'name', 'city', 'postalCode', 'updatedAt'] as const;
export const PartyRoleFilter = z.enum(['all', 'customer', 'supplier']);
export const PartyStatusFilter = z.enum(['active', 'archived', 'all']);

export const PartyListQuery = listQuery(PARTY_SORTS)
  .extend({
    role: PartyRoleFilter.default('all'),
    status: PartyStatusFilter.default('active'),
    city: z.string().trim().max(100).optional(),
  })
  .strict();
export type PartyListQuery = z.input<typeof PartyListQuery>;

export const parties = {
  'parties.party.list': route({
    kind: 'query',
    permission: 'parties.read',
    input: PartyListQuery,
    output: page(PartyRow),
  }),
  'parties.party.get': route({
    kind: 'query',
    permission: 'parties.read',
    input: z.object({ id: Id }).strict(),
    output: Party,
  }),
  'parties.party.exportCsv': route({
    kind: 'query',
    permission: 'parties.read',
    input: PartyListQuery.omit({ page: true, pageSize: true }).extend({ locale: z.enum(['fr', 'en']).default('fr') }),
    output: z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() }),
  }),
  'parties.party.create': route({
    kind: 'mutation',
    permission: 'parties.write',
    input: PartyInput,
    output: Party,
  }),
  'parties.party.update': route({
    kind: 'mutation',
    permission: 'parties.write',
    input: z.object({ id: Id, party: PartyInput }).strict(),
    output: Party,
  }),
  'parties.party.archive': route({
    kind: 'mutation',
    permission: 'parties.write',
    input: z.object({ id: Id }).strict(),
    output: Party,
  }),
  'parties.party.restore': route({
    kind: 'mutation',
    permission: 'parties.write',
    input: z.object({ id: Id }).strict(),
    output: Party,
  }),
  'parties.party.delete': route({
    kind: 'mutation',
    permission: 'parties.write',
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  }),
} as const;
