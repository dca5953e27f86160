import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliWorkspace } from './cli-harness';
import { generateFecEntries } from '../core/services/accounting/fec/generated-fec';
import { readFec } from '../core/services/accounting/fec/read-fec';
import { trialBalance } from '../core/services/accounting/fec/trial-balance';
import { writeFec } from '../core/services/accounting/fec/write-fec';

const { dir, passwordFile: PASSWORD_FILE, cli } = cliWorkspace('coulisse-fec-cli-');

const IDENTITY = ['--name', 'Atelier', '--siren', '732829320', '--siret', '73282932000074', '--address', '1 rue A'];

describe('coulisse import fec and export fec', () => {
  test('a FEC imported from the command line comes back out with the same trial balance', () => {
    const db = join(dir, 'company.coulisse');
    const init = cli(
      'init',
      '--db',
      db,
      ...IDENTITY,
      '--postal-code',
      '69002',
      '--city',
      'Lyon',
      '--password-file',
      PASSWORD_FILE,
    );
    expect(init.code).toBe(0);
    const entries = generateFecEntries(300, 3, 2025);
    const source = writeFec(entries, {
      siren: '732829320',
      closingDate: '2025-12-31',
      separator: 'pipe',
      encoding: 'iso-8859-15',
    });
    const input = join(dir, source.fileName);
    writeFileSync(input, source.bytes);

    const imported = cli('import', 'fec', input, '--db', db, '--password-file', PASSWORD_FILE);
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toContain(`${entries.length} entries`);
    expect(cli('import', 'fec', input, '--db', db, '--password-file', PASSWORD_FILE)).toMatchObject({ code: 1 });

    const out = join(dir, 'out');
    const exported = cli(
      'export',
      'fec',
      '--year',
      '2025',
      '--out',
      out,
      '--separator',
      'pipe',
      '--db',
      db,
      '--password-file',
      PASSWORD_FILE,
    );
    expect(exported.code).toBe(0);
    const bytes = readFileSync(join(out, '732829320FEC20251231.txt'));
    const read = readFec(bytes, '732829320FEC20251231.txt');
    expect(read.ok && read.separator).toBe('pipe');
    expect(trialBalance(read.ok ? read.entries : []).map((r) => [r.compteNum, r.balance])).toEqual(
      trialBalance(entries).map((r) => [r.compteNum, r.balance]),
    );
    const none = cli('export', 'fec', '--year', '1999', '--out', out, '--db', db, '--password-file', PASSWORD_FILE);
    expect(none.code).toBe(1);
    expect(none.err).toContain('no fiscal year ends in 1999');
  }, 180_000);

  test('usage errors exit 2 with one line', () => {
    for (const args of [
      ['import', 'nonsense', 'x'],
      ['export', 'fec', '--year', '2025', '--out', dir, '--encoding', 'ebcdic'],
    ]) {
      const r = cli(...args, '--db', join(dir, 'x.coulisse'));
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect(cli('export', '--help').out).toContain('coulisse export fec --year YYYY');
  }, 120_000);
});
