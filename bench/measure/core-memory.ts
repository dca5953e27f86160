import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleChild } from '../../electron/core/db/bundle-child';
import type { Known } from './list-cases';
import type { Figure } from './results';

/**
 * The core's memory measured where it lives in the app, a process of its own (the bench's own process also holds
 * the measuring: the reader connection, the FEC bytes read back, the backups). The child runs through every list,
 * the search, the reports and the FEC export of the year, and answers its peak resident memory. It runs bundled,
 * as the app ships the core.
 */
export async function measureCoreMemory(job: {
  dbPath: string;
  now: Date;
  known: Known;
  fiscalYearId: number;
  words: string[];
}): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'coulisse-core-memory-'));
  const bundle = join(dir, 'core-memory-child.mjs');
  await bundleChild(join(import.meta.dirname, 'core-memory-child.ts'), bundle);
  try {
    return await runChild(bundle, { ...job, folder: join(dir, 'exports') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runChild(
  bundle: string,
  job: Parameters<typeof measureCoreMemory>[0] & { folder: string },
): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    const child = fork(bundle, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once(
      'message',
      (m: { error?: string; peakMb: number; afterListsMb: number; peakBeforeFecMb: number; fecLines: number }) => {
        if (m.error) return reject(new Error(`core process: ${m.error}`));
        resolve([
          {
            group: 'memory',
            operation: 'core RSS after every list, search and report (own process)',
            p50: m.afterListsMb,
            p95: null,
            budget: 300,
            unit: 'MB',
            note: `peak until then ${m.peakBeforeFecMb.toFixed(0)} MB`,
          },
          {
            group: 'memory',
            operation: `core RSS peak, with the FEC of the year written (${m.fecLines.toLocaleString('en')} lines)`,
            p50: m.peakMb,
            p95: null,
            budget: 300,
            unit: 'MB',
          },
        ]);
      },
    );
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`core process exited with ${code}`));
    });
    child.send({ ...job, now: job.now.toISOString() });
  });
}
