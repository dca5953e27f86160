import { describe, expect, test } from 'vitest';
import { Party, PartyInput } from '../../../../shared/contract/parties';
import { emptyAddress, emptyContact, newPartyValues, partyToValues, valuesToPartyInput } from './party-values';

const party = Party.parse({
  id: 7,
  code: 'C00007',
  kind: 'company',
  name: 'Boulangerie Martin',
  isCustomer: true,
  isSupplier: false,
  siren: '732829320',
  siret: null,
  vatNumber: null,
  email: null,
  phone: '01 23 45 67 89',
  website: null,
  notes: null,
  archived: false,
  referenced: false,
  addresses: [
    {
      id: 3,
      kind: 'billing',
      line1: '2 place du Marché',
      line2: null,
      postalCode: '69001',
      city: 'Lyon',
      country: 'FR',
    },
  ],
  contacts: [{ id: 4, firstName: 'Anne', lastName: 'Martin', role: null, email: 'anne@example.fr', phone: null }],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
});

describe('party form values', () => {
  test('a saved party round-trips through the form into a valid input, keeping line ids', () => {
    const input = valuesToPartyInput(partyToValues(party));
    const parsed = PartyInput.parse(input);
    expect(parsed.addresses[0]).toMatchObject({ id: 3, city: 'Lyon' });
    expect(parsed.contacts[0]).toMatchObject({ id: 4, lastName: 'Martin', firstName: 'Anne' });
    expect(parsed.email).toBeNull();
  });

  test('row keys never reach the core, and new lines carry no id', () => {
    const values = { ...newPartyValues(), name: 'X', addresses: [emptyAddress()], contacts: [emptyContact()] };
    const input = valuesToPartyInput(values);
    expect(input.addresses?.[0]).not.toHaveProperty('key');
    expect(input.addresses?.[0]).not.toHaveProperty('id');
    expect(input.contacts?.[0]).not.toHaveProperty('key');
  });

  test('a private person is sent without company identifiers', () => {
    const values = { ...partyToValues(party), kind: 'individual' as const, siret: '73282932000074' };
    const input = valuesToPartyInput(values);
    expect(input).toMatchObject({ siren: '', siret: '', vatNumber: '' });
  });

  test('a new party opened from the suppliers list is a supplier', () => {
    expect(newPartyValues('supplier')).toMatchObject({ isCustomer: false, isSupplier: true });
    expect(newPartyValues()).toMatchObject({ isCustomer: true, isSupplier: false });
  });
});
