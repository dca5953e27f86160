import type Database from 'better-sqlite3';
import type { Figure } from './results';
import { timed } from './timing';

// The yearly reports through their routes, each beside the bare SQL that computes the same figures straight from
// the journal lines or the documents: the floor a report would have without maintained balances.

type Call = (route: string, input: unknown) => Promise<unknown>;

export async function measureReports(
  call: Call,
  reader: Database.Database,
  year: { from: string; to: string },
  runs: number,
) {
  const floor = (sql: string, ...params: unknown[]) => {
    const st = reader.prepare(sql);
    return () => st.all(...params);
  };
  const cases = [
    {
      operation: 'trial balance (year)',
      route: 'accounting.report.trialBalance',
      input: { from: year.from, to: year.to },
      floor: floor(
        `select account_id, sum(debit), sum(credit) from entry_line where posted = 1 and date between ? and ?
         group by account_id`,
        year.from,
        year.to,
      ),
      budget: 50,
    },
    {
      operation: 'income statement (year)',
      route: 'accounting.report.incomeStatement',
      input: { from: year.from, to: year.to },
      floor: floor(
        `select a.number, sum(l.debit - l.credit) from entry_line l join account a on a.id = l.account_id
         where l.posted = 1 and l.date between ? and ? and substr(a.number, 1, 1) in ('6', '7') group by a.number`,
        year.from,
        year.to,
      ),
      budget: 50,
    },
    {
      operation: 'balance sheet (year end)',
      route: 'accounting.report.balanceSheet',
      input: { asOf: year.to },
      floor: floor(
        `select a.number, sum(l.debit - l.credit) from entry_line l join account a on a.id = l.account_id
         where l.posted = 1 and l.date between ? and ? and substr(a.number, 1, 1) between '1' and '5'
         group by a.number`,
        year.from,
        year.to,
      ),
      budget: 50,
    },
    {
      operation: 'aged balance, customers (ledger)',
      route: 'accounting.report.aged',
      input: { asOf: year.to, kind: 'customer' },
      floor: floor(
        `select l.aux_account_id, sum(case when coalesce(l.due_date, l.date) >= ? then l.debit - l.credit end),
           sum(case when coalesce(l.due_date, l.date) < ? then l.debit - l.credit end)
         from entry_line l join account a on a.id = l.account_id
         where l.posted = 1 and (l.letter is null or l.lettered_at is null or substr(l.lettered_at, 1, 10) > ?)
           and a.number like '411%' and l.date <= ? group by l.aux_account_id`,
        year.to,
        year.to,
        year.to,
        year.to,
      ),
      budget: null,
    },
    {
      operation: 'aged receivables (sales)',
      route: 'sales.receivable.aged',
      input: { asOf: year.to },
      floor: floor(
        `select party_id, sum(case when due_date >= ? then open_amount end), sum(case when due_date < ? then open_amount end)
         from sales_document where open_amount > 0 and status <> 'draft' group by party_id`,
        year.to,
        year.to,
      ),
      budget: null,
    },
  ];
  const figures: Figure[] = [];
  for (const c of cases) {
    const route = await timed(runs, () => call(c.route, c.input));
    const bare = await timed(runs, c.floor);
    figures.push({
      group: 'reports',
      operation: c.operation,
      p50: route.p50,
      p95: route.p95,
      floor: bare.p50,
      budget: c.budget as number | null,
      budgetOn: 'p50',
    });
  }
  return figures;
}
