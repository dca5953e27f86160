import { afterEach, beforeEach, expect, test } from 'vitest';
import { openTestCore, type TestCore } from '../../testing';
import { ADMIN, COMPANY } from '../../testdata/fixtures';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.close();
});

async function signIn() {
  t.token = (await t.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null)).sessionToken;
}

test('admin.company.create stores the company once with its first administrator; admin.company.get reads it back', async () => {
  expect(await t.call('admin.company.get', {}, null)).toBeNull();
  const c = await t.call(
    'admin.company.create',
    { company: { ...COMPANY, siren: '732 829 320', vatNumber: 'fr 44 732829320' }, admin: ADMIN },
    null,
  );
  expect(c).toMatchObject({
    legalName: 'Atelier Rivière SAS',
    siren: '732829320',
    vatNumber: 'FR44732829320',
    currency: 'EUR',
  });
  expect(await t.call('admin.company.get', {}, null)).toEqual(c);
  const again = await t.fail('admin.company.create', { company: COMPANY, admin: { ...ADMIN, login: 'other' } }, null);
  expect(again).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.companyExists' });
  await signIn();
  expect((await t.call('system.session.get', {})).roleName).toBe('Administrateur');
});

test('identifiers are checked against each other; the administrator needs a real password', async () => {
  const err = await t.fail(
    'admin.company.create',
    {
      company: { ...COMPANY, siret: '55210055400013', vatNumber: 'FR40303265045' },
      admin: { ...ADMIN, password: 'short' },
    },
    null,
  );
  expect(err.details?.issues?.map((i) => `${i.path}:${i.messageKey}`)).toEqual([
    'company.siret:validation.siretNotSiren',
    'company.vatNumber:validation.vatNotSiren',
    'admin.password:validation.passwordTooShort',
  ]);
  const bad = await t.fail(
    'admin.company.create',
    {
      company: { ...COMPANY, siret: '73282932000075', logo: 'data:text/html;base64,AAAA' },
      admin: { ...ADMIN, login: 'A B' },
    },
    null,
  );
  expect(bad.details?.issues?.map((i) => i.path).sort()).toEqual(['admin.login', 'company.logo', 'company.siret']);
  expect(await t.call('admin.company.get', {}, null)).toBeNull();
});

test('admin.company.update changes the company and keeps its creation date', async () => {
  const c = await t.call('admin.company.create', { company: COMPANY, admin: ADMIN }, null);
  expect((await t.fail('admin.company.update', COMPANY, null)).code).toBe('UNAUTHENTICATED');
  await signIn();
  const logo = 'data:image/png;base64,iVBORw0KGgo=';
  const u = await t.call('admin.company.update', { ...COMPANY, city: 'Villeurbanne', postalCode: '69100', logo });
  expect(u).toMatchObject({ city: 'Villeurbanne', logo, createdAt: c.createdAt });
});

test('admin.company.createDemo fills a realistic company, its staff and its third parties', async () => {
  const c = await t.call('admin.company.createDemo', { seed: 1, admin: ADMIN }, null);
  expect(c.legalName.length).toBeGreaterThan(3);
  await signIn();
  const customers = await t.call('parties.party.list', { role: 'customer', pageSize: 1 });
  const suppliers = await t.call('parties.party.list', { role: 'supplier', pageSize: 1 });
  expect(customers.total).toBeGreaterThanOrEqual(200);
  expect(suppliers.total).toBeGreaterThanOrEqual(50);
  const sales = await t.call('system.auth.login', { login: 'commercial', password: ADMIN.password }, null);
  expect(sales.session.roleName).toBe('Commercial');
  expect((await t.fail('admin.company.createDemo', { admin: ADMIN }, null)).messageKey).toBe('errors.companyExists');
});
