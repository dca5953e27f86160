import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { cliWorkspace } from './cli-harness';

const { dir, passwordFile: PASSWORD_FILE, cli } = cliWorkspace('coulisse-export-all-cli-');

describe('coulisse export all', () => {
  test('writes the whole demo company to the zip named by --out', () => {
    const db = join(dir, 'demo.coulisse');
    expect(cli('demo', '--db', db, '--seed', '5', '--password-file', PASSWORD_FILE).code).toBe(0);
    const out = join(dir, 'out', 'everything.zip');
    const run = cli('export', 'all', '--out', out, '--db', db, '--password-file', PASSWORD_FILE);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(/everything\.zip: \d+ tables, \d+ rows, 0 attachments, 1 FEC, \d+ bytes\n$/);
    // Only the requested file is left: no partial archive, no second copy under the generated name.
    expect(readdirSync(join(dir, 'out'))).toEqual(['everything.zip']);
    const files = unzipSync(readFileSync(out));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { tables: { name: string; rows: number }[] };
    expect(manifest.tables.find((t) => t.name === 'entry')?.rows).toBeGreaterThan(100);
    expect(Object.keys(files).filter((f) => f.startsWith('fec/'))).toHaveLength(1);
  }, 180_000);

  test('refuses a user without the admin permission with exit 1, and bad usage with exit 2', () => {
    const db = join(dir, 'demo.coulisse');
    const out = join(dir, 'refused.zip');
    const refused = cli(
      'export',
      'all',
      '--out',
      out,
      '--db',
      db,
      '--user',
      'compta',
      '--password-file',
      PASSWORD_FILE,
    );
    expect(refused.code).toBe(1);
    expect(refused.err.trim().split('\n')).toHaveLength(1);
    expect(refused.err).toContain('not allowed');
    expect(existsSync(out)).toBe(false);
    const usage = cli('export', 'all', '--out', join(dir, 'x.txt'), '--db', db);
    expect(usage.code).toBe(2);
    expect(usage.err.trim().split('\n')).toHaveLength(1);
    expect(cli('export', '--help').out).toContain('coulisse export all --out FILE.zip');
  }, 120_000);
});
