import type {
  AuxLedger,
  JournalReport,
  Ledger,
  LedgerLine,
} from '../../../../../../shared/contract/accounting-reports';
import { reportLabels, type ReportLocale } from '../../../../../../shared/i18n/report-labels';
import type { ReportRow, ReportTable } from '../../../../../../shared/report-table';
import { columns, rangeSubtitle, row, type ColumnSpec } from './table-kit';

// Tables for the ledgers and the journal listing: one section per account (or journal), its lines, its totals.

const LEDGER_COLUMNS: ColumnSpec[] = [
  ['date', 'date', 1],
  ['journal', 'text', 0.7],
  ['number', 'text', 1.4],
  ['label', 'text', 3],
  ['reference', 'text', 1],
  ['letter', 'text', 0.5],
  ['debit', 'cents', 1.3],
  ['credit', 'cents', 1.3],
  ['balance', 'cents', 1.3],
];

function ledgerRows(
  locale: ReportLocale,
  heading: string,
  a: { opening: number; lines: LedgerLine[]; totalDebit: number; totalCredit: number; closing: number },
): ReportRow[] {
  const l = reportLabels[locale].rows;
  return [
    row({ label: heading }, 'section'),
    row({ label: l.opening, balance: a.opening }),
    ...a.lines.map((x) =>
      row({
        date: x.date,
        journal: x.journalCode,
        number: x.number,
        label: x.label,
        reference: x.reference,
        letter: x.letter,
        debit: x.debit,
        credit: x.credit,
        balance: x.balance,
      }),
    ),
    row({ label: l.accountTotal, debit: a.totalDebit, credit: a.totalCredit, balance: a.closing }, 'subtotal'),
  ];
}

export function ledgerTable(r: Ledger, locale: ReportLocale, company: string): ReportTable {
  const l = reportLabels[locale];
  return {
    title: l.titles.ledger,
    subtitle: rangeSubtitle(locale, company, r.from, r.to),
    columns: columns(locale, LEDGER_COLUMNS),
    rows: r.accounts.flatMap((a) => ledgerRows(locale, `${a.accountNumber} ${a.accountLabel}`, a)),
    locale,
    landscape: true,
  };
}

export function auxLedgerTable(r: AuxLedger, locale: ReportLocale, company: string): ReportTable {
  const l = reportLabels[locale];
  return {
    title: l.titles.auxLedger,
    subtitle: rangeSubtitle(locale, company, r.from, r.to),
    columns: columns(locale, LEDGER_COLUMNS),
    rows: ledgerRows(locale, `${r.auxNumber} ${r.label} (${r.controlNumber})`, r),
    locale,
    landscape: true,
  };
}

export function journalTable(r: JournalReport, locale: ReportLocale, company: string): ReportTable {
  const l = reportLabels[locale];
  const rows: ReportRow[] = [];
  for (const j of r.journals) {
    rows.push(row({ label: `${j.journalCode} ${j.journalLabel}` }, 'section'));
    for (const e of r.entries.filter((x) => x.journalCode === j.journalCode)) {
      for (const x of e.lines) {
        rows.push(
          row({
            date: e.date,
            number: e.number,
            account: x.auxNumber ? `${x.accountNumber} ${x.auxNumber}` : x.accountNumber,
            label: x.label ?? e.label,
            reference: e.reference,
            debit: x.debit,
            credit: x.credit,
          }),
        );
      }
    }
    rows.push(row({ label: l.rows.journalTotal, debit: j.debit, credit: j.credit }, 'subtotal'));
  }
  rows.push(row({ label: l.rows.total, debit: r.totals.debit, credit: r.totals.credit }, 'total'));
  return {
    title: l.titles.journal,
    subtitle: rangeSubtitle(locale, company, r.from, r.to),
    columns: columns(locale, [
      ['date', 'date', 1],
      ['number', 'text', 1.4],
      ['account', 'text', 1.4],
      ['label', 'text', 3],
      ['reference', 'text', 1],
      ['debit', 'cents', 1.3],
      ['credit', 'cents', 1.3],
    ]),
    rows,
    locale,
    landscape: true,
  };
}
