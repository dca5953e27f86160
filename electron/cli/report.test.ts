import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { postHandLedger, HAND_NOW } from '../core/services/accounting/reports/hand-ledger';
import { ADMIN } from '../core/testdata/fixtures';
import { openCompany, type TestCore } from '../core/testing';
import { runCli } from './main';

let t: TestCore;
let passwordFile: string;

beforeAll(async () => {
  t = await openCompany({ now: () => HAND_NOW });
  await postHandLedger(t);
  await t.core.close();
  passwordFile = join(t.dir, 'password.txt');
  writeFileSync(passwordFile, `${ADMIN.password}\n`);
});
afterAll(() => rmSync(t.dir, { recursive: true, force: true }));

async function report(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await runCli(['report', ...args, '--db', t.dbPath, '--password-file', passwordFile]);
    return { code, out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('coulisse report', () => {
  test('trial-balance as CSV: one row per account, plain decimals', async () => {
    const r = await report('trial-balance', '--from', '2026-01-01', '--to', '2026-03-31');
    expect(r).toMatchObject({ code: 0, err: '' });
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('account,label,debit,credit,balance');
    expect(lines).toHaveLength(13);
    expect(lines.find((l) => l.startsWith('512,'))).toMatch(/,11200\.00,1200\.00,10000\.00$/);
    expect(lines.find((l) => l.startsWith('101,'))).toMatch(/,0\.00,10000\.00,-10000\.00$/);
  });

  test('the other reports, as CSV and JSON', async () => {
    const q1 = ['--from', '2026-01-01', '--to', '2026-03-31'];
    const pnl = await report('pnl', ...q1, '--format', 'json');
    expect(pnl.code).toBe(0);
    expect(JSON.parse(pnl.out).results.net).toBe(110_000);
    const bs = await report('balance-sheet', '--to', '2026-03-31');
    expect(bs.out).toContain('assets,total,total,,11960.00');
    expect(bs.out).toContain('liabilities,total,total,,11960.00');
    const vat = await report('vat', ...q1);
    expect(vat.out).toContain('collected 2000,445711,1000.00,200.00');
    expect(vat.out).toContain('credit,,,40.00');
    const aged = await report('aged', '--to', '2026-04-30', '--kind', 'supplier');
    expect(aged.out.trimEnd().split('\n').at(-1)).toBe('total,,0.00,0.00,0.00,600.00,0.00,600.00');
    const ledger = await report('ledger', ...q1);
    expect(ledger.out.split('\n')[0]).toBe('account,date,journal,number,label,reference,letter,debit,credit,balance');
    expect(ledger.out).toContain(',Règlement A-1,P-3,,1200.00,0.00,11200.00');
  });

  test('usage errors exit 2 with one line', async () => {
    for (const args of [
      ['nonsense', '--to', '2026-01-01'],
      ['trial-balance', '--from', '2026-01-01'],
      ['trial-balance', '--from', '2026-13-01', '--to', '2026-12-31'],
      ['vat', '--from', '2026-01-01', '--to', '2026-01-31', '--format', 'xml'],
    ]) {
      const r = await report(...args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
});
