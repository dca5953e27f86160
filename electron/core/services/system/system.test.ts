import { afterEach, beforeEach, expect, test } from 'vitest';
import { openTestCore, type TestCore } from '../../testing';
import { COMPANY, customer } from '../../testdata/fixtures';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.close();
});

test('system.app.info tells whether the file holds a company yet', async () => {
  const before = await t.call('system.app.info', {});
  expect(before).toMatchObject({ version: 'test', schemaVersion: 2, hasCompany: false, dbPath: t.dbPath });
  await t.call('admin.company.create', COMPANY);
  expect((await t.call('system.app.info', {})).hasCompany).toBe(true);
});

test('system.session.get describes the caller and its permissions', async () => {
  const s = await t.call('system.session.get', {});
  expect(s.login).toBe('admin');
  expect(s.permissions).toContain('parties.write');
});

test('system.search.query finds third parties by any word prefix, accents ignored', async () => {
  await t.call('admin.company.create', COMPANY);
  const p = await t.call('parties.party.create', customer({ name: 'Pâtisserie Élodie Lefèvre' }));
  await t.call('parties.party.create', customer({ name: 'Garage des Alpes', siren: null, siret: null }));
  const hits = (await t.call('system.search.query', { text: 'patis elo' })).hits;
  expect(hits).toEqual([
    { kind: 'party', id: p.id, title: 'Pâtisserie Élodie Lefèvre', subtitle: `${p.code} · 69002 Lyon` },
  ]);
  expect((await t.call('system.search.query', { text: '552100554' })).hits).toHaveLength(1);
  expect((await t.call('system.search.query', { text: 'claire' })).hits).toHaveLength(2);
  expect((await t.call('system.search.query', { text: '"*()' })).hits).toEqual([]);
  const noRead = { ...t.core.localSession(), permissions: new Set(['session']) };
  expect((await t.call('system.search.query', { text: 'garage' }, noRead)).hits).toEqual([]);
});
