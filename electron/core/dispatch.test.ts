import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contract } from '../../shared/contract';
import { PERMISSIONS } from '../../shared/permissions';
import { handlers } from './services';
import { ANONYMOUS } from './session';
import { openCompany, type TestCore } from './testing';
import { customer } from './testdata/fixtures';

function testSources(dir: string): string {
  let out = '';
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out += testSources(p);
    else if (name.endsWith('.test.ts')) out += readFileSync(p, 'utf8');
  }
  return out;
}

describe('contract conformance', () => {
  const routes = Object.entries(contract);

  test('route names are <department>.<entity>.<verb>', () => {
    for (const [name] of routes) expect(name).toMatch(/^[a-z]+\.[a-z]+\.[a-z][A-Za-z]*$/);
  });

  test('every route has a handler, a known permission and a test that names it', () => {
    const sources = testSources(join(__dirname, '..'));
    for (const [name, def] of routes) {
      expect(typeof (handlers as Record<string, unknown>)[name], name).toBe('function');
      expect(PERMISSIONS, name).toContain(def.permission);
      expect(['query', 'mutation'], name).toContain(def.kind);
      expect(sources.includes(`'${name}'`), `no test names ${name}`).toBe(true);
    }
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });
});

describe('dispatch', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await openCompany();
  });
  afterEach(async () => {
    await t.close();
  });

  test('an unknown route is NOT_FOUND, a missing permission FORBIDDEN, no session UNAUTHENTICATED', async () => {
    expect((await t.fail('sales.nothing.here', {})).code).toBe('NOT_FOUND');
    const reader = await t.signInAs('lecture-seule');
    const err = await t.fail('parties.party.create', customer(), reader);
    expect(err).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' });
    expect((await t.fail('parties.party.list', {}, null)).code).toBe('UNAUTHENTICATED');
    expect((await t.fail('parties.party.list', {}, 'not-a-session')).code).toBe('UNAUTHENTICATED');
    // Public routes answer before anyone signs in.
    const res = await t.core.call('system.app.info', {}, null);
    expect(res.ok).toBe(true);
    expect(ANONYMOUS.permissions.size).toBe(0);
  });

  test('a malformed payload is VALIDATION with the field path, and nothing is written', async () => {
    const err = await t.fail('parties.party.create', { ...customer(), siren: '123456789', addresses: [{ line1: '' }] });
    expect(err.code).toBe('VALIDATION');
    const paths = err.details?.issues?.map((i) => `${i.path}:${i.messageKey}`);
    expect(paths).toContain('siren:validation.siren');
    expect(paths).toContain('addresses.0.line1:validation.required');
    expect(paths).toContain('addresses.0.postalCode:validation.required');
    const list = await t.call('parties.party.list', {});
    expect(list.total).toBe(0);
  });

  test('every mutation writes its audit row in the same transaction', async () => {
    const p = await t.call('parties.party.create', customer());
    await t.call('parties.party.update', { id: p.id, party: { ...customer(), name: 'Boulangerie Martin & Fils' } });
    const rows = t.core && (await import('better-sqlite3')).default;
    const db = new rows(t.dbPath, { readonly: true });
    const audit = db
      .prepare('select route, entity_type, entity_id, before_json, after_json from audit_log order by id')
      .all() as {
      route: string;
      entity_id: number | null;
      before_json: string | null;
      after_json: string | null;
    }[];
    db.close();
    expect(audit.map((a) => a.route)).toEqual([
      'admin.company.create',
      'admin.company.create',
      'system.auth.login',
      'parties.party.create',
      'parties.party.update',
    ]);
    expect(JSON.parse(audit[4]!.before_json!).name).toBe('Boulangerie Martin');
    expect(JSON.parse(audit[4]!.after_json!).name).toBe('Boulangerie Martin & Fils');
    // No password hash ever reaches the audit trail.
    expect(audit.some((a) => /password_(hash|salt)|"hash"|salt/.test(a.after_json ?? ''))).toBe(false);
  });

  test('a failing mutation rolls back everything it wrote, audit included', async () => {
    const p = await t.call('parties.party.create', customer());
    // The second address id belongs to nobody: the handler fails after updating the party row.
    const err = await t.fail('parties.party.update', {
      id: p.id,
      party: { ...customer(), name: 'Changed', addresses: [{ id: 999, line1: 'x', postalCode: '1', city: 'y' }] },
    });
    expect(err.code).toBe('NOT_FOUND');
    expect((await t.call('parties.party.get', { id: p.id })).name).toBe('Boulangerie Martin');
  });

  test('concurrent mutations are serialized and all land', async () => {
    const made = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.call('parties.party.create', customer({ name: `Client ${i}`, siren: null, siret: null })),
      ),
    );
    expect(new Set(made.map((m) => m.code)).size).toBe(30);
    expect((await t.call('parties.party.list', { pageSize: 100 })).total).toBe(30);
  });
});
