import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { verifyChains } from '../../../db/chain';
import { openCompany, type TestCore } from '../../../testing';
import { expectedTrialBalance, SAMPLE_FILES, sampleBytes } from './fec-samples';
import { readFec } from './read-fec';
import { trialBalance } from './trial-balance';

const NOW = new Date('2026-03-15T10:00:00Z');
const opened: TestCore[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.close();
});

async function company(): Promise<TestCore> {
  const t = await openCompany({ now: () => NOW });
  opened.push(t);
  return t;
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Coulisse's own trial balance: Σ debit and Σ credit of the posted lines, per account. */
function ledgerBalance(t: TestCore): Map<string, { debit: number; credit: number }> {
  const db = new Database(t.dbPath, { readonly: true });
  try {
    const rows = db
      .prepare(
        `select a.number, sum(l.debit) debit, sum(l.credit) credit
         from entry_line l join account a on a.id = l.account_id where l.posted = 1 group by a.number`,
      )
      .all() as { number: string; debit: number; credit: number }[];
    return new Map(rows.map((r) => [r.number, { debit: r.debit, credit: r.credit }]));
  } finally {
    db.close();
  }
}

/** Per account, debit minus credit: lines carrying both sides are netted by the ledger, the balance never moves. */
function balances(map: Map<string, { debit: number; credit: number }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [n, r] of map) if (r.debit !== r.credit) out[n] = r.debit - r.credit;
  return out;
}

describe('FEC import of the reference files', () => {
  for (const name of SAMPLE_FILES) {
    test(`${name}: the trial balance after import is the expected one, account by account`, async () => {
      const t = await company();
      const result = await t.call('accounting.fec.import', {
        fileName: name,
        contentBase64: base64(sampleBytes(name)),
      });
      expect(result.entries).toBeGreaterThan(0);
      const expected = expectedTrialBalance(name);
      const ledger = ledgerBalance(t);
      const want: Record<string, number> = {};
      for (const r of expected.rows) if (r.balance !== 0) want[r.compteNum] = r.balance;
      expect(balances(ledger)).toEqual(want);
      // Totals per side too, wherever the file never puts both sides on one line.
      for (const r of expected.rows) {
        const got = ledger.get(r.compteNum) ?? { debit: 0, credit: 0 };
        if (got.debit !== r.debit || got.credit !== r.credit) expect(got.debit - got.credit).toBe(r.balance);
      }
      const db = new Database(t.dbPath, { readonly: true });
      expect(verifyChains(db)).toMatchObject({ ok: true });
      db.close();
    });
  }

  test('a FEC exported by Coulisse imports into another company with the same trial balance', async () => {
    const name = SAMPLE_FILES[0]!;
    const first = await company();
    await first.call('accounting.fec.import', { fileName: name, contentBase64: base64(sampleBytes(name)) });
    const years = await first.call('accounting.year.list', {});
    const second = await company();
    for (const year of years) {
      const file = await first.call('accounting.fec.export', { fiscalYearId: year.id });
      if (file.lines === 0) continue;
      const bytes = Buffer.from(file.contentBase64, 'base64');
      const read = readFec(bytes, file.fileName);
      expect(read.ok).toBe(true);
      if (read.ok) expect(read.warnings).toEqual([]);
      await second.call('accounting.fec.import', { fileName: file.fileName, contentBase64: file.contentBase64 });
      expect(trialBalance(read.ok ? read.entries : []).length).toBeGreaterThan(0);
    }
    expect(ledgerBalance(second)).toEqual(ledgerBalance(first));
  });
});
