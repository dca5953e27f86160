import { afterEach, beforeEach, expect, test } from 'vitest';
import { inServiceTransaction, openCompany, type TestCore } from '../../../testing';
import { auxByNumber, auxForParty } from './aux-accounts';

let t: TestCore;
beforeEach(async () => {
  t = await openCompany();
});
afterEach(async () => {
  await t.close();
});

async function customers(names: string[]) {
  const ids: number[] = [];
  for (const name of names)
    ids.push((await t.call('parties.party.create', { name, isCustomer: true, isSupplier: false })).id);
  await inServiceTransaction(t, async (ctx) => {
    for (const id of ids) await auxForParty(ctx.db, id, 'customer', 'now');
    await auxByNumber(ctx.db, 'CAFE01', 'Café de la Gare', '411000', 'now');
  });
}

test('auxiliary accounts are found by number or by name, accents and case aside', async () => {
  await customers(['Élodie Müller SARL', 'Dupont SA', 'Zeta']);
  const byName = await t.call('accounting.aux.list', { kind: 'customer', search: 'MULLER' });
  expect(byName.map((a) => a.label)).toEqual(['Élodie Müller SARL']);
  expect((await t.call('accounting.aux.list', { search: 'cafe' })).map((a) => a.number)).toEqual(['CAFE01']);
  expect((await t.call('accounting.aux.list', { search: 'cafe01' })).map((a) => a.number)).toEqual(['CAFE01']);
  // Wildcards typed by the user are taken literally.
  expect(await t.call('accounting.aux.list', { search: '%' })).toEqual([]);
});

test('pages of auxiliary accounts follow each other in number order', async () => {
  await customers(['Alpha', 'Beta', 'Gamma', 'Delta']);
  const all = (await t.call('accounting.aux.list', { kind: 'customer' })).map((a) => a.number);
  expect(all).toHaveLength(5);
  expect(all).toEqual([...all].sort());
  const first = await t.call('accounting.aux.list', { kind: 'customer', limit: 2 });
  const second = await t.call('accounting.aux.list', { kind: 'customer', limit: 2, after: first.at(-1)!.number });
  const third = await t.call('accounting.aux.list', { kind: 'customer', limit: 2, after: second.at(-1)!.number });
  expect([...first, ...second, ...third].map((a) => a.number)).toEqual(all);
  expect(await t.fail('accounting.aux.list', { limit: 501 })).toMatchObject({ code: 'VALIDATION' });
});
