import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startCore } from '../host';
import { openCompany, TEST_SCRYPT } from '../testing';
import { bundleChild } from './bundle-child';
import { verifyChains } from './chain';
import { lockPathFor } from './lock';

// A process killed at any instant (SIGKILL: no handler runs, no close, no checkpoint) must leave a company file
// that opens, is structurally sound, keeps its hash chains whole and holds every write it acknowledged.

const RUNS = Number(process.env.COULISSE_DURABILITY_RUNS ?? 100);
const SEED = Number(process.env.COULISSE_DURABILITY_SEED ?? 20261201);

const dir = mkdtempSync(join(tmpdir(), 'coulisse-durability-'));
const child = join(dir, 'durability-child.mjs');
let dbPath = '';
let entryDate = '';

/** mulberry32: the kill delays are the same on every run of the test, so a failing seed can be tried again. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  // One bundle for all runs: a fresh tsx per run would cost more than the runs themselves.
  await bundleChild(join(import.meta.dirname, 'durability-child.ts'), child);

  const t = await openCompany();
  const years = await t.call('accounting.year.list', {});
  entryDate = years[0]!.startDate;
  await t.core.close();
  dbPath = t.dbPath;
}, 60_000);
afterAll(() => {
  if (dbPath) rmSync(join(dbPath, '..'), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  pid: number;
  acked: { party: number[]; entry: number[] };
  firstAckMs: number;
}

function runAndKill(delayMs: number): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const proc: ChildProcess = spawn(process.execPath, [child, dbPath, entryDate], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const acked: Run['acked'] = { party: [], entry: [] };
    let firstAckMs = -1;
    let pending = '';
    let stderr = '';
    let killed = false;
    proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout!.on('data', (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const m = /^ack (party|entry) (\d+)$/.exec(line);
        if (!m) continue;
        acked[m[1] as 'party' | 'entry'].push(Number(m[2]));
        if (firstAckMs < 0) {
          firstAckMs = performance.now() - started;
          setTimeout(() => {
            killed = proc.kill('SIGKILL');
          }, delayMs);
        }
      }
    });
    const guard = setTimeout(() => proc.kill('SIGKILL'), 20_000);
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      clearTimeout(guard);
      if (!killed || signal !== 'SIGKILL') {
        reject(new Error(`the child ended by itself (code ${code}, signal ${signal}): ${stderr}`));
      } else {
        resolvePromise({ pid: proc.pid!, acked, firstAckMs });
      }
    });
  });
}

/** Opens the file as the app would after the crash, and checks it from a second connection. */
async function checkAfterCrash(acked: Run['acked']): Promise<void> {
  const core = await startCore({ dbPath, appVersion: 'test', passwordParams: TEST_SCRYPT, log: () => {} });
  const sqlite = new Database(dbPath, { readonly: true });
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const chains = verifyChains(sqlite);
    expect(chains.brokenAt).toBeNull();
    const missing = (table: string, ids: number[]) => {
      const stmt = sqlite.prepare(`select 1 from ${table} where id = ?`);
      return ids.filter((id) => stmt.get(id) === undefined);
    };
    expect(missing('party', acked.party)).toEqual([]);
    expect(missing('entry', acked.entry)).toEqual([]);
    const unvalidated = sqlite
      .prepare(`select count(*) as n from entry where id in (${acked.entry.join(',') || 0}) and validated_at is null`)
      .get() as { n: number };
    expect(unvalidated.n).toBe(0);
  } finally {
    sqlite.close();
    await core.close();
  }
}

test(`${RUNS} kills at random instants lose no acknowledged write and break nothing`, async () => {
  const random = seeded(SEED);
  const t0 = performance.now();
  let parties = 0;
  let entries = 0;
  let firstAck = 0;
  for (let run = 0; run < RUNS; run++) {
    const delay = 20 + Math.floor(random() * 381);
    const { pid, acked, firstAckMs } = await runAndKill(delay);
    expect(acked.party.length).toBeGreaterThan(0);
    // The dead child's lock is still there: opening the file again goes through its takeover.
    expect(JSON.parse(readFileSync(lockPathFor(dbPath), 'utf8'))).toMatchObject({ pid });
    await checkAfterCrash(acked);
    parties += acked.party.length;
    entries += acked.entry.length;
    firstAck += firstAckMs;
  }
  const seconds = (performance.now() - t0) / 1000;
  const final = new Database(dbPath, { readonly: true });
  const rows = final.prepare('select (select count(*) from party) as p, (select count(*) from entry) as e').get();
  final.close();
  console.log(
    `durability: ${RUNS} runs, ${RUNS} SIGKILLs, ${parties + entries} acknowledged mutations ` +
      `(${parties} parties, ${entries} posted entries), all present after each kill; ` +
      `file now ${JSON.stringify(rows)}; child first ack after ${(firstAck / RUNS).toFixed(0)} ms on average; ` +
      `seed ${SEED}; ${seconds.toFixed(1)} s`,
  );
}, 300_000);
