import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { inServiceTransaction, openCompany, type TestCore } from '../../../testing';
import { generatedDrafts } from '../fec/generated-fec';
import { postEntry } from './ledger';
import { postEntries } from './ledger-batch';
import { ledgerDeps } from './posting';

const NOW = new Date('2026-03-15T10:00:00Z');
const cores: TestCore[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
});

function dump(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      entries: db.prepare('select * from entry order by id').all(),
      lines: db.prepare('select * from entry_line order by id').all(),
      balances: db.prepare('select * from period_balance order by period_id, account_id').all(),
      seals: db.prepare('select * from entry_seal order by id').all(),
    };
  } finally {
    db.close();
  }
}

test('the batch form writes exactly the rows posting entry by entry writes: numbers, lines, balances, seals', async () => {
  const drafts = generatedDrafts(400, 7).map((d) => ({ ...d, lines: [...d.lines] }));
  expect(drafts.length).toBeGreaterThan(80);
  const one = await openCompany({ now: () => NOW });
  const batch = await openCompany({ now: () => NOW });
  cores.push(one, batch);
  await inServiceTransaction(
    one,
    async (ctx) => {
      for (const d of drafts) await postEntry(ledgerDeps(ctx), d);
    },
    () => NOW,
  );
  await inServiceTransaction(
    batch,
    async (ctx) => postEntries(ledgerDeps(ctx), drafts),
    () => NOW,
  );
  const a = dump(one.dbPath);
  const b = dump(batch.dbPath);
  expect(a.entries.length).toBe(drafts.length);
  expect(b).toEqual(a);
});
