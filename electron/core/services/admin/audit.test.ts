import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RouteInput } from '../../../../shared/contract';
import { kyselyFor } from '../../db/connection';
import { openCompany, type TestCore } from '../../testing';
import { ADMIN, customer } from '../../testdata/fixtures';
import { auditRows } from './audit-query';

// One trail written over three days, by two people, read by every test below.
let clock = Date.parse('2025-03-10T09:00:00.000Z');
let t: TestCore;
let clerk: string;
let clerkId: number;
let partyA: number;
let partyB: number;

async function signIn(login: string, password: string): Promise<string> {
  return (await t.call('system.auth.login', { login, password }, null)).sessionToken;
}

beforeAll(async () => {
  t = await openCompany({ now: () => new Date(clock) });
  clerk = await t.signInAs('commercial', 'clerk');
  clerkId = (await t.call('admin.user.list', {})).rows.find((u) => u.login === 'clerk')!.id;
  // The last millisecond of a day and the first of the next one. Sessions lock overnight: sign in again.
  clock = Date.parse('2025-03-11T23:59:59.999Z');
  clerk = await signIn('clerk', 'the-own-password');
  partyA = (await t.call('parties.party.create', customer({ name: 'Client A', siren: null, siret: null }), clerk)).id;
  clock = Date.parse('2025-03-12T00:00:00.000Z');
  partyB = (await t.call('parties.party.create', customer({ name: 'Client B', siren: null, siret: null }), clerk)).id;
  t.token = await signIn(ADMIN.login, ADMIN.password);
  await t.call('parties.party.update', {
    id: partyA,
    party: customer({ name: 'Client A; "=1+1"', siren: null, siret: null }),
  });
  await t.call('parties.party.archive', { id: partyB });
  await t.call('admin.settings.update', { idleTimeoutMinutes: 30 });
});
afterAll(async () => {
  await t.close();
});

type Filter = RouteInput<'admin.audit.list'>;
async function list(filter: Filter) {
  const res = await t.call('admin.audit.list', { pageSize: 200, ...filter });
  return res.rows.map((r) => `${r.route} ${r.entityType ?? '-'}#${r.entityId ?? '-'} by ${r.userLogin}`);
}

