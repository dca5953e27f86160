import { describe, expect, test } from 'vitest';
import { CompanyInput } from '../../../../shared/contract/admin';
import { PartyInput } from '../../../../shared/contract/parties';
import { frenchVatNumber, isValidSiren, isValidSiret, isValidVatNumber } from '../../../../shared/domain/identifiers';
import { generateDemoCompany, generateDemoParties } from './demo-data';
import { CITIES } from './demo-names';

const SEEDS = [0, 1, 42, 20_240_101];
const ASCII_EMAIL = /^[a-z0-9.-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/;
const FRENCH_PHONE = /^0[1-79]( \d{2}){4}$/;

describe('generateDemoCompany', () => {
  test.each(SEEDS)('seed %i gives a valid company of Lyon', (seed) => {
    const company = CompanyInput.parse(generateDemoCompany(seed));
    expect(company.legalForm).toBe('SAS');
    expect(company.city).toBe('Lyon');
    expect(company.postalCode).toMatch(/^6900\d$/);
    expect(company.fiscalYearStart).toBe('01-01');
    expect(company.logo).toBeNull();
    expect(isValidSiren(company.siren)).toBe(true);
    expect(isValidSiret(company.siret)).toBe(true);
    expect(company.siret.slice(0, 9)).toBe(company.siren);
    expect(company.vatNumber).toBe(frenchVatNumber(company.siren));
    expect(company.email).toMatch(ASCII_EMAIL);
    expect(company.phone).toMatch(FRENCH_PHONE);
  });

  test('is deterministic and depends on the seed', () => {
    expect(generateDemoCompany(7)).toEqual(generateDemoCompany(7));
    expect(generateDemoCompany(7)).not.toEqual(generateDemoCompany(8));
  });
});

describe('generateDemoParties', () => {
  const parties = generateDemoParties(1);

  test('every party passes the input schema', () => {
    for (const party of parties) {
      const result = PartyInput.safeParse(party);
      expect(result.success, `${party.name}: ${result.error?.message}`).toBe(true);
    }
  });

  test.each(SEEDS)('seed %i has at least 200 customers, 50 suppliers and some parties both', (seed) => {
    const list = generateDemoParties(seed);
    expect(list.filter((p) => p.isCustomer).length).toBeGreaterThanOrEqual(200);
    expect(list.filter((p) => p.isSupplier).length).toBeGreaterThanOrEqual(50);
    expect(list.filter((p) => p.isCustomer && p.isSupplier).length).toBeGreaterThan(0);
    expect(list.every((p) => p.isCustomer || p.isSupplier)).toBe(true);
  });

  test('mostly companies, with some individuals', () => {
    const individuals = parties.filter((p) => p.kind === 'individual');
    expect(individuals.length).toBeGreaterThan(0);
    expect(individuals.length).toBeLessThan(parties.length / 4);
    for (const person of individuals) {
      expect(person.name).toMatch(/^(Mme|M\.) \S+ \S+$/);
      expect(person.siren).toBeNull();
    }
  });

  test.each(SEEDS)('seed %i gives unique names and unique SIRENs', (seed) => {
    const list = generateDemoParties(seed);
    expect(new Set(list.map((p) => p.name)).size).toBe(list.length);
    const sirens = list.flatMap((p) => (p.siren ? [p.siren] : []));
    expect(new Set(sirens).size).toBe(sirens.length);
    expect(sirens).not.toContain(generateDemoCompany(seed).siren);
  });

  test('every company has a valid and consistent SIREN, SIRET and VAT number', () => {
    const companies = parties.filter((p) => p.kind === 'company');
    for (const party of companies) {
      const { siren, siret, vatNumber } = party;
      expect(siren && isValidSiren(siren), `${party.name} SIREN ${siren}`).toBe(true);
      expect(siret && isValidSiret(siret), `${party.name} SIRET ${siret}`).toBe(true);
      expect(siret?.slice(0, 9)).toBe(siren);
      if (vatNumber) {
        expect(isValidVatNumber(vatNumber)).toBe(true);
        expect(vatNumber).toBe(frenchVatNumber(siren ?? ''));
      }
    }
    expect(companies.filter((p) => p.vatNumber).length).toBeGreaterThan(companies.length / 2);
  });

  test('addresses have a real postal code and city', () => {
    const known = new Set(CITIES.map((c) => `${c.postalCode} ${c.city}`));
    expect(known.size).toBeGreaterThanOrEqual(60);
    for (const party of parties) {
      const addresses = party.addresses ?? [];
      expect(addresses.filter((a) => a.kind === 'billing')).toHaveLength(1);
      for (const address of addresses) {
        expect(address.postalCode).toMatch(/^\d{5}$/);
        expect(address.city.trim()).not.toBe('');
        expect(known.has(`${address.postalCode} ${address.city}`)).toBe(true);
        expect(address.line1).toMatch(/^\d+( bis)? \S/);
      }
    }
    expect(parties.some((p) => p.addresses?.some((a) => a.kind === 'shipping'))).toBe(true);
  });

  test('emails are lowercase ASCII and phones French', () => {
    const contacts = parties.flatMap((p) => p.contacts ?? []);
    expect(contacts.length).toBeGreaterThan(100);
    expect(parties.every((p) => (p.contacts?.length ?? 0) <= 3)).toBe(true);
    for (const item of [...parties, ...contacts]) {
      if (item.email) expect(item.email).toMatch(ASCII_EMAIL);
      if (item.phone) expect(item.phone).toMatch(FRENCH_PHONE);
    }
    expect(parties.some((p) => p.notes)).toBe(true);
  });

  test('is deterministic and depends on the seed', () => {
    expect(generateDemoParties(1)).toEqual(parties);
    expect(generateDemoParties(2)).not.toEqual(parties);
    expect(generateDemoParties(2).map((p) => p.name)).not.toEqual(parties.map((p) => p.name));
  });
});
