import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  type AuditLinkRow,
  auditLinkFields,
  type ChainedTable,
  GENESIS_HASH,
  linkHash,
  verifyChains,
} from '../../db/chain';
import { openCompany, type TestCore } from '../../testing';
import { customer } from '../../testdata/fixtures';

describe('admin.chain routes', () => {
  let t: TestCore;
  let clock = Date.parse('2025-03-10T09:00:00.000Z');
  beforeEach(async () => {
    clock = Date.parse('2025-03-10T09:00:00.000Z');
    t = await openCompany({ now: () => new Date((clock += 1000)) });
    for (let i = 0; i < 5; i++) {
      await t.call('parties.party.create', customer({ name: `Client ${i}`, siren: null, siret: null }));
    }
  });
  afterEach(async () => {
    await t.close();
  });

  /** A second connection, as someone editing the file behind the app's back. */
  function behindTheBack(sql: string, ...params: unknown[]) {
    const sqlite = new Database(t.dbPath);
    sqlite.prepare(sql).run(...params);
    sqlite.close();
  }

  test('admin.chain.status counts the links and gives the head', async () => {
    const status = await t.call('admin.chain.status', {});
    const trail = await t.call('admin.audit.list', { pageSize: 1 });
    expect(status.links).toBe(trail.total);
    expect(status.head).toMatch(/^[0-9a-f]{64}$/);
    expect(status.lastVerification).toBeNull();
  });

  test('admin.chain.verify checks every link, records the verification and leaves an audit row', async () => {
    const before = await t.call('admin.chain.status', {});
    const report = await t.call('admin.chain.verify', {});
    expect(report).toEqual({ ok: true, checked: before.links, brokenAt: null, verifiedAt: expect.any(String) });
    const after = await t.call('admin.chain.status', {});
    expect(after.lastVerification).toEqual(report);
    expect(after.links).toBe(before.links + 1);
    expect(after.head).not.toBe(before.head);
    const [row] = (await t.call('admin.audit.list', { route: 'admin.chain.verify' })).rows;
    expect(row).toMatchObject({ entityType: 'chain_verification', entityId: 1 });
    expect(JSON.parse(row!.after!)).toEqual(report);
    // The verification's own row is a link like any other.
    expect((await t.call('admin.chain.verify', {})).checked).toBe(before.links + 1);
  });

  test('a row changed behind the app breaks its own hash', async () => {
    behindTheBack(`update audit_log set after_json = '{"name":"Someone else"}' where id = 6`);
    const report = await t.call('admin.chain.verify', {});
    expect(report).toMatchObject({ ok: false, checked: 5, brokenAt: { table: 'audit_log', id: 6, reason: 'hash' } });
    expect((await t.call('admin.chain.status', {})).lastVerification).toEqual(report);
  });

  test('a row removed breaks the next link', async () => {
    behindTheBack('delete from audit_log where id = 4');
    expect((await t.call('admin.chain.verify', {})).brokenAt).toEqual({ table: 'audit_log', id: 5, reason: 'link' });
  });

  test('a row rewritten with a recomputed hash breaks the link after it', async () => {
    const sqlite = new Database(t.dbPath);
    const row = sqlite.prepare('select * from audit_log where id = 6').get() as AuditLinkRow & { prev_hash: string };
    const hash = linkHash(row.prev_hash, auditLinkFields({ ...row, user_login: 'someone-else' }));
    sqlite.prepare('update audit_log set user_login = ?, hash = ? where id = 6').run('someone-else', hash);
    sqlite.close();
    expect((await t.call('admin.chain.verify', {})).brokenAt).toEqual({ table: 'audit_log', id: 7, reason: 'link' });
  });

  test('the chain is only read by those who may read the administration, verified by administrators', async () => {
    const direction = await t.signInAs('direction');
    expect((await t.call('admin.chain.status', {}, direction)).links).toBeGreaterThan(0);
    expect((await t.fail('admin.chain.verify', {}, direction)).code).toBe('FORBIDDEN');
  });
});

describe('verifyChains', () => {
  interface Doc {
    id: number;
    number: string;
    total: number;
  }
  const DOCS: ChainedTable = { name: 'doc', fields: (r: Doc) => [r.id, r.number, r.total] };
  const NOTES: ChainedTable = { name: 'note', fields: (r: Doc) => [r.id, r.number, r.total] };

  function chainedFile(rows: number): Database.Database {
    const sqlite = new Database(':memory:');
    for (const table of ['doc', 'note']) {
      sqlite.exec(
        `create table ${table} (id integer primary key, number text, total integer, prev_hash text, hash text)`,
      );
      let prev = GENESIS_HASH;
      for (let id = 1; id <= rows; id++) {
        const hash = linkHash(prev, [id, `F-${id}`, id * 100]);
        sqlite.prepare(`insert into ${table} values (?, ?, ?, ?, ?)`).run(id, `F-${id}`, id * 100, prev, hash);
        prev = hash;
      }
    }
    return sqlite;
  }

  test('a new chained table is one entry of the registry: every table is walked in id order', () => {
    const sqlite = chainedFile(50);
    expect(verifyChains(sqlite, [DOCS, NOTES])).toEqual({ ok: true, checked: 100, brokenAt: null });
    sqlite.prepare('update note set total = 1 where id = 20').run();
    expect(verifyChains(sqlite, [DOCS, NOTES])).toEqual({
      ok: false,
      checked: 69,
      brokenAt: { table: 'note', id: 20, reason: 'hash' },
    });
    // The first break wins, table by table.
    sqlite.prepare('delete from doc where id = 30').run();
    expect(verifyChains(sqlite, [DOCS, NOTES])).toMatchObject({ brokenAt: { table: 'doc', id: 31, reason: 'link' } });
    sqlite.close();
  });

  test('an empty chain is intact; a first row that does not start from the genesis is a broken link', () => {
    const sqlite = chainedFile(0);
    expect(verifyChains(sqlite, [DOCS])).toEqual({ ok: true, checked: 0, brokenAt: null });
    sqlite.prepare('insert into doc values (1, ?, 1, ?, ?)').run('F-1', 'f'.repeat(64), 'x');
    expect(verifyChains(sqlite, [DOCS]).brokenAt).toEqual({ table: 'doc', id: 1, reason: 'link' });
    sqlite.close();
  });

  test('an insertion in the middle breaks the link of the inserted row', () => {
    const sqlite = chainedFile(10);
    sqlite.prepare('update doc set id = id + 100 where id > 5').run();
    const prev = (sqlite.prepare('select hash from doc where id = 5').get() as { hash: string }).hash;
    const hash = linkHash(prev, [6, 'F-6b', 1]);
    sqlite.prepare('insert into doc values (6, ?, 1, ?, ?)').run('F-6b', prev, hash);
    expect(verifyChains(sqlite, [DOCS]).brokenAt).toEqual({ table: 'doc', id: 106, reason: 'link' });
    sqlite.close();
  });

  test('streams the rows: the connection is free again afterwards, even after a break', () => {
    const sqlite = chainedFile(5);
    sqlite.prepare('update doc set total = 0 where id = 2').run();
    expect(verifyChains(sqlite, [DOCS]).ok).toBe(false);
    expect(() => sqlite.prepare('update doc set total = 200 where id = 2').run()).not.toThrow();
    expect(verifyChains(sqlite, [DOCS]).ok).toBe(true);
    sqlite.close();
  });
});
