// Generates (or finds in bench/cache/) the company of a scale without measuring: `npx tsx bench/prepare.ts 0.1`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preparedCompany } from './generate/cache';

const scale = Number(process.argv[2] ?? 1);
const dir = mkdtempSync(join(tmpdir(), 'coulisse-prepare-'));
try {
  const started = performance.now();
  const { built, cached } = await preparedCompany(join(dir, 'company.coulisse'), 1, scale);
  console.log(JSON.stringify({ ...built, cached, seconds: Math.round((performance.now() - started) / 1000) }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
