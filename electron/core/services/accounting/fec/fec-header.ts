// The first line of a FEC names its columns. Real files vary the casing and spelling, so matching is forgiving.

export const FEC_COLUMNS = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'CompAuxNum',
  'CompAuxLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'EcritureLet',
  'DateLet',
  'ValidDate',
  'Montantdevise',
  'Idevise',
] as const;

export type FecColumn = (typeof FEC_COLUMNS)[number];
type SignedColumn = 'Montant' | 'Sens';

// Spellings seen in real files, after lower-casing and dropping spaces, dashes and underscores.
const ALIASES: Record<string, string> = {
  ecrturelet: 'ecriturelet',
  ecriturelettrage: 'ecriturelet',
  datelettrage: 'datelet',
  montantendevise: 'montantdevise',
  devise: 'idevise',
};

function normalize(name: string): string {
  const key = name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  return ALIASES[key] ?? key;
}

export interface FecHeader {
  /** Column position of each field; Debit and Credit are absent in the Montant + Sens form. */
  positions: Map<FecColumn | SignedColumn, number>;
  signed: boolean;
  /** Number of cells the header has, trailing empty ones included. */
  width: number;
  /** Highest position a line must reach. */
  lastUsed: number;
  extraColumns: string[];
}

export type HeaderResult = { ok: true; header: FecHeader } | { ok: false; missing: string[] };

export function parseHeader(cells: string[]): HeaderResult {
  const byName = new Map<string, number>();
  cells.forEach((cell, i) => {
    const key = normalize(cell);
    if (key !== '' && !byName.has(key)) byName.set(key, i);
  });
  const signed = !byName.has('debit') && !byName.has('credit') && byName.has('montant') && byName.has('sens');
  const wanted: (FecColumn | SignedColumn)[] = signed
    ? [...FEC_COLUMNS.filter((c) => c !== 'Debit' && c !== 'Credit'), 'Montant', 'Sens']
    : [...FEC_COLUMNS];
  const positions = new Map<FecColumn | SignedColumn, number>();
  const missing: string[] = [];
  for (const column of wanted) {
    const at = byName.get(column.toLowerCase());
    if (at === undefined) missing.push(column);
    else positions.set(column, at);
  }
  if (missing.length > 0) return { ok: false, missing };
  const used = new Set(positions.values());
  const extraColumns = cells.filter((cell, i) => !used.has(i) && cell.trim() !== '').map((cell) => cell.trim());
  return {
    ok: true,
    header: { positions, signed, width: cells.length, lastUsed: Math.max(...used), extraColumns },
  };
}
