import { afterEach, beforeEach, expect, test } from 'vitest';
import { openTestCore, type TestCore } from '../../testing';
import { COMPANY } from '../../testdata/fixtures';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.close();
});

test('admin.company.create stores the company once; admin.company.get reads it back', async () => {
  expect(await t.call('admin.company.get', {})).toBeNull();
  const c = await t.call('admin.company.create', { ...COMPANY, siren: '732 829 320', vatNumber: 'fr 44 732829320' });
  expect(c).toMatchObject({
    legalName: 'Atelier Rivière SAS',
    siren: '732829320',
    vatNumber: 'FR44732829320',
    currency: 'EUR',
  });
  expect(await t.call('admin.company.get', {})).toEqual(c);
  const again = await t.fail('admin.company.create', COMPANY);
  expect(again).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.companyExists' });
});

test('identifiers are checked against each other', async () => {
  const err = await t.fail('admin.company.create', { ...COMPANY, siret: '55210055400013', vatNumber: 'FR40303265045' });
  expect(err.details?.issues?.map((i) => `${i.path}:${i.messageKey}`)).toEqual([
    'siret:validation.siretNotSiren',
    'vatNumber:validation.vatNotSiren',
  ]);
  const bad = await t.fail('admin.company.create', {
    ...COMPANY,
    siret: '73282932000075',
    logo: 'data:text/html;base64,AAAA',
  });
  expect(bad.details?.issues?.map((i) => i.path).sort()).toEqual(['logo', 'siret']);
  expect(await t.call('admin.company.get', {})).toBeNull();
});

test('admin.company.update changes the company and keeps its creation date', async () => {
  const c = await t.call('admin.company.create', COMPANY);
  const logo = 'data:image/png;base64,iVBORw0KGgo=';
  const u = await t.call('admin.company.update', { ...COMPANY, city: 'Villeurbanne', postalCode: '69100', logo });
  expect(u).toMatchObject({ city: 'Villeurbanne', logo, createdAt: c.createdAt });
});

test('admin.company.createDemo fills a realistic company with its third parties', async () => {
  const c = await t.call('admin.company.createDemo', { seed: 1 });
  expect(c.legalName.length).toBeGreaterThan(3);
  const customers = await t.call('parties.party.list', { role: 'customer', pageSize: 1 });
  const suppliers = await t.call('parties.party.list', { role: 'supplier', pageSize: 1 });
  expect(customers.total).toBeGreaterThanOrEqual(200);
  expect(suppliers.total).toBeGreaterThanOrEqual(50);
  expect((await t.fail('admin.company.createDemo', {})).messageKey).toBe('errors.companyExists');
});
