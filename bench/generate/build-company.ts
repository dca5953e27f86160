import Database from 'better-sqlite3';
import { verifyChains } from '../../electron/core/db/chain';
import { startCore } from '../../electron/core/host';
import { postEntries } from '../../electron/core/services/accounting/entries/ledger-batch';
import { generatedDrafts } from '../../electron/core/services/accounting/fec/generated-fec';
import { ADMIN, COMPANY } from '../../electron/core/testdata/fixtures';
import { openBatchRunner } from './batch-calls';
import { runCompanyScript, YEARS, type ScriptResult } from './company-script';

// The company of the performance budgets at `scale` (1 = 1,000,000 journal lines, 100,000 invoices, 50,000
// third parties, 20,000 products). Business documents go through the routes' handlers; the journal lines
// beyond what they post are other entries (purchases, payroll, miscellaneous) posted by the ledger's batch
// form, whose rows ledger-batch.test.ts proves equal to posting one entry at a time.

export const GENERATION_NOW = () => new Date('2027-01-10T10:00:00Z');

export interface BuiltCompany extends ScriptResult {
  scale: number;
  seed: number;
  lines: number;
  entries: number;
  chainRows: number;
  ms: number;
}

export async function buildCompany(dbPath: string, scale: number, seed: number, log = console.log) {
  const started = performance.now();
  const core = await startCore({ dbPath, appVersion: 'bench', now: GENERATION_NOW, log: () => {} });
  const created = await core.call('admin.company.create', { company: COMPANY, admin: ADMIN }, null);
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  await core.close();

  const runner = await openBatchRunner(dbPath, 1, GENERATION_NOW);
  try {
    const sizes = {
      parties: Math.round(50_000 * scale),
      products: Math.round(20_000 * scale),
      invoices: Math.round(100_000 * scale),
    };
    const script = await runCompanyScript((fn) => runner.batch(fn), sizes, seed);
    log(`  documents: ${JSON.stringify(script)} in ${((performance.now() - started) / 1000).toFixed(0)} s`);

    const count = () => runner.sqlite.prepare('select count(*) from entry_line').pluck().get() as number;
    const target = Math.round(1_000_000 * scale);
    const missing = Math.max(0, target - count());
    let round = 0;
    for (const year of YEARS) {
      let left = Math.floor(missing / YEARS.length);
      while (left > 0) {
        // generatedDrafts may overshoot by an entry; its own lines count is the truth.
        const drafts = generatedDrafts(Math.min(100_000, left), seed * 100 + ++round, Number(year));
        await runner.batch(async (_call, trx) =>
          postEntries({ db: trx, sqlite: runner.sqlite, at: GENERATION_NOW().toISOString(), userId: 1 }, drafts),
        );
        left -= drafts.reduce((n, d) => n + d.lines.length, 0);
      }
    }
  } finally {
    await runner.close();
  }

  const db = new Database(dbPath);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const chains = verifyChains(db);
    if (!chains.ok) throw new Error(`generated file fails its chains: ${JSON.stringify(chains)}`);
    const one = (q: string) => db.prepare(q).pluck().get() as number;
    const built: BuiltCompany = {
      scale,
      seed,
      parties: one('select count(*) from party'),
      products: one('select count(*) from product'),
      invoices: one(`select count(*) from sales_document where kind = 'invoice' and status <> 'draft'`),
      payments: one('select count(*) from sales_payment'),
      bankLines: one('select count(*) from bank_line'),
      lines: one('select count(*) from entry_line'),
      entries: one('select count(*) from entry'),
      chainRows: chains.checked,
      ms: performance.now() - started,
    };
    return built;
  } finally {
    db.close();
  }
}
