import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { kyselyFor, openSqlite } from '../connection';
import { migrate } from '../migrate';
import { migration0009 } from './0009-backups';
import { migrations } from './index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coulisse-mig-backups-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('the backups migration adds strict tables and one settings row with the defaults', async () => {
  const path = join(dir, 'backups.coulisse');
  const sqlite = openSqlite(path);
  const db = kyselyFor(sqlite);
  const before = migrations.filter((m) => m.version < migration0009.version);
  await migrate(sqlite, db, path, { migrations: before });
  const report = await migrate(sqlite, db, path, { migrations: [...before, migration0009] });
  expect(report).toMatchObject({ from: migration0009.version - 1, to: migration0009.version });
  const strict = sqlite
    .prepare(
      "select name from pragma_table_list where name in ('backup_setting', 'backup_run', 'backup_check') and strict = 1",
    )
    .all();
  expect(strict).toHaveLength(3);
  expect(sqlite.prepare('select * from backup_setting').all()).toEqual([
    expect.objectContaining({
      id: 1,
      auto_enabled: 1,
      folder: null,
      on_close: 1,
      interval_hours: 24,
      keep_daily: 7,
      keep_weekly: 4,
      keep_monthly: 12,
    }),
  ]);
  // A second settings row, or a successful run without its file, cannot be written.
  expect(() => sqlite.prepare("insert into backup_setting (id, updated_at) values (2, 'x')").run()).toThrow();
  expect(() =>
    sqlite
      .prepare(
        "insert into backup_run (kind, started_at, finished_at, status, duration_ms, encrypted) values ('auto', 'a', 'b', 'ok', 1, 0)",
      )
      .run(),
  ).toThrow(/CHECK/);
  await db.destroy();
});
