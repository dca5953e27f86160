import type { Aged, AuxBalance, TrialBalance } from '../../../../../../shared/contract/accounting-reports';
import { reportLabels, type ReportLocale } from '../../../../../../shared/i18n/report-labels';
import type { ReportTable } from '../../../../../../shared/report-table';
import { asOfSubtitle, columns, rangeSubtitle, row } from './table-kit';

// Tables for the balances: the trial balance, the customers' or suppliers' balance and the aged balance.

export function trialBalanceTable(r: TrialBalance, locale: ReportLocale, company: string): ReportTable {
  const l = reportLabels[locale];
  return {
    title: l.titles.trialBalance,
    subtitle: rangeSubtitle(locale, company, r.from, r.to),
    columns: columns(locale, [
      ['account', 'text', 1],
      ['label', 'text', 3],
      ['debit', 'cents', 1.4],
      ['credit', 'cents', 1.4],
      ['balance', 'cents', 1.4],
    ]),
    rows: [
      ...r.rows.map((x) =>
        row({ account: x.accountNumber, label: x.accountLabel, debit: x.debit, credit: x.credit, balance: x.balance }),
      ),
      row({ label: l.rows.total, ...r.totals }, 'total'),
    ],
    locale,
  };
}

export function auxBalanceTable(r: AuxBalance, locale: ReportLocale, company: string): ReportTable {
  const l = reportLabels[locale];
  return {
    title: `${l.titles.auxBalance} (${l.kinds[r.kind]})`,
    subtitle: rangeSubtitle(locale, company, r.from, r.to),
    columns: columns(locale, [
      ['auxNumber', 'text', 1.2],
      ['label', 'text', 3],
      ['controlNumber', 'text', 0.8],
      ['debit', 'cents', 1.4],
      ['credit', 'cents', 1.4],
      ['balance', 'cents', 1.4],
    ]),
    rows: [
      ...r.rows.map((x) =>
        row({
          auxNumber: x.auxNumber,
          label: x.label,
          controlNumber: x.controlNumber,
          debit: x.debit,
          credit: x.credit,
          balance: x.balance,
        }),
      ),
      row({ label: l.rows.total, ...r.totals }, 'total'),
    ],
    locale,
  };
}

export function agedTable(r: Aged, locale: ReportLocale, company: string): ReportTable {
  const l = reportLabels[locale];
  const buckets = (b: Aged['totals']) => ({
    notDue: b.notDue,
    d1to30: b.d1to30,
    d31to60: b.d31to60,
    d61to90: b.d61to90,
    over90: b.over90,
    total: b.total,
  });
  return {
    title: `${l.titles.aged} (${l.kinds[r.kind]})`,
    subtitle: asOfSubtitle(locale, company, r.asOf),
    columns: columns(locale, [
      ['auxNumber', 'text', 1.2],
      ['label', 'text', 2.5],
      ['notDue', 'cents', 1.2],
      ['d1to30', 'cents', 1.2],
      ['d31to60', 'cents', 1.2],
      ['d61to90', 'cents', 1.2],
      ['over90', 'cents', 1.2],
      ['total', 'cents', 1.3],
    ]),
    rows: [
      ...r.rows.map((x) => row({ auxNumber: x.auxNumber, label: x.label, ...buckets(x) })),
      row({ label: l.rows.total, ...buckets(r.totals) }, 'total'),
    ],
    locale,
    landscape: true,
  };
}
