// Builds resources/pcg/pcg-2025.json, the chart of accounts for years opened from 1 January 2025: the
// consolidated 2014-03 chart (ANC text at 2017-01-01, ../shared/samples/pcg) with the changes of règlement
// ANC 2022-06 listed in ../shared/samples/pcg/SOURCES.md, and only those, applied from the one table below.
//   npx tsx electron/core/services/accounting/chart/build-pcg.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { type PcgAccount, type PcgLevel } from './pcg-types';

export const PCG_2014_TSV = resolve(process.cwd(), '../shared/samples/pcg/Seb35_PCG_2014-03_v2017-01-01.tsv');
export const PCG_2025_JSON = resolve(process.cwd(), 'resources/pcg/pcg-2025.json');

export type Pcg2025Change =
  /** Removes the account and, when `withSubAccounts`, every account whose number it prefixes. */
  | { kind: 'remove'; number: string; withSubAccounts: boolean }
  | { kind: 'add'; number: string; label: string; level: PcgLevel }
  | { kind: 'relabel'; number: string; label: string };

// SOURCES.md gives no label for the added accounts: the labels marked "written" below were written from the
// meaning SOURCES.md states (disposals of fixed assets now in the operating result; accounts for tokens), and
// their level (base for a 3-digit account, étendu for a 4-digit one) was chosen likewise.
export const PCG_2025_CHANGES: readonly Pcg2025Change[] = [
  // Disposals of fixed assets leave the exceptional result (675/775) for other operating charges and income.
  { kind: 'remove', number: '675', withSubAccounts: true },
  { kind: 'remove', number: '775', withSubAccounts: true },
  // written
  {
    kind: 'add',
    number: '657',
    label: 'Valeurs comptables des immobilisations incorporelles et corporelles cédées',
    level: 'base',
  },
  // written
  {
    kind: 'add',
    number: '757',
    label: 'Produits des cessions d’immobilisations incorporelles et corporelles',
    level: 'base',
  },
  // Transfer-of-charges accounts no longer exist.
  { kind: 'remove', number: '79', withSubAccounts: true },
  // The accounts left at the entities' disposal for prior-year items get a title of their own.
  { kind: 'relabel', number: '672', label: 'Charges sur exercices antérieurs' },
  { kind: 'relabel', number: '772', label: 'Produits sur exercices antérieurs' },
  // Tokens (jetons).
  { kind: 'add', number: '4742', label: 'Différences d’évaluation sur jetons détenus – Actif', level: 'etendu' }, // written
  { kind: 'add', number: '4752', label: 'Différences d’évaluation sur jetons détenus – Passif', level: 'etendu' }, // written
  { kind: 'add', number: '522', label: 'Jetons détenus', level: 'base' }, // written
  { kind: 'add', number: '6674', label: 'Charges nettes sur cessions de jetons', level: 'etendu' }, // written
  { kind: 'add', number: '7674', label: 'Produits nets sur cessions de jetons', level: 'etendu' }, // written
];

const LEVELS: Record<string, PcgLevel> = { abrégé: 'abrege', base: 'base', étendu: 'etendu' };

/** Parses the tab-separated chart: number, detail level, label; no header. */
export function parsePcgTsv(text: string): PcgAccount[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const [number = '', levelText = '', label = ''] = line.split('\t');
      const level = LEVELS[levelText.trim()];
      if (!/^[1-9]\d*$/.test(number) || level === undefined || label.trim() === '') {
        throw new Error(`Line ${index + 1} of the PCG file is not "number<TAB>level<TAB>label": ${line}`);
      }
      return { number, label: label.trim(), level };
    });
}

/** Applies the changes in order; refuses any change that does not find the chart it expects. */
export function applyPcgChanges(accounts: readonly PcgAccount[], changes: readonly Pcg2025Change[]): PcgAccount[] {
  const byNumber = new Map(accounts.map((account) => [account.number, account]));
  if (byNumber.size !== accounts.length) throw new Error('The source chart has duplicate account numbers');
  for (const change of changes) {
    const existing = byNumber.get(change.number);
    switch (change.kind) {
      case 'remove':
        if (existing === undefined) throw new Error(`Cannot remove ${change.number}: not in the chart`);
        for (const number of [...byNumber.keys()]) {
          if (number === change.number || (change.withSubAccounts && number.startsWith(change.number))) {
            byNumber.delete(number);
          }
        }
        break;
      case 'add': {
        if (existing !== undefined) throw new Error(`Cannot add ${change.number}: already in the chart`);
        const parent = change.number.slice(0, -1);
        if (!byNumber.has(parent)) throw new Error(`Cannot add ${change.number}: no parent account ${parent}`);
        byNumber.set(change.number, { number: change.number, label: change.label, level: change.level });
        break;
      }
      case 'relabel':
        if (existing === undefined) throw new Error(`Cannot relabel ${change.number}: not in the chart`);
        byNumber.set(change.number, { ...existing, label: change.label });
        break;
    }
  }
  return sortAccounts([...byNumber.values()]);
}

/** Sorted as a ledger lists them: by number read as text, so 4456 comes before 44562 and 4457. */
export function sortAccounts(accounts: PcgAccount[]): PcgAccount[] {
  return accounts.sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
}

export function buildPcg2025(tsvText: string): PcgAccount[] {
  return applyPcgChanges(parsePcgTsv(tsvText), PCG_2025_CHANGES);
}

/** One account per line (as the repository's formatter lays it out), so a change reads as a one-line difference. */
export async function formatPcgJson(accounts: readonly PcgAccount[], filePath: string): Promise<string> {
  const text = `[\n${accounts.map((account) => `  ${JSON.stringify(account)}`).join(',\n')}\n]\n`;
  return format(text, { ...(await resolveConfig(filePath)), filepath: filePath });
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  const accounts = buildPcg2025(readFileSync(PCG_2014_TSV, 'utf-8'));
  writeFileSync(PCG_2025_JSON, await formatPcgJson(accounts, PCG_2025_JSON));
  console.log(`${accounts.length} accounts written to ${PCG_2025_JSON}`);
}
