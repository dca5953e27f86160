import type { ReportExportInput, ReportName } from '../../../../../shared/contract/accounting-reports';

export const REPORTS = [
  'trialBalance',
  'ledger',
  'journal',
  'auxBalance',
  'auxLedger',
  'aged',
  'incomeStatement',
  'balanceSheet',
  'vat',
] as const satisfies readonly ReportName[];

/** What each report asks for, so the parameters bar shows only those fields. */
export const REPORT_FIELDS: Record<
  ReportName,
  readonly ('range' | 'asOf' | 'journal' | 'accounts' | 'kind' | 'aux')[]
> = {
  trialBalance: ['range', 'journal', 'accounts'],
  ledger: ['range', 'journal', 'accounts'],
  journal: ['range', 'journal'],
  auxBalance: ['range', 'kind'],
  auxLedger: ['range', 'aux'],
  aged: ['asOf', 'kind'],
  incomeStatement: ['range'],
  balanceSheet: ['asOf'],
  vat: ['range'],
};

/** A report's parameters as the address keeps them; empty strings are "not set". */
export interface ReportParams {
  from: string;
  to: string;
  journal: string;
  accountFrom: string;
  accountTo: string;
  kind: 'customer' | 'supplier';
  aux: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isReport(name: string | undefined): name is ReportName {
  return (REPORTS as readonly string[]).includes(name ?? '');
}

/** Dates left out of the address fall back to the fiscal year in course. */
export function parseReportParams(sp: URLSearchParams, year: { from: string; to: string }): ReportParams {
  const date = (v: string | null, fallback: string) => (v && DATE.test(v) ? v : fallback);
  return {
    from: date(sp.get('from'), year.from),
    to: date(sp.get('to'), year.to),
    journal: sp.get('journal') ?? '',
    accountFrom: sp.get('af') ?? '',
    accountTo: sp.get('at') ?? '',
    kind: sp.get('kind') === 'supplier' ? 'supplier' : 'customer',
    aux: sp.get('aux') ?? '',
  };
}

export function reportParamsToSearch(p: Partial<ReportParams>): URLSearchParams {
  const sp = new URLSearchParams();
  if (p.from) sp.set('from', p.from);
  if (p.to) sp.set('to', p.to);
  if (p.journal) sp.set('journal', p.journal);
  if (p.accountFrom) sp.set('af', p.accountFrom);
  if (p.accountTo) sp.set('at', p.accountTo);
  if (p.kind && p.kind !== 'customer') sp.set('kind', p.kind);
  if (p.aux) sp.set('aux', p.aux);
  return sp;
}

/** The core's input for a report, or null while a required parameter is missing. */
export function reportInput(report: ReportName, p: ReportParams): ReportExportInput['params'] | null {
  const range = { from: p.from, to: p.to };
  const journal = p.journal ? { journalCode: p.journal } : {};
  const accounts = {
    ...(/^\d{1,10}$/.test(p.accountFrom) ? { accountFrom: p.accountFrom } : {}),
    ...(/^\d{1,10}$/.test(p.accountTo) ? { accountTo: p.accountTo } : {}),
  };
  switch (report) {
    case 'trialBalance':
      return { ...range, ...journal, ...accounts };
    case 'ledger':
      return { ...range, ...journal, ...accounts, limit: 5000 };
    case 'journal':
      return { ...range, ...journal };
    case 'auxBalance':
      return { ...range, kind: p.kind };
    case 'auxLedger':
      return /^\d+$/.test(p.aux) ? { ...range, auxAccountId: Number(p.aux) } : null;
    case 'aged':
      return { asOf: p.to, kind: p.kind };
    case 'balanceSheet':
      return { asOf: p.to };
    case 'incomeStatement':
    case 'vat':
      return range;
  }
}
