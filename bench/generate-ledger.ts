import type Database from 'better-sqlite3';
import { Dice } from '../electron/core/services/admin/demo-data';

// Fills a company file with a year of journal lines as fast as SQLite takes them: the same rows validation
// writes (entries, lines, period balances), without going through the services one entry at a time. Seals are
// left out: no report reads them.

const REVENUE = ['706', '707', '708'];
const EXPENSE = [
  '601',
  '606',
  '6061',
  '6063',
  '6064',
  '607',
  '613',
  '6132',
  '6226',
  '6251',
  '626',
  '627',
  '641',
  '645',
];

export interface GeneratedLedger {
  entries: number;
  lines: number;
  ms: number;
}

export function generateLedger(sqlite: Database.Database, targetLines: number, seed = 1): GeneratedLedger {
  const started = performance.now();
  const dice = new Dice(seed, 11);
  const accountId = new Map<string, number>(
    (sqlite.prepare('select id, number from account').all() as { id: number; number: string }[]).map((a) => [
      a.number,
      a.id,
    ]),
  );
  const id = (n: string) => {
    const v = accountId.get(n);
    if (v === undefined) throw new Error(`account ${n} missing`);
    return v;
  };
  const year = sqlite.prepare(`select id, start_date, end_date from fiscal_year order by start_date limit 1`).get() as {
    id: number;
    start_date: string;
    end_date: string;
  };
  const periods = sqlite
    .prepare('select id, start_date, end_date from period where fiscal_year_id = ? order by start_date')
    .all(year.id) as { id: number; start_date: string; end_date: string }[];
  const journals = new Map(
    (sqlite.prepare('select id, code from journal').all() as { id: number; code: string }[]).map((j) => [j.code, j.id]),
  );
  const insertEntry = sqlite.prepare(
    `insert into entry (id, journal_id, fiscal_year_id, period_id, date, label, reference, status, seq, number,
       validated_at, total_debit, total_credit, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, 'validated', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLine = sqlite.prepare(
    `insert into entry_line (entry_id, line_no, account_id, label, debit, credit, date, posted)
     values (?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const seqs = new Map<string, number>();
  const now = new Date().toISOString();
  let lines = 0;
  let entries = 0;
  const insertAll = sqlite.transaction(() => {
    for (let e = 1; lines < targetLines; e++) {
      // Entries of three lines, spread evenly over the year's periods in date order.
      const period = periods[Math.min(periods.length - 1, Math.floor(((e - 1) * 3 * periods.length) / targetLines))]!;
      const dayCount = Number(period.end_date.slice(8, 10));
      const date = `${period.start_date.slice(0, 8)}${String(dice.int(1, dayCount)).padStart(2, '0')}`;
      const sale = dice.chance(0.55);
      const journal = sale ? 'VT' : 'AC';
      const seq = (seqs.get(journal) ?? 0) + 1;
      seqs.set(journal, seq);
      const net = dice.int(1_000, 500_000);
      const vat = Math.round(net / 5);
      const n = `${journal}${year.end_date.slice(0, 4)}-${String(seq).padStart(6, '0')}`;
      insertEntry.run(
        e,
        journals.get(journal),
        year.id,
        period.id,
        date,
        n,
        n,
        seq,
        n,
        now,
        net + vat,
        net + vat,
        now,
        now,
      );
      if (sale) {
        insertLine.run(e, 1, id('411'), null, net + vat, 0, date);
        insertLine.run(e, 2, id(dice.pick(REVENUE)), null, 0, net, date);
        insertLine.run(e, 3, id('445711'), null, 0, vat, date);
      } else {
        insertLine.run(e, 1, id(dice.pick(EXPENSE)), null, net, 0, date);
        insertLine.run(e, 2, id('445661'), null, vat, 0, date);
        insertLine.run(e, 3, id('401'), null, 0, net + vat, date);
      }
      lines += 3;
      entries++;
    }
    // What validation keeps up to date, computed once.
    sqlite.exec(`insert into period_balance (period_id, account_id, debit, credit)
      select e.period_id, l.account_id, sum(l.debit), sum(l.credit) from entry_line l join entry e on e.id = l.entry_id
      where l.posted = 1 group by e.period_id, l.account_id`);
  });
  insertAll();
  return { entries, lines, ms: performance.now() - started };
}
