import type {
  BalanceSheet,
  IncomeStatement,
  StatementSection,
  VatReport,
} from '../../../../../../shared/contract/accounting-reports';
import {
  rateLabel,
  reportLabels,
  statementLabel,
  fill,
  type ReportLocale,
} from '../../../../../../shared/i18n/report-labels';
import type { ReportRow, ReportTable } from '../../../../../../shared/report-table';
import { asOfSubtitle, columns, rangeSubtitle, row, type ColumnSpec } from './table-kit';

// Tables for the compte de résultat, the bilan and the VAT summary.

function sectionRows(locale: ReportLocale, sections: readonly StatementSection[]): ReportRow[] {
  return sections.flatMap((s) => [
    row({ label: statementLabel(locale, s.key) }, 'section'),
    ...s.lines.map((x) =>
      row({ label: statementLabel(locale, x.key), accounts: x.accounts.join(', '), amount: x.amount }),
    ),
    row({ label: statementLabel(locale, s.key), amount: s.total }, 'subtotal'),
  ]);
}

const STATEMENT_COLUMNS: ColumnSpec[] = [
  ['label', 'text', 4],
  ['accounts', 'text', 1.5],
  ['amount', 'cents', 1.5],
];

export function incomeStatementTable(r: IncomeStatement, locale: ReportLocale, company: string): ReportTable {
  const l = reportLabels[locale];
  const byKey = new Map(r.sections.map((s) => [s.key, s]));
  const part = (...keys: string[]) =>
    sectionRows(
      locale,
      keys.flatMap((k) => byKey.get(k) ?? []),
    );
  const result = (key: keyof IncomeStatement['results']) =>
    row({ label: l.results[key], amount: r.results[key] }, 'total');
  return {
    title: l.titles.incomeStatement,
    subtitle: rangeSubtitle(locale, company, r.from, r.to),
    columns: columns(locale, STATEMENT_COLUMNS),
    rows: [
      ...part('operatingIncome', 'operatingExpenses'),
      result('operating'),
      ...part('financialIncome', 'financialExpenses'),
      result('financial'),
      result('currentBeforeTax'),
      ...part('exceptionalIncome', 'exceptionalExpenses'),
      result('exceptional'),
      ...part('profitSharing', 'incomeTax'),
      result('net'),
    ],
    locale,
  };
}

export function balanceSheetTable(r: BalanceSheet, locale: ReportLocale, company: string): ReportTable {
  const l = reportLabels[locale];
  return {
    title: l.titles.balanceSheet,
    subtitle: asOfSubtitle(locale, company, r.asOf),
    columns: columns(locale, STATEMENT_COLUMNS),
    rows: [
      ...sectionRows(locale, r.assets),
      row({ label: l.results.totalAssets, amount: r.totalAssets }, 'total'),
      ...sectionRows(locale, r.liabilities),
      row({ label: l.results.totalLiabilities, amount: r.totalLiabilities }, 'total'),
    ],
    locale,
  };
}

export function vatTable(r: VatReport, locale: ReportLocale, company: string): ReportTable {
  const v = reportLabels[locale].vat;
  return {
    title: reportLabels[locale].titles.vat,
    subtitle: rangeSubtitle(locale, company, r.from, r.to),
    columns: columns(locale, [
      ['label', 'text', 4],
      ['account', 'text', 1],
      ['base', 'cents', 1.5],
      ['vat', 'cents', 1.5],
    ]),
    rows: [
      ...r.collected.map((x) =>
        row({
          label: fill(v.collected, { rate: rateLabel(locale, x.rate) }),
          account: x.accountNumber,
          base: x.base,
          vat: x.vat,
        }),
      ),
      row({ label: v.otherCollected, account: '4457', vat: r.otherCollected }),
      row({ label: v.totalCollected, vat: r.totalCollected }, 'subtotal'),
      row({ label: v.deductibleGoodsServices, account: '44566', vat: r.deductibleGoodsServices }),
      row({ label: v.deductibleFixedAssets, account: '44562', vat: r.deductibleFixedAssets }),
      row({ label: v.creditCarried, account: '44567', vat: r.creditCarried }),
      row({ label: v.totalDeductible, vat: r.totalDeductible }, 'subtotal'),
      row({ label: v.due, vat: r.due }, 'total'),
      row({ label: v.credit, vat: r.credit }, 'total'),
    ],
    locale,
  };
}