describe('admin.audit.list', () => {
  test('newest first, every mutation with who, when, what', async () => {
    const res = await t.call('admin.audit.list', {});
    expect(res.total).toBe(res.rows.length);
    expect(res.rows.map((r) => r.id)).toEqual([...res.rows.map((r) => r.id)].sort((a, b) => b - a));
    expect(await list({})).toEqual([
      'admin.settings.update setting#- by admin',
      `parties.party.archive party#${partyB} by admin`,
      `parties.party.update party#${partyA} by admin`,
      'system.auth.login user#1 by admin',
      `parties.party.create party#${partyB} by clerk`,
      `parties.party.create party#${partyA} by clerk`,
      `system.auth.login user#${clerkId} by clerk`,
      `system.auth.changePassword user#${clerkId} by clerk`,
      `system.auth.login user#${clerkId} by clerk`,
      `admin.user.create user#${clerkId} by admin`,
      'system.auth.login user#1 by admin',
      // The first run is public: nobody is signed in yet.
      'admin.company.create user#1 by admin',
      'admin.company.create company#1 by admin',
    ]);
    const update = res.rows.find((r) => r.route === 'parties.party.update')!;
    expect(JSON.parse(update.before!).name).toBe('Client A');
    expect(JSON.parse(update.after!).name).toBe('Client A; "=1+1"');
    expect(update.at).toBe('2025-03-12T00:00:00.000Z');
  });

  test('pages', async () => {
    const all = await t.call('admin.audit.list', { pageSize: 200 });
    const p0 = await t.call('admin.audit.list', { pageSize: 4, page: 0 });
    const p2 = await t.call('admin.audit.list', { pageSize: 4, page: 2 });
    const past = await t.call('admin.audit.list', { pageSize: 4, page: 9 });
    expect(p0).toMatchObject({ total: all.total, page: 0, pageSize: 4 });
    expect(p0.rows).toEqual(all.rows.slice(0, 4));
    expect(p2.rows).toEqual(all.rows.slice(8, 12));
    expect(past).toMatchObject({ rows: [], total: all.total });
  });

  test('filters by user, route (exact or prefix), entity and dates', async () => {
    expect(await list({ userId: clerkId })).toEqual([
      `parties.party.create party#${partyB} by clerk`,
      `parties.party.create party#${partyA} by clerk`,
      `system.auth.login user#${clerkId} by clerk`,
      `system.auth.changePassword user#${clerkId} by clerk`,
      `system.auth.login user#${clerkId} by clerk`,
    ]);
    expect(await list({ route: 'parties.party.create' })).toHaveLength(2);
    expect(await list({ route: 'parties.' })).toHaveLength(4);
    expect(await list({ route: 'system.auth.' })).toHaveLength(5);
    expect(await list({ route: 'parties' })).toEqual([]);
    expect(await list({ route: 'parties.party' })).toEqual([]);
    expect(await list({ entityType: 'party', entityId: partyA })).toEqual([
      `parties.party.update party#${partyA} by admin`,
      `parties.party.create party#${partyA} by clerk`,
    ]);
    expect(await list({ entityType: 'user' })).toHaveLength(7);
    expect(await list({ userId: clerkId, route: 'parties.', entityId: partyB })).toEqual([
      `parties.party.create party#${partyB} by clerk`,
    ]);
  });

  test('dates are whole days, both ends included', async () => {
    expect(await list({ to: '2025-03-10' })).toHaveLength(6);
    expect(await list({ from: '2025-03-11', to: '2025-03-11' })).toEqual([
      `parties.party.create party#${partyA} by clerk`,
      `system.auth.login user#${clerkId} by clerk`,
    ]);
    expect(await list({ from: '2025-03-12' })).toHaveLength(5);
    expect(await list({ from: '2025-03-11' })).toHaveLength(7);
    expect(await list({ from: '2025-03-13' })).toEqual([]);
    expect(await list({ from: '2025-03-12', to: '2025-03-11' })).toEqual([]);
    // Month and year ends roll over.
    expect(await list({ to: '2025-02-28' })).toEqual([]);
    expect(await list({ from: '2024-12-31', to: '2025-12-31' })).toHaveLength(13);
    expect(await list({ from: '0001-01-01', to: '9999-12-31' })).toHaveLength(13);
  });

  test('malformed filters are refused field by field', async () => {
    const err = await t.fail('admin.audit.list', { from: '2025-02-30', userId: -1, pageSize: 1000 });
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.issues?.map((i) => i.path).sort()).toEqual(['from', 'pageSize', 'userId']);
  });

  test('each filter reads its own index', () => {
    const sqlite = new Database(t.dbPath, { readonly: true });
    const db = kyselyFor(sqlite);
    const plan = (f: Filter) => {
      const q = auditRows(db, f as never)
        .limit(50)
        .compile();
      const rows = sqlite.prepare(`explain query plan ${q.sql}`).all(...(q.parameters as unknown[])) as {
        detail: string;
      }[];
      return rows.map((r) => r.detail).join(' | ');
    };
    try {
      expect(plan({ userId: 2 })).toContain('USING INDEX audit_log_user');
      expect(plan({ route: 'parties.party.create' })).toContain('USING INDEX audit_log_route');
      expect(plan({ route: 'parties.' })).toContain('USING INDEX audit_log_route');
      expect(plan({ entityType: 'party', entityId: 3 })).toContain('USING INDEX audit_log_entity');
      expect(plan({ from: '2025-03-11', to: '2025-03-11' })).toContain('USING INDEX audit_log_at');
      expect(plan({})).toMatch(/^SCAN audit_log$/);
    } finally {
      sqlite.close();
    }
  });
});

describe('admin.audit.exportCsv', () => {
  test('the filtered trail as a French spreadsheet opens it', async () => {
    const res = await t.call('admin.audit.exportCsv', { route: 'parties.' });
    expect(res.fileName).toBe('journal-audit-2025-03-12.csv');
    expect(res.rows).toBe(4);
    expect(res.csv.startsWith('\ufeff')).toBe(true);
    expect(res.csv.endsWith('\r\n')).toBe(true);
    const lines = res.csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('N°;Date et heure (UTC);Utilisateur;Identifiant;Opération;Type;Élément;Avant;Après');
    const parsed = Papa.parse<string[]>(res.csv.slice(1).trimEnd(), { delimiter: ';', newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    const listed = await t.call('admin.audit.list', { route: 'parties.' });
    expect(parsed.data.slice(1)).toEqual(
      listed.rows.map((r) => [
        String(r.id),
        r.at,
        String(r.userId),
        r.userLogin,
        r.route,
        r.entityType ?? '',
        r.entityId === null ? '' : String(r.entityId),
        r.before ?? '',
        r.after ?? '',
      ]),
    );
  });

  test('in English, with every filter the list has', async () => {
    const res = await t.call('admin.audit.exportCsv', { locale: 'en', userId: clerkId, from: '2025-03-12' });
    expect(res.fileName).toBe('audit-trail-2025-03-12.csv');
    expect(res.rows).toBe(1);
    expect(res.csv.slice(1).split('\r\n')[0]).toBe(
      'No.;Time (UTC);User id;Login;Operation;Entity type;Entity id;Before;After',
    );
    const empty = await t.call('admin.audit.exportCsv', { from: '2030-01-01' });
    expect(empty.rows).toBe(0);
    expect(empty.csv.slice(1).trimEnd().split('\r\n')).toHaveLength(1);
  });

  test('is for those who may read the administration', async () => {
    expect((await t.fail('admin.audit.exportCsv', {}, clerk)).code).toBe('FORBIDDEN');
    expect((await t.fail('admin.audit.list', {}, clerk)).code).toBe('FORBIDDEN');
  });
});
