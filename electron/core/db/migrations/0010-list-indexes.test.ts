import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { kyselyFor, openSqlite } from '../connection';
import { migrate } from '../migrate';
import { migration0010 } from './0010-list-indexes';
import { migrations } from './index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coulisse-mig-list-indexes-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('the list indexes migration folds the labels of the auxiliary accounts already there', async () => {
  const path = join(dir, 'lists.coulisse');
  const sqlite = openSqlite(path);
  const db = kyselyFor(sqlite);
  const before = migrations.filter((m) => m.version < migration0010.version);
  await migrate(sqlite, db, path, { migrations: before });
  sqlite
    .prepare(
      "insert into aux_account (number, label, kind, control_number, created_at) values ('CELO', 'Élodie Müller SARL', 'customer', '411', 'x')",
    )
    .run();
  const report = await migrate(sqlite, db, path, { migrations: [...before, migration0010] });
  expect(report).toMatchObject({ from: migration0010.version - 1, to: migration0010.version });
  expect(sqlite.prepare('select label, label_folded from aux_account').all()).toEqual([
    { label: 'Élodie Müller SARL', label_folded: 'elodie muller sarl' },
  ]);
  const indexes = sqlite
    .prepare("select name from sqlite_schema where type = 'index' and name in (?, ?, ?, ?, ?) order by name")
    .pluck()
    .all(
      'aux_account_kind',
      'entry_journal_number',
      'entry_line_posted_date',
      'entry_line_third_party_date',
      'sales_document_kind_buyer',
    );
  expect(indexes).toEqual([
    'aux_account_kind',
    'entry_journal_number',
    'entry_line_posted_date',
    'entry_line_third_party_date',
    'sales_document_kind_buyer',
  ]);
  // The third parties' index now carries what the open-item totals add up.
  expect(sqlite.prepare("select name from pragma_index_info('entry_line_aux')").pluck().all()).toEqual([
    'aux_account_id',
    'posted',
    'date',
    'id',
    'letter',
    'debit',
    'credit',
  ]);
  await db.destroy();
});
