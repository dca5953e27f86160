import { dateLabel, fill, reportLabels, type ReportLocale } from '../../../../../../shared/i18n/report-labels';
import type { ReportColumn, ReportRow } from '../../../../../../shared/report-table';

// Small pieces the report tables share: translated columns, the subtitle with the company and range.

export type ColumnSpec = [key: string, kind: ReportColumn['kind'], width?: number];

export function columns(locale: ReportLocale, specs: readonly ColumnSpec[]): ReportColumn[] {
  const labels = reportLabels[locale].columns as Record<string, string>;
  return specs.map(([key, kind, width]) => ({ key, label: labels[key] ?? key, kind, width: width ?? 1 }));
}

export function rangeSubtitle(locale: ReportLocale, company: string, from: string, to: string): string {
  const range = fill(reportLabels[locale].rows.range, { from: dateLabel(locale, from), to: dateLabel(locale, to) });
  return `${company} — ${range}`;
}

export function asOfSubtitle(locale: ReportLocale, company: string, date: string): string {
  return `${company} — ${fill(reportLabels[locale].rows.asOf, { date: dateLabel(locale, date) })}`;
}

export function row(cells: ReportRow['cells'], style?: ReportRow['style']): ReportRow {
  return style ? { cells, style } : { cells };
}
