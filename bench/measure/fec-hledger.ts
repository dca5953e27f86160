import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { exportFec } from '../../electron/core/services/accounting/fec/export-fec';
import { fecToHledgerJournal } from '../../electron/core/services/accounting/fec/fec-journal';
import { readFec } from '../../electron/core/services/accounting/fec/read-fec';
import type { Figure } from './results';
import { once } from './timing';

const HLEDGER = '/usr/bin/hledger';

export interface FecFigures {
  figures: Figure[];
  /** hledger's `bal` on the same year, for the trial balance's ratio; null where hledger is missing. */
  hledgerMs: number | null;
  lines: number;
  megabytes: number;
}

/**
 * The year's FEC export (budget 5 s), beside the bare read of the same rows in the same order; then the file is
 * turned into an hledger journal and hledger balances it: the peer for the trial balance.
 */
export async function measureFec(sqlite: Database.Database, fiscalYearId: number, dir: string): Promise<FecFigures> {
  const exported = await once(() => exportFec(sqlite, { fiscalYearId, separator: 'tab', encoding: 'utf-8' }));
  const bare = await once(() => {
    let n = 0;
    for (const _row of sqlite
      .prepare(
        `select e.number, e.date, e.label, l.debit, l.credit, a.number account from entry e
         join entry_line l on l.entry_id = e.id join account a on a.id = l.account_id
         where e.fiscal_year_id = ? and e.status = 'validated' order by e.validated_at, e.id, l.line_no`,
      )
      .raw()
      .iterate(fiscalYearId))
      n++;
    return n;
  });
  const figures: Figure[] = [
    {
      group: 'export',
      operation: `FEC export of the year (${exported.value.lines.toLocaleString('en')} lines)`,
      p50: exported.ms,
      p95: null,
      floor: bare.ms,
      budget: 5000,
      budgetOn: 'p50',
    },
  ];
  const file = join(dir, 'year.journal');
  const converted = await once(() => {
    const read = readFec(exported.value.bytes, exported.value.fileName);
    if (!read.ok) throw new Error(`exported FEC does not read back: ${JSON.stringify(read.errors.slice(0, 2))}`);
    writeFileSync(file, fecToHledgerJournal(read.entries));
  });
  figures.push({
    group: 'export',
    operation: 'FEC → hledger journal (read + convert)',
    p50: converted.ms,
    p95: null,
    budget: null,
  });
  let hledgerMs: number | null = null;
  if (spawnSync(HLEDGER, ['--version']).status === 0) {
    const run = await once(() =>
      spawnSync(HLEDGER, ['-f', file, 'bal', '--flat'], { encoding: 'utf8', maxBuffer: 1 << 28 }),
    );
    if (run.value.status !== 0) throw new Error(`hledger failed: ${run.value.stderr}`);
    hledgerMs = run.ms;
    figures.push({ group: 'peer', operation: 'hledger bal (year, peer)', p50: run.ms, p95: null, budget: null });
  }
  return {
    figures,
    hledgerMs,
    lines: exported.value.lines,
    megabytes: exported.value.bytes.length / 1e6,
  };
}
