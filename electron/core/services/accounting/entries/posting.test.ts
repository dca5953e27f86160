import fc from 'fast-check';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { inServiceTransaction, openCompany, type TestCore } from '../../../testing';
import { customer } from '../../../testdata/fixtures';
import { post } from './posting';

const NOW = new Date('2026-03-15T10:00:00Z');

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('the posting module', () => {
  test('posts a document once, opens the third party its auxiliary account, and links both ways', async () => {
    t = await openCompany({ now: () => NOW });
    const party = await t.call('parties.party.create', customer());
    const posting = {
      journalCode: 'VT',
      date: '2026-03-02',
      label: 'Facture FA-1',
      reference: 'FA-1',
      source: { type: 'sales.invoice', id: 41 },
      lines: [
        {
          accountNumber: '411',
          party: { id: party.id, kind: 'customer' as const },
          debit: 2400,
          dueDate: '2026-04-01',
        },
        { accountNumber: '706', credit: 2000 },
        { accountNumber: '44571', credit: 400 },
      ],
    };
    const { result: first, audits } = await inServiceTransaction(
      t,
      (ctx) => post(ctx, posting),
      () => NOW,
    );
    expect(audits).toHaveLength(1);
    expect(first).toMatchObject({ created: true, number: 'VT2026-000001' });
    const { result: again } = await inServiceTransaction(
      t,
      (ctx) => post(ctx, posting),
      () => NOW,
    );
    expect(again).toEqual({ ...first, created: false });
    const entry = await t.call('accounting.entry.get', { id: first.entryId });
    expect(entry.source).toEqual({ type: 'sales.invoice', id: 41 });
    expect(entry.lines[0]).toMatchObject({ auxNumber: `C${party.code}`, auxLabel: party.name, dueDate: '2026-04-01' });
    const aux = await t.call('accounting.aux.list', { kind: 'customer' });
    expect(aux).toEqual([
      {
        id: entry.lines[0]!.auxAccountId,
        number: `C${party.code}`,
        label: party.name,
        kind: 'customer',
        controlNumber: '411',
        partyId: party.id,
      },
    ]);
    expect(await t.call('accounting.aux.list', { kind: 'supplier' })).toEqual([]);
  });
});

// Random streams of postings, checked against what the ledger must always be.
const ACCOUNTS = ['411', '401', '512', '606', '607', '613', '706', '707', '44566', '44571', '164', '2183'];
const line = fc.record({
  account: fc.constantFrom(...ACCOUNTS),
  amount: fc.integer({ min: 1, max: 5_000_000 }),
  side: fc.constantFrom('debit', 'credit'),
});
const posting = fc.record({
  journal: fc.constantFrom('VT', 'AC', 'BQ', 'OD'),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  lines: fc.array(line, { minLength: 1, maxLength: 6 }),
});

type PostingSample = typeof posting extends fc.Arbitrary<infer T> ? T : never;

/** Balances the generated lines with one counterpart on 471 (compte d'attente). */
function balanced(p: PostingSample) {
  const lines = p.lines.map((l) => ({
    accountNumber: l.account,
    debit: l.side === 'debit' ? l.amount : 0,
    credit: l.side === 'credit' ? l.amount : 0,
  }));
  const diff = lines.reduce((s, l) => s + l.debit - l.credit, 0);
  if (diff !== 0) lines.push({ accountNumber: '471', debit: diff < 0 ? -diff : 0, credit: diff > 0 ? diff : 0 });
  return {
    journalCode: p.journal,
    date: `2026-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`,
    label: 'Propriété',
    lines,
  };
}

function ledgerInvariants(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const unbalanced = db
      .prepare(
        `select e.id from entry e join entry_line l on l.entry_id = e.id where e.status = 'validated'
         group by e.id having sum(l.debit) <> sum(l.credit) or sum(l.debit) <> e.total_debit`,
      )
      .all();
    const trial = db.prepare(`select sum(debit) as d, sum(credit) as c from period_balance`).get() as {
      d: number | null;
      c: number | null;
    };
    const mismatch = db
      .prepare(
        `select * from (select period_id, account_id, sum(debit) d, sum(credit) c from entry_line l
           join entry e on e.id = l.entry_id where l.posted = 1 group by period_id, account_id) s
         full outer join period_balance b using (period_id, account_id)
         where s.d is not b.debit or s.c is not b.credit`,
      )
      .all();
    const gaps = db
      .prepare(
        `select journal_id, fiscal_year_id, count(*) n, max(seq) m from entry where status = 'validated'
         group by journal_id, fiscal_year_id having n <> m`,
      )
      .all();
    return { unbalanced, trialDiff: (trial.d ?? 0) - (trial.c ?? 0), mismatch, gaps };
  } finally {
    db.close();
  }
}

