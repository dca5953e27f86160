import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import type { RouteName } from '../../shared/contract';
import { TEST_SCRYPT } from '../../electron/core/testing';
import { startCore } from '../../electron/core/host';
import { verifyChains } from '../../electron/core/db/chain';
import { kyselyFor, openSqlite } from '../../electron/core/db/connection';
import { ADMIN, COMPANY } from '../../electron/core/testdata/fixtures';
import { openBatchRunner, type Call } from './batch-calls';
import { GENERATION_NOW } from './build-company';
import { runCompanyScript, type Sizes } from './company-script';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const SIZES: Sizes = { parties: 30, products: 12, invoices: 72 };

/** A company file with the administrator signed in once, as both ways start. */
async function created() {
  const dir = mkdtempSync(join(tmpdir(), 'coulisse-bench-test-'));
  dirs.push(dir);
  const dbPath = join(dir, 'company.coulisse');
  const core = await startCore({
    dbPath,
    appVersion: 'bench',
    now: GENERATION_NOW,
    passwordParams: TEST_SCRYPT,
    log: () => {},
  });
  const made = await core.call('admin.company.create', { company: COMPANY, admin: ADMIN }, null);
  expect(made.ok).toBe(true);
  const login = await core.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null);
  if (!login.ok) throw new Error(login.error.code);
  return { dbPath, core, token: (login.data as { sessionToken: string }).sessionToken };
}

/** Every row of every table but SQLite's own, in rowid order. */
function dump(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const tables = (
      db.prepare(`select name from pragma_table_list where schema = 'main' and name not like 'sqlite_%'`).all() as {
        name: string;
      }[]
    )
      .map((t) => t.name)
      .sort();
    return Object.fromEntries(
      tables.map((t) => [t, db.prepare(`select * from "${t}"`).all() as Record<string, unknown>[]]),
    );
  } finally {
    db.close();
  }
}

/** What the search index answers for the words the generated records carry. */
function ftsMatches(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return [
      ...['martin', 'lyon', 'conseil', 'ecran', 'compta1*'].map(
        (word) =>
          db
            .prepare('select rowid from search_fts where search_fts match ? order by rowid')
            .pluck()
            .all(word) as number[],
      ),
      ...['"VT20"', '"Facture"', '"FA-"'].map(
        (piece) =>
          db
            .prepare('select rowid from entry_search where entry_search match ? order by rowid')
            .pluck()
            .all(piece) as number[],
      ),
    ];
  } finally {
    db.close();
  }
}

test('the batched calls write exactly the rows dispatch writes call by call, chains included', async () => {
  const one = await created();
  const reader = kyselyFor(openSqlite(one.dbPath));
  const call: Call = async (route: RouteName, input: unknown) => {
    const res = await one.core.call(route, input, one.token);
    if (!res.ok) throw new Error(`${route}: ${res.error.code} ${JSON.stringify(res.error.details)}`);
    return res.data as never;
  };
  const viaDispatch = await runCompanyScript((fn) => fn(call, reader), SIZES, 5);
  await reader.destroy();
  await one.core.close();

  const batched = await created();
  await batched.core.close();
  const runner = await openBatchRunner(batched.dbPath, 1, GENERATION_NOW);
  const viaBatch = await runCompanyScript((fn) => runner.batch(fn), SIZES, 5);
  await runner.close();

  expect(viaBatch).toEqual(viaDispatch);
  expect(viaDispatch.payments).toBeGreaterThan(30);
  expect(viaDispatch.bankLines).toBeGreaterThan(viaDispatch.payments);
  const a = dump(one.dbPath);
  const b = dump(batched.dbPath);
  // Each file's administrator has a password hashed with its own salt, and the migration stamps the backup
  // settings with the clock; nothing else may differ.
  for (const d of [a, b]) for (const u of d.app_user!) Object.assign(u, { password_hash: null, password_salt: null });
  for (const d of [a, b]) for (const s of d.backup_setting!) s.updated_at = null;
  expect(a.audit_log!.length).toBeGreaterThan(200);
  expect(a.sales_seal!.length).toBe(SIZES.invoices);
  expect(Object.keys(b)).toEqual(Object.keys(a));
  // FTS5 lays out its segments by commit, so its shadow tables differ; what a search finds is compared below.
  const shadow = /^(search_fts|entry_search)_/;
  for (const table of Object.keys(a).filter((t) => !shadow.test(t))) {
    expect({ table, rows: b[table] }).toEqual({ table, rows: a[table] });
  }
  expect(ftsMatches(batched.dbPath)).toEqual(ftsMatches(one.dbPath));
  for (const path of [one.dbPath, batched.dbPath]) {
    const db = new Database(path, { readonly: true });
    expect(verifyChains(db).ok).toBe(true);
    db.close();
  }
}, 60_000);
