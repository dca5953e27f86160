import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPcg2025, PCG_2014_TSV, PCG_2025_CHANGES, parsePcgTsv } from './build-pcg';
import { PCG_ACCOUNTS, pcgAccount } from './pcg';

const source = parsePcgTsv(readFileSync(PCG_2014_TSV, 'utf-8'));

describe('PCG 2025 list', () => {
  it('is what the generator builds from the 2014-03 chart', () => {
    expect(source).toHaveLength(1006);
    expect(PCG_ACCOUNTS).toEqual(buildPcg2025(readFileSync(PCG_2014_TSV, 'utf-8')));
    expect(PCG_ACCOUNTS).toHaveLength(999);
  });

  it('has unique digit-only numbers, sorted, with a label and a level', () => {
    const numbers = PCG_ACCOUNTS.map((account) => account.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toEqual([...numbers].sort());
    for (const account of PCG_ACCOUNTS) {
      expect(account.number).toMatch(/^[1-8]\d*$/);
      expect(account.label.trim()).toBe(account.label);
      expect(account.label).not.toBe('');
      expect(['abrege', 'base', 'etendu']).toContain(account.level);
    }
  });

  it('has every class and every class root of 1 to 7', () => {
    for (const root of ['1', '2', '3', '4', '5', '6', '7', '8']) expect(pcgAccount(root)).toBeDefined();
    for (const root of ['10', '20', '31', '40', '41', '44', '51', '60', '64', '70', '77']) {
      expect(pcgAccount(root)).toBeDefined();
    }
  });

  it('adds no account without an account one digit shorter above it', () => {
    const orphans = PCG_ACCOUNTS.filter((account) => account.number.length > 1)
      .filter((account) => pcgAccount(account.number.slice(0, -1)) === undefined)
      .map((account) => account.number);
    // The 2014-03 text itself skips a level in places; the 2025 changes must not add new gaps.
    const sourceNumbers = new Set(source.map((account) => account.number));
    const sourceOrphans = source
      .filter((account) => account.number.length > 1 && !sourceNumbers.has(account.number.slice(0, -1)))
      .map((account) => account.number);
    expect(orphans.every((number) => sourceOrphans.includes(number))).toBe(true);
  });

  it('no longer has the accounts removed in 2025 nor their sub-accounts', () => {
    for (const number of ['675', '6751', '6752', '6756', '6758', '775', '7751', '7752', '7756', '7758']) {
      expect(pcgAccount(number)).toBeUndefined();
    }
    for (const number of ['79', '791', '796', '797']) expect(pcgAccount(number)).toBeUndefined();
    expect(PCG_ACCOUNTS.filter((account) => account.number.startsWith('79'))).toEqual([]);
    for (const change of PCG_2025_CHANGES) {
      if (change.kind === 'remove') expect(pcgAccount(change.number)).toBeUndefined();
    }
  });

  it('has the accounts added in 2025 with their labels', () => {
    const added = PCG_2025_CHANGES.filter((change) => change.kind === 'add');
    expect(added.map((change) => change.number).sort()).toEqual(['4742', '4752', '522', '657', '6674', '757', '7674']);
    for (const change of added) {
      expect(pcgAccount(change.number)).toEqual({ number: change.number, label: change.label, level: change.level });
    }
    expect(pcgAccount('522')?.label).toBe('Jetons détenus');
    expect(pcgAccount('657')?.label).toMatch(/immobilisations incorporelles et corporelles cédées/);
    expect(pcgAccount('757')?.label).toMatch(/cessions d’immobilisations incorporelles et corporelles/);
  });

  it('relabels 672 and 772 as charges and income of prior years', () => {
    expect(pcgAccount('672')?.label).toBe('Charges sur exercices antérieurs');
    expect(pcgAccount('772')?.label).toBe('Produits sur exercices antérieurs');
  });

  it('keeps every other account of the 2014-03 chart unchanged', () => {
    const touched = (number: string): boolean =>
      PCG_2025_CHANGES.some((change) =>
        change.kind === 'remove' && change.withSubAccounts
          ? number.startsWith(change.number)
          : number === change.number,
      );
    const kept = source.filter((account) => !touched(account.number));
    expect(kept.length).toBe(1006 - 14 - 2);
    for (const account of kept) expect(pcgAccount(account.number)).toEqual(account);
  });
});

describe('generator', () => {
  it('refuses a change that does not find the chart it expects', () => {
    const tsv = '6\tabrégé\tComptes de charges\n60\tabrégé\tAchats\n';
    expect(() => buildPcg2025(tsv)).toThrow(/Cannot remove 675/);
    expect(() => parsePcgTsv('60;abrégé;Achats')).toThrow(/Line 1/);
    expect(() => parsePcgTsv('60\tcomplet\tAchats')).toThrow(/Line 1/);
  });
});
