import { randomId } from '@mantine/hooks';
import type { Party, PartyInput } from '../../../../shared/contract/parties';

type AddressKind = 'billing' | 'shipping' | 'other';

/** `key` only keeps React rows stable while lines are added and removed; it never reaches the core. */
export interface AddressValues {
  key: string;
  id?: number;
  kind: AddressKind;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface ContactValues {
  key: string;
  id?: number;
  firstName: string;
  lastName: string;
  role: string;
  email: string;
  phone: string;
}

export interface PartyFormValues {
  kind: 'company' | 'individual';
  name: string;
  isCustomer: boolean;
  isSupplier: boolean;
  siren: string;
  siret: string;
  vatNumber: string;
  email: string;
  phone: string;
  website: string;
  notes: string;
  addresses: AddressValues[];
  contacts: ContactValues[];
}

export function emptyAddress(kind: AddressKind = 'billing'): AddressValues {
  return { key: randomId(), kind, line1: '', line2: '', postalCode: '', city: '', country: 'FR' };
}

export function emptyContact(): ContactValues {
  return { key: randomId(), firstName: '', lastName: '', role: '', email: '', phone: '' };
}

export function newPartyValues(role: 'customer' | 'supplier' | 'all' = 'all'): PartyFormValues {
  return {
    kind: 'company',
    name: '',
    isCustomer: role !== 'supplier',
    isSupplier: role === 'supplier',
    siren: '',
    siret: '',
    vatNumber: '',
    email: '',
    phone: '',
    website: '',
    notes: '',
    addresses: [],
    contacts: [],
  };
}

export function partyToValues(p: Party): PartyFormValues {
  return {
    kind: p.kind,
    name: p.name,
    isCustomer: p.isCustomer,
    isSupplier: p.isSupplier,
    siren: p.siren ?? '',
    siret: p.siret ?? '',
    vatNumber: p.vatNumber ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
    website: p.website ?? '',
    notes: p.notes ?? '',
    addresses: p.addresses.map((a) => ({
      key: String(a.id),
      id: a.id,
      kind: a.kind,
      line1: a.line1,
      line2: a.line2 ?? '',
      postalCode: a.postalCode,
      city: a.city,
      country: a.country,
    })),
    contacts: p.contacts.map((c) => ({
      key: String(c.id),
      id: c.id,
      firstName: c.firstName ?? '',
      lastName: c.lastName,
      role: c.role ?? '',
      email: c.email ?? '',
      phone: c.phone ?? '',
    })),
  };
}

/** The core's input: same paths as the form (so issues map back field by field), without the row keys. */
export function valuesToPartyInput(v: PartyFormValues): PartyInput {
  // A private person has no company identifiers; the form hides them rather than losing what was typed.
  const ids = v.kind === 'individual' ? { siren: '', siret: '', vatNumber: '' } : {};
  return {
    ...v,
    ...ids,
    addresses: v.addresses.map(({ key: _key, id, ...a }) => (id === undefined ? a : { id, ...a })),
    contacts: v.contacts.map(({ key: _key, id, ...c }) => (id === undefined ? c : { id, ...c })),
  };
}
