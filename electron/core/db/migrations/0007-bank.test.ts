import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { kyselyFor, openSqlite } from '../connection';
import { migrate } from '../migrate';
import { migration0007 } from './0007-bank';
import { migrations } from './index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coulisse-mig-bank-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('the bank migration adds strict bank tables whose lists read their indexes', async () => {
  const path = join(dir, 'bank.coulisse');
  const sqlite = openSqlite(path);
  const db = kyselyFor(sqlite);
  const before = migrations.filter((m) => m.version < migration0007.version);
  await migrate(sqlite, db, path, { migrations: before });
  const report = await migrate(sqlite, db, path, { migrations: [...before, migration0007] });
  expect(report).toMatchObject({ from: migration0007.version - 1, to: migration0007.version });
  const strict = sqlite
    .prepare(
      "select name from pragma_table_list where name in ('bank_account', 'bank_statement', 'bank_line') and strict = 1",
    )
    .all();
  expect(strict).toHaveLength(3);
  const plan = (q: string) =>
    (sqlite.prepare(`explain query plan ${q}`).all() as { detail: string }[]).map((p) => p.detail).join();
  expect(plan("select * from bank_line where bank_account_id = 1 and status = 'open' order by date, id")).toContain(
    'bank_line_status',
  );
  expect(plan('select * from bank_line where bank_account_id = 1 order by date desc, id desc')).not.toContain(
    'TEMP B-TREE',
  );
  expect(
    plan('select l.id from entry_line as l where l.posted = 1 and l.letter is null and l.debit - l.credit = 144000'),
  ).toContain('entry_line_open_amount');
  await db.destroy();
});
