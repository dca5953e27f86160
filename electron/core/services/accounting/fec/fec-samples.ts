// Test helpers for the public sample FEC files, kept beside the repository in ../shared/samples (see SOURCES.md).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFecAmount } from './amount';
import type { TrialBalanceRow } from './trial-balance';

export const SAMPLES_DIR = resolve(process.cwd(), '../shared/samples/fec');
if (!existsSync(join(SAMPLES_DIR, 'SPEC.md'))) {
  throw new Error(`FEC samples not found: expected ${SAMPLES_DIR}/SPEC.md (run the tests from the repository root)`);
}

export const SAMPLE_FILES = ['0000000001FEC20220831.txt', '000000000FEC20231231.txt', '111111111FEC20221231.TXT'];

export function sampleBytes(fileName: string): Uint8Array {
  return readFileSync(join(SAMPLES_DIR, fileName));
}

/**
 * `trial-balance/<name>.trial-balance.csv`: `;`-separated, decimal comma, a header line first and a last
 * `TOTAL;;debit;credit;balance` line, returned apart from the accounts.
 */
export function expectedTrialBalance(fileName: string): { rows: TrialBalanceRow[]; total: TrialBalanceRow } {
  const path = join(SAMPLES_DIR, 'trial-balance', `${fileName.replace(/\.[^.]+$/, '')}.trial-balance.csv`);
  const cents = (text: string | undefined): number => {
    const value = parseFecAmount(text ?? '');
    if (value === null) throw new Error(`Bad amount in ${path}: ${text}`);
    return value;
  };
  const rows = readFileSync(path, 'utf-8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [compteNum = '', compteLib = '', debit, credit, balance] = line.split(';');
      return { compteNum, compteLib, debit: cents(debit), credit: cents(credit), balance: cents(balance) };
    });
  const total = rows.at(-1);
  if (total?.compteNum !== 'TOTAL') throw new Error(`No TOTAL line in ${path}`);
  return { rows: rows.slice(0, -1), total };
}
