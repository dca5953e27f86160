import type {
  Aged,
  BalanceSheet,
  IncomeStatement,
  Ledger,
  TrialBalance,
  VatReport,
} from '../../../shared/contract/accounting-reports';
import { centsToDecimal } from '../../../shared/domain/money';

// The reports as plain CSV for scripts: stable English column names, amounts as plain decimals (1234.56), one
// record per line. A field is quoted only when it holds a comma, a quote or a line break.

type Field = string | number | null;

function field(v: Field): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header: readonly string[], records: readonly Field[][]): string {
  return [header, ...records].map((r) => r.map(field).join(',')).join('\n') + '\n';
}

const d = centsToDecimal;

export function trialBalanceCsv(r: TrialBalance): string {
  return csv(
    ['account', 'label', 'debit', 'credit', 'balance'],
    r.rows.map((x) => [x.accountNumber, x.accountLabel, d(x.debit), d(x.credit), d(x.balance)]),
  );
}

export function ledgerCsv(r: Ledger): string {
  const records: Field[][] = [];
  for (const a of r.accounts) {
    records.push([a.accountNumber, '', 'opening', '', '', '', '', '', '', d(a.opening)]);
    for (const l of a.lines) {
      records.push([
        a.accountNumber,
        l.date,
        l.journalCode,
        l.number,
        l.label,
        l.reference,
        l.letter,
        d(l.debit),
        d(l.credit),
        d(l.balance),
      ]);
    }
  }
  return csv(
    ['account', 'date', 'journal', 'number', 'label', 'reference', 'letter', 'debit', 'credit', 'balance'],
    records,
  );
}

export function incomeStatementCsv(r: IncomeStatement): string {
  const records: Field[][] = [];
  for (const s of r.sections) {
    for (const l of s.lines) records.push([s.key, l.key, l.accounts.join(' '), d(l.amount)]);
    records.push([s.key, 'total', '', d(s.total)]);
  }
  for (const [key, amount] of Object.entries(r.results)) records.push(['result', key, '', d(amount)]);
  return csv(['section', 'line', 'accounts', 'amount'], records);
}

export function balanceSheetCsv(r: BalanceSheet): string {
  const records: Field[][] = [];
  for (const [side, sections] of [
    ['assets', r.assets],
    ['liabilities', r.liabilities],
  ] as const) {
    for (const s of sections) {
      for (const l of s.lines) records.push([side, s.key, l.key, l.accounts.join(' '), d(l.amount)]);
    }
  }
  records.push(['assets', 'total', 'total', '', d(r.totalAssets)]);
  records.push(['liabilities', 'total', 'total', '', d(r.totalLiabilities)]);
  return csv(['side', 'section', 'line', 'accounts', 'amount'], records);
}

export function vatCsv(r: VatReport): string {
  const records: Field[][] = r.collected.map((c) => [`collected ${c.rate}`, c.accountNumber, d(c.base), d(c.vat)]);
  const plain: [string, string, number][] = [
    ['otherCollected', '4457', r.otherCollected],
    ['totalCollected', '', r.totalCollected],
    ['deductibleGoodsServices', '44566', r.deductibleGoodsServices],
    ['deductibleFixedAssets', '44562', r.deductibleFixedAssets],
    ['creditCarried', '44567', r.creditCarried],
    ['totalDeductible', '', r.totalDeductible],
    ['due', '', r.due],
    ['credit', '', r.credit],
  ];
  for (const [line, account, amount] of plain) records.push([line, account, '', d(amount)]);
  return csv(['line', 'account', 'base', 'vat'], records);
}

export function agedCsv(r: Aged): string {
  const buckets = (b: Aged['totals']) => [b.notDue, b.d1to30, b.d31to60, b.d61to90, b.over90, b.total].map(d);
  return csv(
    ['aux_account', 'label', 'not_due', 'd1_30', 'd31_60', 'd61_90', 'over_90', 'total'],
    [...r.rows.map((x) => [x.auxNumber, x.label, ...buckets(x)]), ['total', '', ...buckets(r.totals)]],
  );
}
