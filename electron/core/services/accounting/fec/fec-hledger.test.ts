// Oracle: hledger (Debian package, 1.25) reads the FEC Coulisse exports, turned into an hledger journal, and
// its balances must be Coulisse's own, account by account.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { openCompany, openTestCore, type TestCore } from '../../../testing';
import { ADMIN } from '../../../testdata/fixtures';
import { parseFecAmount } from './amount';
import { fecToHledgerJournal } from './fec-journal';
import { generatedDrafts } from './generated-fec';
import { readFec } from './read-fec';
import { trialBalance } from './trial-balance';

const HLEDGER = '/usr/bin/hledger';
const available = spawnSync(HLEDGER, ['--version'], { encoding: 'utf8' }).status === 0;
if (!available) console.warn(`hledger oracle skipped: ${HLEDGER} is not installed (Debian package hledger).`);

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function hledgerBalances(file: string): Record<string, number> {
  const run = spawnSync(HLEDGER, ['-f', file, 'bal', '--flat', '--no-total', '-O', 'csv'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`hledger failed: ${run.stderr}`);
  const out: Record<string, number> = {};
  for (const line of run.stdout.trim().split('\n').slice(1)) {
    const [account, amount] = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
    const cents = parseFecAmount(amount ?? '');
    if (account === undefined || cents === null) throw new Error(`unexpected hledger line: ${line}`);
    out[account] = cents;
  }
  return out;
}

test.skipIf(!available)(
  'hledger balances the exported FEC exactly as Coulisse does',
  async () => {
    t = await openCompany({ now: () => new Date('2026-03-15T10:00:00Z') });
    const drafts = generatedDrafts(1000, 42);
    expect(drafts.length).toBeGreaterThan(250);
    for (const d of drafts) {
      await t.call('accounting.entry.post', { ...d, reference: d.reference ?? undefined, lines: [...d.lines] });
    }
    const [year] = await t.call('accounting.year.list', {});
    const file = await t.call('accounting.fec.export', { fiscalYearId: year!.id });
    const read = readFec(Buffer.from(file.contentBase64, 'base64'), file.fileName);
    if (!read.ok) throw new Error(JSON.stringify(read.errors.slice(0, 3)));
    expect(read.entries).toHaveLength(drafts.length);

    const journal = join(t.dir, 'export.journal');
    writeFileSync(journal, fecToHledgerJournal(read.entries));
    const oracle = hledgerBalances(journal);

    // Coulisse's balances as its reports read them: the period balances kept at validation.
    const db = new Database(t.dbPath, { readonly: true });
    const rows = db
      .prepare(
        `select a.number, sum(b.debit - b.credit) balance from period_balance b join account a on a.id = b.account_id
       group by a.number having balance <> 0`,
      )
      .all() as { number: string; balance: number }[];
    db.close();
    const coulisse = Object.fromEntries(rows.map((r) => [r.number, r.balance]));
    expect(Object.keys(oracle).length).toBeGreaterThan(5);
    expect(oracle).toEqual(coulisse);
    // And the trial balance computed from the file itself.
    const fromFile = Object.fromEntries(
      trialBalance(read.entries)
        .filter((r) => r.balance !== 0)
        .map((r) => [r.compteNum, r.balance]),
    );
    expect(fromFile).toEqual(coulisse);
  },
  180_000,
);

test.skipIf(!available)(
  "hledger's trial balance of the demo company's exported FEC equals Coulisse's trial balance",
  async () => {
    t = await openTestCore({ now: () => new Date('2026-11-27T09:00:00Z') });
    await t.call('admin.company.createDemo', { seed: 1, admin: ADMIN }, null);
    t.token = (await t.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null)).sessionToken;
    const [year] = await t.call('accounting.year.list', {});
    const file = await t.call('accounting.fec.export', {
      fiscalYearId: year!.id,
      separator: 'pipe',
      encoding: 'iso-8859-15',
    });
    const read = readFec(Buffer.from(file.contentBase64, 'base64'), file.fileName);
    if (!read.ok) throw new Error(JSON.stringify(read.errors.slice(0, 3)));
    const journal = join(t.dir, 'demo.journal');
    writeFileSync(journal, fecToHledgerJournal(read.entries));
    const oracle = hledgerBalances(journal);
    const report = await t.call('accounting.report.trialBalance', { from: year!.startDate, to: year!.endDate });
    const coulisse = Object.fromEntries(
      report.rows.filter((r) => r.balance !== 0).map((r) => [r.accountNumber, r.balance]),
    );
    expect(Object.keys(coulisse).length).toBeGreaterThan(25);
    expect(oracle).toEqual(coulisse);
  },
  180_000,
);
