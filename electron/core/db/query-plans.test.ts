import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RouteName } from '../../../shared/contract';
import { auxForParty } from '../services/accounting/entries/aux-accounts';
import { inServiceTransaction, openCompany, type TestCore } from '../testing';
import { openSqlite } from './connection';
import { forgetReadMemos } from './read-memo';
import {
  explain,
  formatPlan,
  type PlanExpectation,
  planProblems,
  type RecordedStatement,
  recordStatements,
} from './query-plan-check';

// The lists the screens page through, with the statement that reads the page and the index it must go through.
// Without ANALYZE statistics SQLite plans the same on ten rows as on a million, so a small file shows the plan a
// big one gets. Adding a list, a sort or a filter adds a row here.

interface PlanCase extends PlanExpectation {
  route: RouteName;
  input: Record<string, unknown>;
  /** Picks, among the statements the route ran, the one that reads the page. */
  statement: RegExp;
}

// Tables that grow with the business: none of them may be read whole to answer one page.
const BIG = [
  'entry',
  'entry_line',
  'aux_account',
  'party',
  'product',
  'sales_document',
  'sales_line',
  'sales_payment',
  'sales_request',
  'bill',
  'bank_line',
  'audit_log',
  'search_doc',
];

const PAGE = /\blimit \?/;
// What a search finds (or an order no index gives) is read whole in its order once, then kept for every page.
const KEPT = /^(?![\s\S]*\blimit \?)[\s\S]*\border by\b/;
const KEPT_SORT = 'the rows found are ordered once and kept for every page while the file is unchanged';
const CASES: Record<string, PlanCase> = {
  'parties by name': { route: 'parties.party.list', input: {}, statement: PAGE, uses: ['party_name'] },
  'parties by city': { route: 'parties.party.list', input: { sort: 'city' }, statement: PAGE, uses: ['party_city'] },
  'parties by postal code': {
    route: 'parties.party.list',
    input: { sort: 'postalCode', dir: 'desc' },
    statement: PAGE,
    uses: ['party_postal_code'],
  },
  'parties by code': {
    route: 'parties.party.list',
    input: { sort: 'code', dir: 'desc' },
    statement: PAGE,
    uses: ['party_archived_id'],
  },
  'parties of every status by name': {
    route: 'parties.party.list',
    input: { status: 'all' },
    statement: PAGE,
    uses: ['party_name'],
    mayTempSort: 'active and archived: each run of the index is read in order and merged, up to the page',
  },
  'parties by last change': {
    route: 'parties.party.list',
    input: { sort: 'updatedAt' },
    statement: PAGE,
    uses: ['party_updated'],
  },
  'customers found by name': {
    route: 'parties.party.list',
    input: { role: 'customer', search: 'dup' },
    statement: KEPT,
    uses: ['party_name'],
  },
  'entries by date': {
    route: 'accounting.entry.list',
    input: {},
    statement: PAGE,
    uses: ['entry_date'],
    covers: ['entry_date'],
  },
  'entries of a journal by date': {
    route: 'accounting.entry.list',
    input: { journalCode: 'VT' },
    statement: PAGE,
    uses: ['entry_journal'],
  },
  'entries of a journal by number': {
    route: 'accounting.entry.list',
    input: { journalCode: 'VT', sort: 'number', dir: 'desc' },
    statement: PAGE,
    uses: ['entry_journal_number'],
  },
  'entries by journal': {
    route: 'accounting.entry.list',
    input: { sort: 'journal' },
    // The journals' counts, in code order; each journal's page then reads as 'entries of a journal by date'.
    statement: /group by "e"\."journal_id"/,
    // Any index that leads with the journal, read alone.
    uses: [],
    mayTempSort: 'the few journals are put in code order',
  },
  'entries found by text': {
    route: 'accounting.entry.list',
    input: { search: 'loyer' },
    statement: KEPT,
    uses: [],
    mayScan: ['entry_search'],
    mayTempSort: KEPT_SORT,
  },
  'entries found by a short text': {
    route: 'accounting.entry.list',
    input: { search: 'lo' },
    statement: KEPT,
    uses: ['entry_date'],
  },
  'entries by status': {
    route: 'accounting.entry.list',
    input: { status: 'draft' },
    statement: PAGE,
    uses: ['entry_status'],
  },
  'ledger of one account, part of a year': {
    route: 'accounting.report.ledger',
    input: { from: '2026-01-15', to: '2026-11-20', accountFrom: '411', accountTo: '411' },
    statement: /cross join entry_line l/,
    uses: ['entry_line_account'],
    mayScan: ['account'],
    mayTempSort: 'lines of one day are put in entry order, a few at a time',
  },
  'trial balance over part of a year': {
    route: 'accounting.report.trialBalance',
    input: { from: '2026-01-15', to: '2026-11-20' },
    statement: /from entry_line\s+where posted = 1/,
    uses: ['entry_line_posted_date'],
    covers: ['entry_line_posted_date'],
    mayScan: ['account'],
  },
  'ledger of one third party': {
    route: 'accounting.report.auxLedger',
    input: { from: '2026-01-15', to: '2026-11-20', auxAccountId: 1 },
    statement: /order by a\.number/,
    uses: ['entry_line_aux'],
    mayTempSort: 'the lines of one third party over the dates are put in account order after reading',
  },
  'customer accounts by number': {
    route: 'accounting.aux.list',
    input: { kind: 'customer' },
    statement: /from "aux_account"/,
    uses: ['aux_account_kind'],
  },
  'customer accounts found by name, next page': {
    route: 'accounting.aux.list',
    input: { kind: 'customer', search: 'dup', after: 'C0001', limit: 30 },
    statement: /from "aux_account"/,
    uses: ['aux_account_kind'],
  },
  'open items of one third party': {
    route: 'accounting.openitem.list',
    input: { auxAccountId: 1 },
    statement: PAGE,
    uses: ['entry_line_aux_letter'],
    covers: ['entry_line_aux_letter'],
  },
  'open item totals of one third party': {
    route: 'accounting.openitem.list',
    input: { auxAccountId: 1, status: 'all' },
    statement: /as "open_n"/,
    uses: ['entry_line_aux_letter'],
    covers: ['entry_line_aux_letter'],
  },
  'open item totals of customers': {
    route: 'accounting.openitem.list',
    input: { kind: 'customer', status: 'all' },
    statement: /as "open_n"/,
    uses: ['entry_line_letter_date'],
    covers: ['entry_line_letter_date'],
  },
  'totals of the open items of customers': {
    route: 'accounting.openitem.list',
    input: { kind: 'customer' },
    statement: /sum\(l\.debit\).*"l"\."letter" is null/,
    uses: ['entry_line_letter_date'],
    covers: ['entry_line_letter_date'],
  },
  'totals of all open items': {
    route: 'accounting.openitem.list',
    input: {},
    statement: /sum\(l\.debit\).*"l"\."letter" is null/,
    uses: ['entry_line_letter_date'],
    covers: ['entry_line_letter_date'],
  },
  'customer invoices by date': {
    route: 'sales.document.list',
    input: { kinds: ['invoice'], dir: 'desc' },
    statement: PAGE,
    uses: ['sales_document_kind_date'],
  },
  'customer invoices by number': {
    route: 'sales.document.list',
    input: { kinds: ['invoice'], sort: 'number' },
    statement: PAGE,
    uses: ['sales_document_kind_number'],
  },
  'customer invoices by customer': {
    route: 'sales.document.list',
    input: { kinds: ['invoice'], sort: 'customer' },
    statement: PAGE,
    uses: ['sales_document_kind_buyer'],
  },
  'bills by supplier': {
    route: 'accounting.bill.list',
    input: { sort: 'supplier' },
    statement: PAGE,
    uses: [],
    mayTempSort: 'the name lives on the party: sorted after reading, a known cost at scale',
  },
  'receivables by customer': {
    route: 'sales.receivable.list',
    input: { sort: 'customer' },
    statement: KEPT,
    // Any of the open documents' indexes: they hold the same rows.
    uses: ['sales_document_receivable_amount'],
    mayTempSort: `the name lives on the party: ${KEPT_SORT}`,
  },
  'open requests by priority': {
    route: 'sales.request.list',
    input: { status: 'open', sort: 'priority' },
    statement: PAGE,
    uses: ['sales_request_status'],
    mayTempSort: 'three open statuses at once are merged by priority',
  },
  'products found by words': {
    route: 'sales.product.list',
    input: { search: 'chaise bois' },
    statement: PAGE,
    uses: ['product_active'],
  },
  'open items of customers': {
    route: 'accounting.openitem.list',
    input: { kind: 'customer' },
    statement: PAGE,
    uses: ['entry_line_letter_date'],
  },
  'open items by due date': {
    route: 'accounting.openitem.list',
    input: { sort: 'dueDate' },
    statement: PAGE,
    uses: ['entry_line_letter_due'],
  },
  'every third-party line, lettered or not': {
    route: 'accounting.openitem.list',
    input: { status: 'all' },
    statement: PAGE,
    uses: ['entry_line_third_party_date'],
  },
  'customer invoices by total': {
    route: 'sales.document.list',
    input: { kinds: ['invoice'], sort: 'total', dir: 'desc' },
    statement: PAGE,
    uses: ['sales_document_kind_total'],
  },
  'unpaid invoices by due date': {
    route: 'sales.document.list',
    input: { kinds: ['invoice'], sort: 'dueDate', payment: 'unpaid' },
    statement: PAGE,
    uses: ['sales_document_receivable_due'],
  },
  'partly paid invoices by due date': {
    route: 'sales.document.list',
    input: { kinds: ['invoice'], sort: 'dueDate', dir: 'desc', payment: 'partial' },
    statement: KEPT,
    uses: ['sales_document_receivable_due'],
  },
  'invoices by due date': {
    route: 'sales.document.list',
    input: { kinds: ['invoice'], sort: 'dueDate' },
    statement: PAGE,
    uses: ['sales_document_kind_due'],
  },
  'invoices found by customer': {
    route: 'sales.document.list',
    input: { kinds: ['invoice', 'deposit'], search: 'dupont' },
    statement: KEPT,
    uses: ['sales_document_party'],
    mayScan: ['search_fts'],
    mayTempSort: KEPT_SORT,
  },
  'quotes by status': {
    route: 'sales.document.list',
    input: { kinds: ['quote'], status: 'draft' },
    statement: PAGE,
    uses: ['sales_document_kind_status'],
  },
  'documents of one customer': {
    route: 'sales.document.list',
    input: { kinds: ['invoice'], partyId: 1 },
    statement: PAGE,
    uses: ['sales_document_party'],
  },
  'payments by date': { route: 'sales.payment.list', input: {}, statement: PAGE, uses: ['sales_payment_date'] },
  'payments by amount': {
    route: 'sales.payment.list',
    input: { sort: 'amount' },
    statement: PAGE,
    uses: ['sales_payment_amount'],
  },
  'payments of one customer': {
    route: 'sales.payment.list',
    input: { partyId: 1 },
    statement: PAGE,
    uses: ['sales_payment_party'],
  },
  'receivables by due date': {
    route: 'sales.receivable.list',
    input: {},
    statement: PAGE,
    uses: ['sales_document_receivable_due'],
  },
  'receivables by amount': {
    route: 'sales.receivable.list',
    input: { sort: 'amount', dir: 'desc' },
    statement: PAGE,
    uses: ['sales_document_receivable_amount'],
  },
  'receivables by number': {
    route: 'sales.receivable.list',
    input: { sort: 'number' },
    statement: PAGE,
    uses: ['sales_document_receivable_number'],
  },
  'requests by creation': {
    route: 'sales.request.list',
    input: { sort: 'createdAt', dir: 'desc' },
    statement: PAGE,
    uses: ['sales_request_created'],
  },
  'requests by due date': {
    route: 'sales.request.list',
    input: { sort: 'dueDate' },
    statement: PAGE,
    uses: ['sales_request_due'],
  },
  'requests of one status by due date': {
    route: 'sales.request.list',
    input: { status: 'new', sort: 'dueDate' },
    statement: PAGE,
    uses: ['sales_request_status'],
  },
  'products by reference': { route: 'sales.product.list', input: {}, statement: PAGE, uses: ['product_active'] },
  'products by label': {
    route: 'sales.product.list',
    input: { sort: 'label' },
    statement: PAGE,
    uses: ['product_active_label'],
  },
  'products by price': {
    route: 'sales.product.list',
    input: { sort: 'price', status: 'all' },
    statement: PAGE,
    uses: ['product_by_price'],
  },
  'bills by date': { route: 'accounting.bill.list', input: {}, statement: PAGE, uses: ['bill_date'] },
  'bills by number': {
    route: 'accounting.bill.list',
    input: { sort: 'number' },
    statement: PAGE,
    uses: ['bill_number'],
  },
  'bills by total': { route: 'accounting.bill.list', input: { sort: 'total' }, statement: PAGE, uses: ['bill_gross'] },
  'bills by status': {
    route: 'accounting.bill.list',
    input: { status: 'draft' },
    statement: PAGE,
    uses: ['bill_status'],
  },
  'bills of one supplier': {
    route: 'accounting.bill.list',
    input: { partyId: 1 },
    statement: PAGE,
    uses: ['bill_party'],
  },
  'bank lines by date': {
    route: 'accounting.bankline.list',
    input: { bankAccountId: 1 },
    statement: PAGE,
    uses: ['bank_line_account'],
  },
  'bank lines by amount': {
    route: 'accounting.bankline.list',
    input: { bankAccountId: 1, sort: 'amount', dir: 'desc' },
    statement: PAGE,
    uses: ['bank_line_account_amount'],
    covers: ['bank_line_account_amount'],
  },
  'reminders by date': {
    route: 'sales.dunning.list',
    input: { sort: 'date' },
    statement: PAGE,
    uses: ['sales_dunning_date'],
  },
  'open bank lines': {
    route: 'accounting.bankline.list',
    input: { bankAccountId: 1, status: 'open' },
    statement: PAGE,
    uses: ['bank_line_status'],
  },
  'audit log, latest first': {
    route: 'admin.audit.list',
    input: {},
    statement: PAGE,
    uses: [],
    mayScan: ['audit_log'],
  },
  'audit log of one route': {
    route: 'admin.audit.list',
    input: { route: 'parties.party.create' },
    statement: PAGE,
    uses: ['audit_log_route'],
  },
  'audit log of one user': {
    route: 'admin.audit.list',
    input: { userId: 1 },
    statement: PAGE,
    uses: ['audit_log_user'],
  },
  'global search': {
    route: 'system.search.query',
    input: { text: 'dupont' },
    statement: /search_fts match/,
    uses: [],
    mayTempSort: 'hits are ranked by relevance',
  },
};

