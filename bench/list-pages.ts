// Time of list pages and partial-range reports on a generated ledger, first page and deep page.
// Run: npx tsx bench/list-pages.ts [lines]   (prints median and p95 of each, in ms, core side)
import { openSqlite } from '../electron/core/db/connection';
import { foldText } from '../shared/domain/text';
import { openCompany } from '../electron/core/testing';
import { generateLedger } from './generate-ledger';

const lines = Number(process.argv[2] ?? 1_000_000);
const RUNS = 21;
const t = await openCompany({ now: () => new Date('2026-12-31T10:00:00Z') });
try {
  const sqlite = openSqlite(t.dbPath);
  const made = generateLedger(sqlite, lines);
  // Customers' lines go to auxiliary accounts: one big customer with 10,000 lines, the rest spread over 2,000.
  const insertAux = sqlite.prepare(
    `insert into aux_account (number, label, label_folded, kind, control_number, created_at)
     values (?, ?, ?, 'customer', '411', 'x')`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i <= 2000; i++) {
      const label = `Client ${i} Éléphant`;
      insertAux.run(`C${String(i).padStart(5, '0')}`, label, foldText(label));
    }
    const a411 = (sqlite.prepare(`select id from account where number = '411'`).get() as { id: number }).id;
    sqlite.prepare(`update entry_line set aux_account_id = 2 + rowid % 2000 where account_id = ?`).run(a411);
    sqlite
      .prepare(
        `update entry_line set aux_account_id = 1
         where rowid in (select rowid from entry_line where account_id = ? order by rowid limit 10000)`,
      )
      .run(a411);
    // 20,000 products, for the catalogue's search by words.
    const insertProduct = sqlite.prepare(
      `insert into product (reference, reference_folded, label, label_folded, kind, unit, unit_price, vat_rate,
         vat_category, revenue_account, active, created_at, updated_at)
       values (?, ?, ?, ?, 'goods', 'unit', ?, 2000, 'S', '707', 1, 'x', 'x')`,
    );
    const words = ['chaise', 'table', 'lampe', 'bureau', 'étagère', 'tapis', 'miroir', 'fauteuil', 'buffet', 'coussin'];
    const woods = ['chêne', 'hêtre', 'noyer', 'pin', 'frêne', 'merisier', 'teck', 'bouleau', 'érable', 'acajou'];
    for (let i = 0; i < 20_000; i++) {
      const reference = `P-${String(i).padStart(5, '0')}`;
      const label = `${words[i % 10]} ${woods[Math.floor(i / 10) % 10]} modèle ${i}`;
      insertProduct.run(reference, foldText(reference), label, foldText(label), 1000 + (i % 977) * 13);
    }
  })();
  sqlite.close();
  console.log(`ledger: ${made.lines} lines in ${Math.round(made.ms)} ms`);
  const entries = (await t.call('accounting.entry.list', {})).total;
  const deep = Math.floor(entries / 50 / 2);

  const cases: [string, string, Record<string, unknown>][] = [
    ['entries by date, first page', 'accounting.entry.list', {}],
    [`entries by date, page ${deep}`, 'accounting.entry.list', { page: deep }],
    ['entries of VT by number, first page', 'accounting.entry.list', { journalCode: 'VT', sort: 'number' }],
    [
      `entries of VT by number, page ${deep}`,
      'accounting.entry.list',
      { journalCode: 'VT', sort: 'number', page: deep },
    ],
    ['open items of one customer (10,000 lines)', 'accounting.openitem.list', { auxAccountId: 1 }],
    ['open items of one customer, page 150', 'accounting.openitem.list', { auxAccountId: 1, page: 150 }],
    ['open items of all customers', 'accounting.openitem.list', { kind: 'customer' }],
    ['products found by two words', 'sales.product.list', { search: 'chaise noyer' }],
    ['products found by a rare word', 'sales.product.list', { search: 'modèle 19999' }],
    ['customer accounts found by name', 'accounting.aux.list', { kind: 'customer', search: 'elephant', limit: 30 }],
    [
      'ledger of 411, 15 Jan - 20 Nov',
      'accounting.report.ledger',
      { from: '2026-01-15', to: '2026-11-20', accountFrom: '411', accountTo: '411', limit: 50 },
    ],
    ['trial balance, 15 Jan - 20 Nov', 'accounting.report.trialBalance', { from: '2026-01-15', to: '2026-11-20' }],
    ['trial balance, year', 'accounting.report.trialBalance', { from: '2026-01-01', to: '2026-12-31' }],
  ];
  for (const [name, route, input] of cases) {
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await t.call(route as never, input as never);
      ms.push(performance.now() - start);
    }
    ms.sort((a, b) => a - b);
    const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
    console.log(`${name.padEnd(48)} median ${at(0.5).padStart(7)}  p95 ${at(0.95).padStart(7)}`);
  }
} finally {
  await t.close();
}
