import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { startCore } from '../electron/core/host';
import { ADMIN, COMPANY } from '../electron/core/testdata/fixtures';
import { measureBackups } from './backup';
import { generateLedger } from './generate-ledger';

// `npm run bench`: builds a company file at the scale of the performance budgets and prints each measured
// operation with its time and its ratio to the bare SQL aggregate over the same lines, in one run.

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '15' },
    keep: { type: 'boolean' },
  },
});
const LINES = Number(values.lines);
const RUNS = Number(values.runs);

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function time(fn: () => unknown | Promise<unknown>): Promise<{ median: number; p95: number }> {
  await fn(); // warm-up: the first call pays for statement preparation and the page cache.
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

const dir = mkdtempSync(join(tmpdir(), 'coulisse-bench-'));
const dbPath = join(dir, 'bench.coulisse');
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
try {
  const now = () => new Date('2026-06-15T12:00:00Z');
  let core = await startCore({ dbPath, appVersion: 'bench', now });
  const created = await core.call('admin.company.create', { company: COMPANY, admin: ADMIN }, null);
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  await core.close();

  const writer = new Database(dbPath);
  const generated = generateLedger(writer, LINES);
  writer.pragma('wal_checkpoint(TRUNCATE)');
  writer.close();
  console.log(
    `ledger: ${generated.entries.toLocaleString('en')} entries, ${generated.lines.toLocaleString('en')} lines, generated in ${fmt(generated.ms)}`,
  );

  const t0 = performance.now();
  core = await startCore({ dbPath, appVersion: 'bench', now });
  const openMs = performance.now() - t0;
  const login = await core.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null);
  if (!login.ok) throw new Error(JSON.stringify(login.error));
  const token = (login.data as { sessionToken: string }).sessionToken;
  const years = await core.call('accounting.year.list', {}, token);
  const year = (years.ok ? (years.data as { startDate: string; endDate: string }[]) : [])[0]!;

  const reader = new Database(dbPath, { readonly: true });
  const bare = reader.prepare(
    `select account_id, sum(debit), sum(credit) from entry_line where posted = 1 and date between ? and ? group by account_id`,
  );
  const baseline = await time(() => bare.all(year.startDate, year.endDate));

  const call = async (route: string, input: unknown) => {
    const res = await core.call(route, input, token);
    if (!res.ok) throw new Error(`${route}: ${res.error.code} ${res.error.messageKey}`);
    return res.data;
  };
  const measured: { name: string; budget: number; route: string; input: unknown }[] = [
    {
      name: 'trial balance (year)',
      budget: 50,
      route: 'accounting.report.trialBalance',
      input: { from: year.startDate, to: year.endDate },
    },
    {
      name: 'income statement (year)',
      budget: 50,
      route: 'accounting.report.incomeStatement',
      input: { from: year.startDate, to: year.endDate },
    },
    {
      name: 'balance sheet (year end)',
      budget: 50,
      route: 'accounting.report.balanceSheet',
      input: { asOf: year.endDate },
    },
  ];

  const rows: string[][] = [['operation', 'median', 'p95', 'ratio to bare SQL', 'budget', '']];
  rows.push(['bare SQL aggregate over the lines', fmt(baseline.median), fmt(baseline.p95), '1.00', '', '']);
  let failed = 0;
  for (const m of measured) {
    const s = await time(() => call(m.route, m.input));
    const ok = s.median <= m.budget;
    if (!ok) failed++;
    rows.push([
      m.name,
      fmt(s.median),
      fmt(s.p95),
      (s.median / baseline.median).toFixed(3),
      `≤ ${m.budget} ms`,
      ok ? 'ok' : 'OVER',
    ]);
  }
  rows.push(['open + migration check', fmt(openMs), '', '', '≤ 300 ms', openMs <= 300 ? 'ok' : 'OVER']);
  if (openMs > 300) failed++;
  for (const b of await measureBackups(reader, dbPath, dir)) {
    const ok = b.budget === null || b.ms <= b.budget;
    if (!ok) failed++;
    const budget = b.budget === null ? '' : `≤ ${fmt(b.budget)}`;
    rows.push([
      b.name,
      fmt(b.ms),
      `${fmt(b.perHundredMb)}/100 MB`,
      '',
      budget,
      b.budget === null ? '' : ok ? 'ok' : 'OVER',
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows)
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  console.log(`core RSS: ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB (bench process, core in-process)`);
  reader.close();
  await core.close();
  process.exitCode = failed ? 1 : 0;
} finally {
  if (values.keep) console.log(`file kept: ${dbPath}`);
  else rmSync(dir, { recursive: true, force: true });
}
