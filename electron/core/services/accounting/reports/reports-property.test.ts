import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openCompany, type TestCore } from '../../../testing';

// Reports against the plain ledger, on random postings over two fiscal years.

const NOW = new Date('2026-03-15T10:00:00Z');
let t: TestCore;
let accounts: string[];

beforeAll(async () => {
  t = await openCompany({ now: () => NOW });
  await t.call('accounting.year.create', { startDate: '2027-01-01' });
  const db = new Database(t.dbPath, { readonly: true });
  accounts = (
    db.prepare(`select number from account where active = 1 and length(number) >= 3 order by number`).all() as {
      number: string;
    }[]
  ).map((r) => r.number);
  db.close();
});
afterAll(() => t.close());

const day = fc
  .integer({ min: 0, max: 729 })
  .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const range = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
const posting = fc.record({
  journal: fc.constantFrom('VT', 'AC', 'BQ', 'OD'),
  date: day,
  lines: fc.array(
    fc.record({ account: fc.nat(), amount: fc.integer({ min: 1, max: 9_000_000 }), debit: fc.boolean() }),
    {
      minLength: 1,
      maxLength: 5,
    },
  ),
});
type Sample = typeof posting extends fc.Arbitrary<infer T> ? T : never;

function entryOf(p: Sample) {
  const lines = p.lines.map((l) => ({
    accountNumber: accounts[l.account % accounts.length]!,
    debit: l.debit ? l.amount : 0,
    credit: l.debit ? 0 : l.amount,
  }));
  const diff = lines.reduce((s, l) => s + l.debit - l.credit, 0);
  if (diff !== 0) lines.push({ accountNumber: '471', debit: diff < 0 ? -diff : 0, credit: diff > 0 ? diff : 0 });
  if (lines.length < 2) lines.push({ accountNumber: '471', debit: 0, credit: 0 });
  return { journalCode: p.journal, date: p.date, label: 'Propriété', lines: lines.filter((l) => l.debit || l.credit) };
}

async function postAll(postings: Sample[]) {
  for (const p of postings) {
    const entry = entryOf(p);
    if (entry.lines.length >= 2) await t.call('accounting.entry.post', entry);
  }
}

function plainTrialBalance(from: string, to: string, journalCode?: string) {
  const db = new Database(t.dbPath, { readonly: true });
  try {
    return (
      db
        .prepare(
          `select a.number as accountNumber, sum(l.debit) as debit, sum(l.credit) as credit
           from entry_line l join account a on a.id = l.account_id join entry e on e.id = l.entry_id
           join journal j on j.id = e.journal_id
           where l.posted = 1 and l.date between ? and ? and (? is null or j.code = ?)
           group by a.number order by a.number`,
        )
        .all(from, to, journalCode ?? null, journalCode ?? null) as {
        accountNumber: string;
        debit: number;
        credit: number;
      }[]
    ).map((r) => ({ ...r, balance: r.debit - r.credit }));
  } finally {
    db.close();
  }
}

describe('reports against the ledger (fast-check)', () => {
  test('the trial balance of any range, from period balances and end days, equals the sum over the lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(posting, { minLength: 1, maxLength: 6 }),
        fc.array(range, { minLength: 1, maxLength: 4 }),
        fc.option(fc.constantFrom('VT', 'AC', 'BQ', 'OD'), { nil: undefined }),
        async (postings, ranges, journalCode) => {
          await postAll(postings);
          for (const r of ranges) {
            const tb = await t.call('accounting.report.trialBalance', { ...r, journalCode });
            expect(tb.rows.map(({ accountLabel: _, ...row }) => row)).toEqual(
              plainTrialBalance(r.from, r.to, journalCode),
            );
            expect(tb.totals.balance).toBe(0);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  test('the balance sheet balances on any date, and the net result is classes 7 minus 6', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(posting, { minLength: 0, maxLength: 6 }), day, range, async (postings, asOf, r) => {
        await postAll(postings);
        const bs = await t.call('accounting.report.balanceSheet', { asOf });
        expect(bs.totalAssets).toBe(bs.totalLiabilities);
        const pnl = await t.call('accounting.report.incomeStatement', r);
        const plain = plainTrialBalance(r.from, r.to)
          .filter((x) => x.accountNumber[0] === '6' || x.accountNumber[0] === '7')
          .reduce((s, x) => s - x.balance, 0);
        expect(pnl.results.net).toBe(plain);
      }),
      { numRuns: 40 },
    );
  });

  test('the ledger of any range: opening plus lines make the closing, lines are those of the range', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(posting, { maxLength: 4 }), range, async (postings, r) => {
        await postAll(postings);
        const gl = await t.call('accounting.report.ledger', { ...r, limit: 200_000 });
        const tb = plainTrialBalance(r.from, r.to);
        for (const row of tb) {
          const a = gl.accounts.find((x) => x.accountNumber === row.accountNumber)!;
          expect([a.totalDebit, a.totalCredit]).toEqual([row.debit, row.credit]);
          expect(a.closing).toBe(a.opening + row.balance);
          expect(a.lines.at(-1)?.balance ?? a.opening).toBe(a.closing);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('a 2,000-entry ledger', () => {
  test('trial balances of periods, quarters and odd ranges equal plain SQL', async () => {
    const rand = fc.sample(posting, { numRuns: 2000, seed: 42 });
    for (const p of rand) await postAll([p]);
    const ranges = [
      { from: '2026-01-01', to: '2026-12-31' },
      { from: '2026-04-01', to: '2026-06-30' },
      { from: '2026-02-17', to: '2027-03-03' },
      { from: '2025-06-01', to: '2028-01-01' },
      { from: '2026-05-09', to: '2026-05-21' },
    ];
    for (const r of ranges) {
      const started = performance.now();
      const tb = await t.call('accounting.report.trialBalance', r);
      const ms = performance.now() - started;
      expect(tb.rows.map(({ accountLabel: _, ...row }) => row)).toEqual(plainTrialBalance(r.from, r.to));
      expect(ms).toBeLessThan(1000);
    }
  }, 120_000);
});
