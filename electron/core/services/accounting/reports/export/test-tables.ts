import type { ReportColumn, ReportRow, ReportTable } from '../../../../../../shared/report-table';

// Tables the export tests write: a small trial balance with every kind of cell and row style, and a long
// ledger to cross pages.

const BALANCE_COLUMNS: ReportColumn[] = [
  { key: 'account', label: 'Compte', kind: 'text', width: 1 },
  { key: 'label', label: 'Libellé', kind: 'text', width: 3 },
  { key: 'lastMove', label: 'Dernier mouvement', kind: 'date', width: 1.3 },
  { key: 'entries', label: 'Écritures', kind: 'number', width: 0.8 },
  { key: 'debit', label: 'Débit', kind: 'cents', width: 1.4 },
  { key: 'credit', label: 'Crédit', kind: 'cents', width: 1.4 },
  { key: 'balance', label: 'Solde', kind: 'cents', width: 1.4 },
];

function account(account: string, label: string, lastMove: string, entries: number, debit: number, credit: number) {
  return { cells: { account, label, lastMove, entries, debit, credit, balance: debit - credit } };
}

function total(label: string, lines: ReportRow[], style: 'subtotal' | 'total'): ReportRow {
  const sum = (key: string) => lines.reduce((acc, l) => acc + Number(l.cells[key] ?? 0), 0);
  const debit = sum('debit');
  const credit = sum('credit');
  return { cells: { label, debit, credit, balance: debit - credit }, style };
}

export function trialBalance(locale: 'fr' | 'en' = 'fr'): ReportTable {
  const class4 = [
    account('401000', 'Fournisseurs — Électricité d’Anjou', '2024-11-28', 14, 120_000, 1_523_456),
    account('411000', 'Clients : « Ça va », Cœur & Cie', '2024-12-30', 42, 987_654_321, 1_234_567),
    account('445711', 'TVA collectée 20 %', '2024-12-31', 40, 0, 164_609_054),
  ];
  const class5 = [
    account('512000', 'Banque — Crédit à Besançon', '2024-12-31', 95, 543_210, 1_234),
    account('530000', 'Caisse', '2024-06-15', 3, 100, 0),
  ];
  const rows: ReportRow[] = [
    { cells: { account: 'Classe 4', label: 'Comptes de tiers' }, style: 'section' },
    ...class4,
    total('Total classe 4', class4, 'subtotal'),
    { cells: { account: 'Classe 5', label: 'Comptes financiers' }, style: 'section' },
    ...class5,
    total('Total classe 5', class5, 'subtotal'),
    total('Total général', [...class4, ...class5], 'total'),
  ];
  return {
    title: locale === 'fr' ? 'Balance générale' : 'Trial balance',
    subtitle: 'Boulangerie Dupré SARL — 01/01/2024 – 31/12/2024',
    columns: locale === 'fr' ? BALANCE_COLUMNS : BALANCE_COLUMNS.map((c) => ({ ...c, label: c.key })),
    rows,
    locale,
    landscape: false,
  };
}

/** A ledger of `count` lines, numbered so the last one can be found. */
export function longLedger(count: number, locale: 'fr' | 'en' = 'fr'): ReportTable {
  const rows: ReportRow[] = [];
  for (let i = 1; i <= count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    rows.push({
      cells: {
        date: `2024-03-${day}`,
        piece: `VT-${String(i).padStart(6, '0')}`,
        label: `Vente n° ${i} à l’épicerie`,
        debit: i * 101,
        credit: null,
      },
    });
  }
  rows.push({ cells: { label: 'Total', debit: (101 * count * (count + 1)) / 2 }, style: 'total' });
  return {
    title: 'Grand livre',
    subtitle: 'Boulangerie Dupré SARL',
    columns: [
      { key: 'date', label: 'Date', kind: 'date' },
      { key: 'piece', label: 'Pièce', kind: 'text' },
      { key: 'label', label: 'Libellé', kind: 'text', width: 3 },
      { key: 'debit', label: 'Débit', kind: 'cents', width: 1.3 },
      { key: 'credit', label: 'Crédit', kind: 'cents', width: 1.3 },
    ],
    rows,
    locale,
  };
}
