// Test helper: a FEC of random balanced entries, reproducible from a seed, for volume tests and oracles.
import type { EntryDraft } from '../entries/ledger';
import type { FecEntry, FecLine } from './fec-types';

/** Accounts the generated entries move, all present in a new company's chart. */
const ACCOUNTS: readonly [string, string][] = [
  ['401', 'Fournisseurs'],
  ['411', 'Clients'],
  ['44566', 'TVA déductible sur autres biens et services'],
  ['44571', 'TVA collectée'],
  ['512', 'Banques'],
  ['531', 'Caisse siège social'],
  ['601', 'Achats stockés - Matières premières'],
  ['606', 'Achats non stockés de matières et fournitures'],
  ['613', 'Locations'],
  ['625', 'Déplacements, missions et réceptions'],
  ['641', 'Rémunérations du personnel'],
  ['701', 'Ventes de produits finis'],
  ['706', 'Prestations de services'],
];
const JOURNALS: readonly [string, string][] = [
  ['VT', 'Ventes'],
  ['AC', 'Achats'],
  ['BQ', 'Banque'],
  ['OD', 'Opérations diverses'],
];

/** Mulberry32: small, fast and good enough to spread amounts and accounts. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `lines` lines of balanced entries (2 to 5 lines each) dated within `year` (YYYY). */
export function generateFecEntries(lines: number, seed: number, year = 2026): FecEntry[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const entries: FecEntry[] = [];
  let count = 0;
  for (let n = 1; count < lines; n++) {
    const [journalCode, journalLib] = pick(JOURNALS);
    const day = 1 + Math.floor((n / Math.max(1, lines / 2.5)) * 364);
    const date = new Date(Date.UTC(year, 0, Math.min(day, 365))).toISOString().slice(0, 10);
    const size = 2 + Math.floor(random() * 4);
    const out: FecLine[] = [];
    let balance = 0;
    for (let i = 0; i < size; i++) {
      const [compteNum, compteLib] = pick(ACCOUNTS);
      const last = i === size - 1;
      const amount = last ? Math.abs(balance) : 1 + Math.floor(random() * 500_000);
      const debit = last ? (balance < 0 ? amount : 0) : random() < 0.5 ? amount : 0;
      const credit = last ? (balance > 0 ? amount : 0) : debit === 0 ? amount : 0;
      if (debit === 0 && credit === 0) break;
      balance += debit - credit;
      out.push({
        ecritureDate: date,
        compteNum,
        compteLib,
        compAuxNum: compteNum === '411' ? `C${n % 97}` : compteNum === '401' ? `F${n % 53}` : '',
        compAuxLib: compteNum === '411' ? `Client ${n % 97}` : compteNum === '401' ? `Fournisseur ${n % 53}` : '',
        pieceRef: `P${n}`,
        pieceDate: date,
        ecritureLib: `Pièce ${n}, ligne ${i + 1}`,
        debit,
        credit,
        ecritureLet: '',
        dateLet: null,
        validDate: date,
        montantDevise: null,
        idevise: '',
      });
    }
    if (out.length < 2 || balance !== 0) continue;
    entries.push({ journalCode, journalLib, ecritureNum: String(n), ecritureDate: date, lines: out });
    count += out.length;
  }
  return entries;
}

/** The same entries as ledger drafts, for filling a company without going through a file. */
export function generatedDrafts(lines: number, seed: number, year = 2026): EntryDraft[] {
  return generateFecEntries(lines, seed, year).map((e) => ({
    journalCode: e.journalCode,
    date: e.ecritureDate,
    label: e.lines[0]!.ecritureLib,
    reference: e.lines[0]!.pieceRef,
    lines: e.lines.map((l) => ({
      accountNumber: l.compteNum,
      auxAccountId: null,
      label: l.ecritureLib,
      debit: l.debit,
      credit: l.credit,
      dueDate: null,
    })),
  }));
}
