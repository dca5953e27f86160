import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openCompany, openTestCore, type TestCore } from '../../testing';
import { ADMIN, COMPANY, customer } from '../../testdata/fixtures';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';

let t: TestCore;
afterEach(async () => {
  await t.close();
});

describe('app info', () => {
  beforeEach(async () => {
    t = await openTestCore();
  });

  test('system.app.info tells whether the file holds a company yet, before anyone signs in', async () => {
    const before = await t.call('system.app.info', {}, null);
    expect(before).toMatchObject({
      version: 'test',
      schemaVersion: LATEST_SCHEMA_VERSION,
      hasCompany: false,
      dbPath: t.dbPath,
    });
    await t.call('admin.company.create', { company: COMPANY, admin: ADMIN }, null);
    expect((await t.call('system.app.info', {}, null)).hasCompany).toBe(true);
  });
});

describe('signed in', () => {
  beforeEach(async () => {
    t = await openCompany();
  });

  test('system.session.get describes the caller, their role and permissions', async () => {
    const s = await t.call('system.session.get', {});
    expect(s).toMatchObject({
      login: 'admin',
      roleName: 'Administrateur',
      mustChangePassword: false,
      idleTimeoutMinutes: 15,
    });
    expect(s.permissions).toContain('parties.write');
    expect((await t.fail('system.session.get', {}, null)).code).toBe('UNAUTHENTICATED');
  });

  test('system.search.query finds third parties by any word prefix, accents ignored, for those who may read them', async () => {
    const p = await t.call('parties.party.create', customer({ name: 'Pâtisserie Élodie Lefèvre' }));
    await t.call('parties.party.create', customer({ name: 'Garage des Alpes', siren: null, siret: null }));
    const hits = (await t.call('system.search.query', { text: 'patis elo' })).hits;
    expect(hits).toEqual([
      { kind: 'party', id: p.id, title: 'Pâtisserie Élodie Lefèvre', subtitle: `${p.code} · 69002 Lyon` },
    ]);
    expect((await t.call('system.search.query', { text: '552100554' })).hits).toHaveLength(1);
    expect((await t.call('system.search.query', { text: 'claire' })).hits).toHaveLength(2);
    expect((await t.call('system.search.query', { text: '"*()' })).hits).toEqual([]);
    const hr = await t.signInAs('rh');
    expect((await t.call('system.search.query', { text: 'garage' }, hr)).hits).toEqual([]);
  });
});
