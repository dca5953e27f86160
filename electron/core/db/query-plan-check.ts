import Database from 'better-sqlite3';

// Query plans of the statements a route really runs: recorded at better-sqlite3's level, so that Kysely queries and
// raw statements alike are seen with the parameters they were given, then explained on the same file.

export interface RecordedStatement {
  sql: string;
  params: unknown[];
}

type StatementMethod = (...args: unknown[]) => unknown;
const METHODS = ['all', 'get', 'iterate', 'run'] as const;

let recording: RecordedStatement[] | null = null;
let patched = false;

function patchStatements(): void {
  if (patched) return;
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, StatementMethod>;
  probe.close();
  for (const name of METHODS) {
    const original = proto[name]!;
    proto[name] = function (this: { source: string }, ...args: unknown[]) {
      if (recording && !this.source.startsWith('EXPLAIN')) recording.push({ sql: this.source, params: args });
      return original.apply(this, args);
    };
  }
  patched = true;
}

/** Every statement run, on any connection of this process, while `fn` runs. */
export async function recordStatements(fn: () => Promise<unknown>): Promise<RecordedStatement[]> {
  patchStatements();
  const seen: RecordedStatement[] = [];
  recording = seen;
  try {
    await fn();
  } finally {
    recording = null;
  }
  return seen;
}

export interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

export function explain(sqlite: Database.Database, s: RecordedStatement): PlanRow[] {
  return sqlite.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as PlanRow[];
}

export interface PlanExpectation {
  /** Names of indexes the plan must use (each at least once). */
  uses: readonly string[];
  /** Indexes that must answer alone, without visiting the table's rows. */
  covers?: readonly string[];
  /** Tables that may be read from end to end: small ones, or a rowid-order read that stops at the page. */
  mayScan?: readonly string[];
  /**
   * Why a sort after reading is acceptable here (no index can give the order: relevance, several kinds at once);
   * without a reason the plan must read in the order shown.
   */
  mayTempSort?: string;
}

/** What is wrong with a plan, in words a failing test prints; empty when it keeps to the expectation. */
export function planProblems(plan: readonly PlanRow[], e: PlanExpectation): string[] {
  const problems: string[] = [];
  const details = plan.map((r) => r.detail);
  for (const index of e.uses) {
    const used = details.some((d) => new RegExp(`\\bINDEX ${index}\\b`).test(d));
    if (!used) problems.push(`does not use index ${index}`);
  }
  for (const index of e.covers ?? []) {
    if (!details.some((d) => new RegExp(`\\bCOVERING INDEX ${index}\\b`).test(d)))
      problems.push(`does not read index ${index} alone`);
  }
  for (const d of details) {
    // "SCAN t" alone reads every row; "SCAN t USING [COVERING] INDEX i" reads in index order and stops at LIMIT.
    const scan = /^SCAN (\w+)(?: AS \w+)?$/.exec(d);
    if (scan && !(e.mayScan ?? []).includes(scan[1]!)) problems.push(`reads all of ${scan[1]} (${d})`);
    if (!e.mayTempSort && /USE TEMP B-TREE FOR (ORDER BY|RIGHT PART OF ORDER BY|LAST TERM OF ORDER BY)/.test(d))
      problems.push(`sorts after reading (${d})`);
  }
  return problems;
}

export function formatPlan(plan: readonly PlanRow[]): string {
  return plan.map((r) => `  ${r.detail}`).join('\n');
}
