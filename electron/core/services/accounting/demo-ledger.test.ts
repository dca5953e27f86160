import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { openTestCore, type TestCore } from '../../testing';
import { ADMIN } from '../../testdata/fixtures';
import { verifyChains } from '../../db/chain';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

test('the demo company comes with a year of bookkeeping that balances, is matched, reconciled and sealed', async () => {
  t = await openTestCore({ now: () => new Date('2026-11-27T09:00:00Z') });
  await t.call('admin.company.createDemo', { seed: 1, admin: ADMIN }, null);
  t.token = (await t.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null)).sessionToken;
  // The bank and the books differ by exactly the lines still to match.
  const [account] = await t.call('accounting.bankaccount.list', {});
  const rec = await t.call('accounting.bankaccount.reconciliation', { id: account!.id, asOf: '2026-11-27' });
  expect(rec.openLines).toBeGreaterThan(0);
  expect(rec.difference).toBe(rec.openAmount);
  expect(rec.statementBalance).toBe(rec.ledgerBalance + rec.openAmount);
  const db = new Database(t.dbPath, { readonly: true });
  try {
    const one = <T>(q: string) => db.prepare(q).get() as T;
    expect(one<{ n: number }>(`select count(*) n from entry where status = 'validated'`).n).toBeGreaterThan(600);
    expect(one<{ n: number }>(`select count(*) n from entry where status = 'draft'`).n).toBe(0);
    // Every entry balances, and so does the whole ledger and its period balances.
    expect(
      db.prepare(`select entry_id from entry_line group by entry_id having sum(debit) <> sum(credit)`).all(),
    ).toEqual([]);
    expect(one<{ d: number }>(`select sum(debit) - sum(credit) d from period_balance`).d).toBe(0);
    // Nothing after today, everything inside the year.
    expect(one<{ d: string }>(`select max(date) d from entry`).d <= '2026-11-27').toBe(true);
    expect(one<{ d: string }>(`select min(date) d from entry`).d).toBe('2026-01-01');
    // Paid invoices are matched; some are still open, as in a real ledger.
    const receivables = db
      .prepare(
        `select count(*) n, sum(letter is null) open from entry_line l join account a on a.id = l.account_id
         where a.number = '411' and l.debit > 0`,
      )
      .get() as { n: number; open: number };
    expect(receivables.open).toBeGreaterThan(5);
    expect(receivables.open).toBeLessThan(receivables.n / 2);
    // Each letter balances on its account and third party.
    expect(
      db
        .prepare(
          `select letter from entry_line where letter is not null group by account_id, aux_account_id, letter
           having sum(debit) <> sum(credit)`,
        )
        .all(),
    ).toEqual([]);
    // A profitable but plausible year: revenue and a positive result below a third of it.
    const pnl = one<{ revenue: number; result: number }>(
      `select sum(case when a.class = 7 then l.credit - l.debit else 0 end) revenue,
              sum(case when a.class in (6, 7) then l.credit - l.debit else 0 end) result
       from entry_line l join account a on a.id = l.account_id`,
    );
    expect(pnl.revenue).toBeGreaterThan(20_000_000);
    expect(pnl.result).toBeGreaterThan(0);
    expect(pnl.result).toBeLessThan(pnl.revenue / 3);
    // Supplier invoices are bills, validated and posted; the bank lines come from monthly statements.
    expect(
      one<{ n: number }>(`select count(*) n from bill where status = 'validated' and entry_id is not null`).n,
    ).toBeGreaterThan(80);
    expect(one<{ n: number }>(`select count(*) n from bank_statement`).n).toBe(11);
    const lines = db.prepare(`select status, count(*) n from bank_line group by status order by status`).all();
    expect(lines).toEqual([
      { status: 'matched', n: expect.any(Number) },
      { status: 'open', n: expect.any(Number) },
    ]);
    // Every matched bank line has its entry on the bank's account, for the line's amount.
    expect(
      db
        .prepare(
          `select b.id from bank_line b join bank_account k on k.id = b.bank_account_id
           join entry_line l on l.entry_id = b.entry_id join account a on a.id = l.account_id and a.number = k.account_number
           where b.status = 'matched' and l.debit - l.credit <> b.amount`,
        )
        .all(),
    ).toEqual([]);
    expect(one<{ n: number }>(`select count(*) n from bank_line where status = 'matched' and entry_id is null`).n).toBe(
      0,
    );
    expect(verifyChains(db).ok).toBe(true);
  } finally {
    db.close();
  }
});

test('the journal entries sorted by journal come page after page in the order of the journals and their dates', async () => {
  t = await openTestCore({ now: () => new Date('2026-11-27T09:00:00Z') });
  await t.call('admin.company.createDemo', { seed: 1, admin: ADMIN }, null);
  t.token = (await t.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null)).sessionToken;
  const db = new Database(t.dbPath, { readonly: true });
  try {
    for (const dir of ['asc', 'desc'] as const) {
      const expected = (
        db
          .prepare(
            `select e.id from entry e join journal j on j.id = e.journal_id
             order by j.code ${dir}, e.date ${dir}, e.id ${dir}`,
          )
          .all() as { id: number }[]
      ).map((r) => r.id);
      expect(new Set(db.prepare('select journal_id from entry').pluck().all()).size).toBeGreaterThan(2);
      const got: number[] = [];
      for (let page = 0; ; page++) {
        const { rows, total } = await t.call('accounting.entry.list', { sort: 'journal', dir, page, pageSize: 37 });
        expect(total).toBe(expected.length);
        if (rows.length === 0) break;
        got.push(...rows.map((r) => r.id));
      }
      expect(got).toEqual(expected);
    }
  } finally {
    db.close();
  }
});
