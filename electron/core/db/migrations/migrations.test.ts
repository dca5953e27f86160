import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { APPLICATION_ID, kyselyFor, openSqlite } from '../connection';
import { migrate, schemaVersion } from '../migrate';
import { migration0001 } from './0001-company-audit';
import { migration0002 } from './0002-parties';
import { migration0003 } from './0003-identity';
import { migration0004 } from './0004-ledger';
import { migration0005 } from './0005-entries';
import { migration0006 } from './0006-bills';
import { auditLinkFields, GENESIS_HASH, linkHash } from '../chain';
import { LATEST_SCHEMA_VERSION, migrations } from './index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coulisse-mig-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function tables(sqlite: ReturnType<typeof openSqlite>): string[] {
  return (
    sqlite.prepare("select name from sqlite_schema where type in ('table') order by name").all() as { name: string }[]
  )
    .map((r) => r.name)
    .filter((n) => !n.startsWith('search_fts_'));
}

describe('migrations', () => {
  test('the list is consecutive from 1', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(migrations.length);
  });

  test('0001 creates the company and audit tables, strict', async () => {
    const path = join(dir, 'a.coulisse');
    const sqlite = openSqlite(path);
    const db = kyselyFor(sqlite);
    const report = await migrate(sqlite, db, path, { migrations: [migration0001] });
    expect(report).toEqual({ from: 0, to: 1, backupPath: null });
    expect(tables(sqlite)).toEqual(['audit_log', 'company']);
    expect(sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(() =>
      sqlite
        .prepare("insert into audit_log (at, user_id, user_login, route) values ('x', 'not a number', 'a', 'r')")
        .run(),
    ).toThrow();
    expect(() =>
      sqlite
        .prepare(
          "insert into company (id, legal_name, legal_form, siren, siret, address_line1, postal_code, city, country, fiscal_year_start, currency, created_at, updated_at) values (2, 1,1,1,1,1,1,1,1,1,'EUR',1,1)",
        )
        .run(),
    ).toThrow();
    await db.destroy();
  });

  test('0002 upgrades a file at version 1 holding data, after copying it', async () => {
    const path = join(dir, 'b.coulisse');
    let sqlite = openSqlite(path);
    let db = kyselyFor(sqlite);
    await migrate(sqlite, db, path, { migrations: [migration0001] });
    sqlite
      .prepare(
        "insert into company values (1, 'X', 'SAS', '732829320', '73282932000074', null, 'a', null, '69002', 'Lyon', 'FR', null, null, '01-01', 'EUR', null, 't', 't')",
      )
      .run();
    await db.destroy();

    sqlite = openSqlite(path);
    db = kyselyFor(sqlite);
    const report = await migrate(sqlite, db, path, {
      migrations: [migration0001, migration0002],
      now: new Date('2026-03-04T05:06:07Z'),
    });
    expect(report.from).toBe(1);
    expect(report.to).toBe(2);
    expect(report.backupPath).toBe(`${path}.v1-before-v2-20260304T050607.bak`);
    expect(existsSync(report.backupPath!)).toBe(true);
    expect(tables(sqlite)).toEqual([
      'audit_log',
      'company',
      'party',
      'party_address',
      'party_contact',
      'search_doc',
      'search_fts',
    ]);
    expect(sqlite.prepare('select legal_name from company').get()).toEqual({ legal_name: 'X' });
    const plan = sqlite
      .prepare('explain query plan select id from party where archived = 0 order by updated_at, id limit 50')
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toContain('party_updated');
    await db.destroy();

    const copy = openSqlite(report.backupPath!, { readonly: true });
    expect(schemaVersion(copy)).toBe(1);
    copy.close();
  });

  test('0003 adds users and roles, and chains the audit rows already written', async () => {
    const path = join(dir, 'd.coulisse');
    let sqlite = openSqlite(path);
    let db = kyselyFor(sqlite);
    await migrate(sqlite, db, path, { migrations: [migration0001, migration0002] });
    const insert = sqlite.prepare(
      "insert into audit_log (at, user_id, user_login, route, entity_type, entity_id, before_json, after_json) values (?, 1, 'admin', ?, 'party', ?, null, ?)",
    );
    insert.run('2026-01-01T00:00:00.000Z', 'parties.party.create', 1, '{"name":"A"}');
    insert.run('2026-01-02T00:00:00.000Z', 'parties.party.update', 1, '{"name":"B"}');
    await db.destroy();

    sqlite = openSqlite(path);
    db = kyselyFor(sqlite);
    const report = await migrate(sqlite, db, path, { migrations: [migration0001, migration0002, migration0003] });
    expect(report).toMatchObject({ from: 2, to: 3 });
    expect(tables(sqlite)).toEqual(
      expect.arrayContaining(['app_user', 'role', 'role_permission', 'setting', 'chain_verification']),
    );
    const rows = sqlite.prepare('select * from audit_log order by id').all() as (Parameters<
      typeof auditLinkFields
    >[0] & {
      prev_hash: string;
      hash: string;
    })[];
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    for (const r of rows) expect(r.hash).toBe(linkHash(r.prev_hash, auditLinkFields(r)));
    expect(() =>
      sqlite
        .prepare(
          "insert into app_user (login, display_name, role_id, password_hash, password_salt, password_params, created_at, updated_at) values ('x', 'x', 999, 'h', 's', 'p', 't', 't')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    await db.destroy();
  });

  test('0004 adds the ledger tables, strict, and the account list reads its indexes', async () => {
    const path = join(dir, 'e.coulisse');
    const sqlite = openSqlite(path);
    const db = kyselyFor(sqlite);
    await migrate(sqlite, db, path, { migrations: [migration0001, migration0002, migration0003] });
    const report = await migrate(sqlite, db, path, {
      migrations: [migration0001, migration0002, migration0003, migration0004],
    });
    expect(report).toMatchObject({ from: 3, to: 4 });
    expect(tables(sqlite)).toEqual(expect.arrayContaining(['account', 'journal', 'fiscal_year', 'period']));
    const strict = sqlite
      .prepare(
        "select name from pragma_table_list where name in ('account', 'journal', 'fiscal_year', 'period') and strict = 1",
      )
      .all();
    expect(strict).toHaveLength(4);
    const insert = sqlite.prepare(
      "insert into account (number, label, label_folded, class, type, normal_side, parent_number, is_pcg, active, created_at, updated_at) values (?, 'x', 'x', ?, 'balance-sheet', 'debit', null, 1, 1, 't', 't')",
    );
    insert.run('512', 5);
    expect(() => insert.run('512', 5)).toThrow(/UNIQUE/);
    expect(() => insert.run('51A', 5)).toThrow(/CHECK/);
    expect(() => insert.run('9000', 9)).toThrow(/CHECK/);
    expect(() =>
      sqlite
        .prepare(
          "insert into journal (code, label, kind, active, created_at, updated_at) values ('bq', 'x', 'bank', 1, 't', 't')",
        )
        .run(),
    ).toThrow(/CHECK/);
    sqlite.prepare("insert into fiscal_year (start_date, end_date) values ('2026-01-01', '2026-12-31')").run();
    const period = sqlite.prepare(
      "insert into period (fiscal_year_id, start_date, end_date) values (1, '2026-01-01', '2026-01-31')",
    );
    period.run();
    expect(() => period.run()).toThrow(/UNIQUE/);
    const plan = (sql: string) =>
      (sqlite.prepare(`explain query plan ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join();
    expect(plan('select * from account where active = 1 order by number limit 50')).toContain('account_active');
    expect(plan('select * from account where class = 6 order by number desc limit 50')).toContain('account_class');
    expect(plan("select * from account where number >= '512' and number < '512:' order by number")).toContain(
      'sqlite_autoindex_account',
    );
    expect(plan('select * from account where class = 6 and active = 1 order by number')).not.toContain('TEMP B-TREE');
    await db.destroy();
  });

  test('0005 adds entries whose rules hold in the schema itself, and the ledger reads its indexes', async () => {
    const path = join(dir, 'f.coulisse');
    const sqlite = openSqlite(path);
    const db = kyselyFor(sqlite);
    const upTo4 = [migration0001, migration0002, migration0003, migration0004];
    await migrate(sqlite, db, path, { migrations: upTo4 });
    const report = await migrate(sqlite, db, path, { migrations: [...upTo4, migration0005] });
    expect(report).toMatchObject({ from: 4, to: 5 });
    const names = ['aux_account', 'entry', 'entry_line', 'period_balance', 'entry_seal'];
    const strict = sqlite
      .prepare(`select name from pragma_table_list where name in (${names.map(() => '?').join()}) and strict = 1`)
      .all(...names);
    expect(strict).toHaveLength(5);
    sqlite.exec(`insert into account (id, number, label, label_folded, class, type, normal_side, is_pcg, created_at, updated_at)
      values (1, '512', 'b', 'b', 5, 'balance-sheet', 'debit', 1, 't', 't'), (2, '706', 'p', 'p', 7, 'income', 'credit', 1, 't', 't');
      insert into journal (id, code, label, kind, created_at, updated_at) values (1, 'VT', 'v', 'sales', 't', 't');
      insert into fiscal_year (id, start_date, end_date) values (1, '2026-01-01', '2026-12-31');
      insert into period (id, fiscal_year_id, start_date, end_date) values (1, 1, '2026-01-01', '2026-01-31');`);
    const entry =
      sqlite.prepare(`insert into entry (journal_id, fiscal_year_id, period_id, date, label, status, seq, number,
      total_debit, total_credit, created_at, updated_at) values (1, 1, 1, '2026-01-05', 'x', ?, ?, ?, ?, ?, 't', 't')`);
    // A validated entry has a number and balances; a draft has neither number nor sequence.
    expect(() => entry.run('validated', null, null, 10, 10)).toThrow(/CHECK/);
    expect(() => entry.run('validated', 1, 'VT-1', 10, 9)).toThrow(/CHECK/);
    expect(() => entry.run('draft', 1, null, 10, 9)).toThrow(/CHECK/);
    entry.run('validated', 1, 'VT-1', 10, 10);
    expect(() => entry.run('validated', 1, 'VT-2', 10, 10)).toThrow(/UNIQUE/);
    const line = sqlite.prepare(`insert into entry_line (entry_id, line_no, account_id, debit, credit, date, posted)
      values (1, ?, 1, ?, ?, '2026-01-05', 1)`);
    expect(() => line.run(1, 5, 5)).toThrow(/CHECK/);
    expect(() => line.run(1, 0, 0)).toThrow(/CHECK/);
    expect(() => line.run(1, -5, 0)).toThrow(/CHECK/);
    line.run(1, 10, 0);
    const plan = (sql: string) =>
      (sqlite.prepare(`explain query plan ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join();
    expect(
      plan(
        "select * from entry_line where account_id = 1 and posted = 1 and date between '2026-01-01' and '2026-01-31'",
      ),
    ).toContain('entry_line_account');
    expect(plan('select * from entry order by date desc, id desc limit 50')).toContain('entry_date');
    expect(plan("select * from entry where status = 'draft' order by date, id limit 50")).toContain('entry_status');
    await db.destroy();
  });

  test('0006 adds bills, their lines and VAT, and attachments, strict, with the list indexes', async () => {
    const path = join(dir, 'g.coulisse');
    const sqlite = openSqlite(path);
    const db = kyselyFor(sqlite);
    const before = migrations.filter((m) => m.version < 6);
    await migrate(sqlite, db, path, { migrations: before });
    const report = await migrate(sqlite, db, path, { migrations: [...before, migration0006] });
    expect(report).toMatchObject({ from: 5, to: 6 });
    const names = ['attachment', 'bill', 'bill_line', 'bill_vat'];
    expect(tables(sqlite)).toEqual(expect.arrayContaining(names));
    const strict = sqlite
      .prepare(`select name from pragma_table_list where name in (${names.map(() => '?').join()}) and strict = 1`)
      .all(...names);
    expect(strict).toHaveLength(4);
    sqlite
      .prepare(
        "insert into party (id, code, kind, name, name_folded, is_customer, is_supplier, archived, created_at, updated_at) values (1, 'T00001', 'company', 'F', 'f', 0, 1, 0, 't', 't')",
      )
      .run();
    const bill = sqlite.prepare(
      "insert into bill (party_id, kind, number, issue_date, currency, status, net_total, vat_total, gross_total, created_at, updated_at) values (1, 'invoice', ?, '2026-01-02', 'EUR', ?, 100, 20, 120, 't', 't')",
    );
    bill.run('F-1', 'draft');
    expect(() => bill.run('F-1', 'draft')).toThrow(/UNIQUE/);
    expect(() => bill.run('F-2', 'validated')).toThrow(/CHECK/);
    expect(() =>
      sqlite
        .prepare(
          "insert into attachment (owner_type, owner_id, file_name, mime_type, size, sha256, content, created_at) values ('bill', 1, 'a', 'b', 1, 'short', x'00', 't')",
        )
        .run(),
    ).toThrow(/CHECK/);
    const plan = (q: string) =>
      (sqlite.prepare(`explain query plan ${q}`).all() as { detail: string }[]).map((p) => p.detail).join();
    expect(plan("select * from bill where status = 'draft' order by issue_date limit 50")).toContain('bill_status');
    expect(plan('select * from bill where party_id = 1 order by issue_date limit 50')).toContain('bill_party');
    expect(plan('select * from bill order by gross_total desc limit 50')).toContain('bill_gross');
    await db.destroy();
  });

  test('a file from a newer Coulisse is refused with a clear error, untouched', async () => {
    const path = join(dir, 'c.coulisse');
    const sqlite = openSqlite(path);
    sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    const db = kyselyFor(sqlite);
    await expect(migrate(sqlite, db, path)).rejects.toMatchObject({
      code: 'SCHEMA_TOO_NEW',
      messageKey: 'errors.schemaTooNew',
    });
    expect(schemaVersion(sqlite)).toBe(LATEST_SCHEMA_VERSION + 1);
    await db.destroy();
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  test("another application's SQLite file is refused", async () => {
    const path = join(dir, 'other.sqlite');
    const sqlite = openSqlite(path);
    sqlite.exec('create table notes (id integer primary key, body text)');
    const db = kyselyFor(sqlite);
    await expect(migrate(sqlite, db, path)).rejects.toMatchObject({ messageKey: 'errors.notCoulisseFile' });
    await db.destroy();
  });
});
