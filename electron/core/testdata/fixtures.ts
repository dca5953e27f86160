import type { CompanyInput } from '../../../shared/contract/admin';
import type { PartyInput } from '../../../shared/contract/parties';

export const COMPANY: CompanyInput = {
  legalName: 'Atelier Rivière SAS',
  legalForm: 'SAS',
  siren: '732829320',
  siret: '73282932000074',
  vatNumber: 'FR44732829320',
  addressLine1: '12 rue de la République',
  postalCode: '69002',
  city: 'Lyon',
  country: 'FR',
  email: 'contact@atelier-riviere.fr',
  phone: '04 72 12 34 56',
  fiscalYearStart: '01-01',
};

export const ADMIN = { login: 'admin', displayName: 'Claire Rivière', password: 'correct horse battery' };

export function customer(overrides: Partial<PartyInput> = {}): PartyInput {
  return {
    kind: 'company',
    name: 'Boulangerie Martin',
    isCustomer: true,
    isSupplier: false,
    siren: '552100554',
    siret: '55210055400013',
    email: 'compta@boulangerie-martin.fr',
    addresses: [{ kind: 'billing', line1: '3 place Bellecour', postalCode: '69002', city: 'Lyon', country: 'FR' }],
    contacts: [{ firstName: 'Claire', lastName: 'Martin', role: 'Gérante', email: 'claire@boulangerie-martin.fr' }],
    ...overrides,
  };
}