describe('ledger invariants (fast-check)', () => {
  test('any sequence of postings, drafts, reversals and locks keeps entries and balances right, numbers without gaps', async () => {
    t = await openCompany({ now: () => NOW });
    const core = t;
    const [year] = await core.call('accounting.year.list', {});
    const action = fc.oneof(
      { arbitrary: posting.map((p) => ({ kind: 'post' as const, p })), weight: 6 },
      { arbitrary: posting.map((p) => ({ kind: 'draft' as const, p })), weight: 2 },
      { arbitrary: fc.nat().map((n) => ({ kind: 'reverse' as const, n })), weight: 1 },
      { arbitrary: fc.integer({ min: 0, max: 11 }).map((m) => ({ kind: 'lock' as const, m })), weight: 1 },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
        for (const a of actions) {
          if (a.kind === 'post' || a.kind === 'draft') {
            const input = balanced(a.p);
            const period = year!.periods[a.p.month - 1]!;
            const locked = (await core.call('accounting.year.list', {}))[0]!.periods.find(
              (x) => x.id === period.id,
            )!.locked;
            const route = a.kind === 'post' ? 'accounting.entry.post' : 'accounting.entry.create';
            if (locked) expect((await core.fail(route, input)).code).toBe('LOCKED_PERIOD');
            else await core.call(route, input);
          } else if (a.kind === 'reverse') {
            const list = await core.call('accounting.entry.list', { status: 'validated', pageSize: 200 });
            const candidates = list.rows.filter((r) => r.reversalOf === null && r.reversedBy === null);
            const target = candidates[a.n % Math.max(candidates.length, 1)];
            if (target) {
              const res = await core
                .call('system.app.info', {})
                .then(() =>
                  core.fail('accounting.entry.reverse', { id: target.id, date: '2026-12-31' }).catch(() => null),
                );
              // Reversal succeeds unless December is locked.
              if (res && res.code !== 'LOCKED_PERIOD') throw new Error(JSON.stringify(res));
            }
          } else {
            const period = year!.periods[a.m]!;
            await core.call('accounting.period.lock', { id: period.id });
            await core.call('accounting.period.unlock', { id: period.id });
            if (a.m % 2 === 0) await core.call('accounting.period.lock', { id: period.id });
          }
        }
        const inv = ledgerInvariants(core.dbPath);
        expect(inv).toEqual({ unbalanced: [], trialDiff: 0, mismatch: [], gaps: [] });
      }),
      { numRuns: 40 },
    );
  });

  test('closing a year then opening the next keeps every balance-sheet balance', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(posting, { minLength: 1, maxLength: 15 }), async (postings) => {
        const core = await openCompany({ now: () => NOW });
        try {
          for (const p of postings) await core.call('accounting.entry.post', balanced(p));
          const [year] = await core.call('accounting.year.list', {});
          const closed = await core.call('accounting.year.close', { id: year!.id });
          const db = new Database(core.dbPath, { readonly: true });
          const balances = (yearId: number) =>
            db
              .prepare(
                `select a.number, sum(l.debit) - sum(l.credit) b from entry_line l join entry e on e.id = l.entry_id
                 join account a on a.id = l.account_id where e.fiscal_year_id = ? and a.type <> 'income'
                 group by a.number having b <> 0 order by a.number`,
              )
              .all(yearId) as { number: string; b: number }[];
          const before = balances(year!.id);
          const after = balances(closed.next.id);
          db.close();
          const result = closed.result;
          const expected = [...before];
          if (result !== 0) expected.push({ number: result > 0 ? '120' : '129', b: -result });
          expected.sort((x, y) => x.number.localeCompare(y.number));
          expect(after).toEqual(expected);
        } finally {
          await core.close();
        }
      }),
      { numRuns: 15 },
    );
  });
});