let t: TestCore;
let reader: Database.Database;
beforeAll(async () => {
  t = await openCompany();
  const party = await t.call('parties.party.create', { name: 'Dupont SA', isCustomer: true, isSupplier: true });
  await inServiceTransaction(t, (ctx) => auxForParty(ctx.db, party.id, 'customer', 'now'));
  reader = openSqlite(t.dbPath, { readonly: true });
});
afterAll(async () => {
  reader.close();
  await t.close();
});

function fullReads(statements: readonly RecordedStatement[], mayScan: readonly string[]): string[] {
  const found: string[] = [];
  for (const s of statements) {
    if (/^\s*(begin|commit|rollback|savepoint|release|pragma)\b/i.test(s.sql)) continue;
    for (const row of explain(reader, s)) {
      const scan = /^SCAN (\w+)(?: AS \w+)?$/.exec(row.detail);
      const table = scan?.[1];
      if (table && BIG.includes(table) && !mayScan.includes(table)) found.push(`${table}: ${s.sql.slice(0, 160)}`);
    }
  }
  return found;
}

describe('the lists read their page through an index', () => {
  test.each(Object.entries(CASES))('%s', async (_name, c) => {
    // A count or total another case already asked for would be answered from memory, without a statement.
    forgetReadMemos();
    const statements = await recordStatements(() => t.call(c.route, c.input as never));
    const page = statements.find((s) => c.statement.test(s.sql));
    expect(page, `no statement of ${c.route} matches ${String(c.statement)}`).toBeDefined();
    const plan = explain(reader, page!);
    expect(planProblems(plan, c), `${page!.sql}\n${formatPlan(plan)}`).toEqual([]);
    // An allowance the plan no longer needs is taken back, so that a later sort does not hide behind it.
    if (c.mayTempSort) expect(formatPlan(plan)).toMatch(/USE TEMP B-TREE FOR .*ORDER BY/);
    // The count beside the page, and anything else the route reads, stay off whole-table reads too.
    expect(fullReads(statements, c.mayScan ?? [])).toEqual([]);
  });
});

describe('the check itself', () => {
  test('a list whose index is dropped fails it', async () => {
    const c = CASES['parties by city']!;
    const statements = await recordStatements(() => t.call(c.route, c.input as never));
    const page = statements.find((s) => c.statement.test(s.sql))!;
    const scratch = join(t.dir, 'without-index.coulisse');
    reader.exec(`vacuum into '${scratch}'`);
    const copy = openSqlite(scratch);
    try {
      copy.exec('drop index party_city');
      expect(planProblems(explain(copy, page), c)).toEqual([
        'does not use index party_city',
        'sorts after reading (USE TEMP B-TREE FOR ORDER BY)',
      ]);
      copy.exec(
        'drop index party_name; drop index party_postal_code; drop index party_updated; drop index party_archived_id',
      );
      expect(planProblems(explain(copy, page), c)).toContain(`reads all of party (${explain(copy, page)[0]!.detail})`);
    } finally {
      copy.close();
    }
  });
});
