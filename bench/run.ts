import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { startCore } from '../electron/core/host';
import { ADMIN } from '../electron/core/testdata/fixtures';
import { measureBackups } from './backup';
import { GENERATION_NOW } from './generate/build-company';
import { cacheKey, preparedCompany } from './generate/cache';
import { measureCoreMemory } from './measure/core-memory';
import { measureFec } from './measure/fec-hledger';
import { measureLists, measureSearch } from './measure/lists';
import { measureReports } from './measure/reports';
import { table, verdict, type Figure } from './measure/results';

// `npm run bench [-- --scale 0.1]`: the company of the performance budgets (generated once, then taken from
// bench/cache/), and in one run every list the screens page through, the global search, the yearly reports
// beside their bare SQL and hledger, the FEC export, the backups, opening and the core's memory, printed as one
// table and written to bench/results.json (bench/results-<scale>.json below scale 1).

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '20' },
    out: { type: 'string' },
    // Only the list cases whose route and label match, printed and not written: for working on one list.
    only: { type: 'string' },
  },
});
const SCALE = Number(values.scale);
const SEED = Number(values.seed);
const RUNS = Number(values.runs);
const OUT = values.out ?? join(import.meta.dirname, SCALE === 1 ? 'results.json' : `results-${SCALE}.json`);

const dir = mkdtempSync(join(tmpdir(), 'coulisse-bench-'));
const dbPath = join(dir, 'bench.coulisse');
try {
  const started = performance.now();
  const { built, cached } = await preparedCompany(dbPath, SEED, SCALE);
  console.log(
    `company ${cacheKey(SEED, SCALE)} (${cached ? 'from the cache' : `generated in ${(built.ms / 1000).toFixed(0)} s`}): ` +
      JSON.stringify(built),
  );
  const figures: Figure[] = [];

  const loadAtStart = loadavg();
  const t0 = performance.now();
  const core = await startCore({ dbPath, appVersion: 'bench', now: GENERATION_NOW, log: () => {} });
  figures.push({
    group: 'open',
    operation: 'open + migration check',
    p50: performance.now() - t0,
    p95: null,
    budget: 300,
  });
  const login = await core.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null);
  if (!login.ok) throw new Error(JSON.stringify(login.error));
  const token = (login.data as { sessionToken: string }).sessionToken;
  const call = async (route: string, input: unknown) => {
    const res = await core.call(route, input, token);
    if (!res.ok) throw new Error(`${route} ${JSON.stringify(input)}: ${res.error.code} ${res.error.messageKey}`);
    return res.data;
  };

  const reader = new Database(dbPath, { readonly: true });
  const one = <T>(sql: string) => reader.prepare(sql).get() as T;
  const year = one<{ id: number; start_date: string; end_date: string }>(
    `select id, start_date, end_date from fiscal_year where start_date = '2026-01-01'`,
  );
  const party = one<{ id: number; name: string }>(
    `select p.id, p.name from party p join sales_document d on d.party_id = p.id group by p.id order by count(*) desc limit 1`,
  );
  const known = {
    bankAccountId: one<{ id: number }>('select id from bank_account limit 1').id,
    partyId: party.id,
    customerName: party.name,
    year: { from: year.start_date, to: year.end_date },
    month: { from: '2026-06-01', to: '2026-06-30' },
  };

  if (values.only) {
    console.log(table(await measureLists(call, known, RUNS, new RegExp(values.only))));
    reader.close();
    await core.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
  figures.push(...(await measureLists(call, known, RUNS)));
  const number = one<{ number: string }>(
    `select number from sales_document where number is not null limit 1 offset 77`,
  );
  const SEARCH_WORDS = [party.name.split(' ')[1]!, 'lyon', number.number, 'compta123', 'modèle'];
  figures.push(await measureSearch(call, reader, SEARCH_WORDS, RUNS));
  const reports = await measureReports(call, reader, known.year, RUNS);
  const fec = await measureFec(reader, year.id, dir);
  for (const r of reports) if (r.operation.startsWith('trial balance') && fec.hledgerMs) r.hledger = fec.hledgerMs;
  figures.push(...reports, ...fec.figures);

  for (const b of await measureBackups(reader, dbPath, dir)) {
    figures.push({
      group: 'backup',
      operation: b.name,
      p50: b.ms,
      p95: null,
      budget: b.budget,
      note: `${b.perHundredMb.toFixed(0)} ms per 100 MB`,
    });
  }
  figures.push({
    group: 'memory',
    operation: 'bench process RSS (core in-process, with the measuring)',
    p50: process.memoryUsage().rss / 1048576,
    p95: null,
    budget: null,
    unit: 'MB',
  });
  await core.close();
  figures.push(
    ...(await measureCoreMemory({ dbPath, now: GENERATION_NOW(), known, fiscalYearId: year.id, words: SEARCH_WORDS })),
  );
  const sqliteVersion = reader.prepare('select sqlite_version()').pluck().get() as string;
  reader.close();

  console.log(table(figures));
  const over = figures.filter((f) => verdict(f) === 'OVER');
  console.log(
    `${over.length} of the ${figures.filter((f) => f.budget !== null).length} figures with a budget are over it.`,
  );
  const results = {
    date: new Date().toISOString(),
    scale: SCALE,
    seed: SEED,
    runs: RUNS,
    company: { ...built, cached, key: cacheKey(SEED, SCALE) },
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      totalMemoryMb: Math.round(totalmem() / 1048576),
      freeMemoryMb: Math.round(freemem() / 1048576),
      loadAverageAtEnd: loadavg(),
      node: process.version,
      sqlite: sqliteVersion,
      loadAverageAtStart: loadAtStart,
    },
    seconds: Math.round((performance.now() - started) / 1000),
    figures: figures.map((f) => ({ ...f, verdict: verdict(f) })),
  };
  writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n');
  console.log(`written: ${OUT}`);
  process.exitCode = over.length ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
