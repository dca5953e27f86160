import { z } from 'zod';
import { Cents, Id, IsoDate } from '../domain/values';
import { route } from './route';

const Range = { from: IsoDate, to: IsoDate };
const AccountBound = z
  .string()
  .trim()
  .regex(/^\d{1,10}$/, { error: 'validation.accountNumber' });
const JournalFilter = z.string().trim().toUpperCase().min(2).max(6);

export const PartyKind = z.enum(['customer', 'supplier']);
export type PartyKind = z.infer<typeof PartyKind>;

// ---- Balance générale ----

export const TrialBalanceInput = z
  .object({
    ...Range,
    /** Inclusive bounds compared as prefixes: accountFrom '4', accountTo '4' keeps all of class 4. */
    accountFrom: AccountBound.optional(),
    accountTo: AccountBound.optional(),
    journalCode: JournalFilter.optional(),
  })
  .strict();
export type TrialBalanceInput = z.input<typeof TrialBalanceInput>;

export const TrialBalanceRow = z.object({
  accountNumber: z.string(),
  accountLabel: z.string(),
  debit: Cents,
  credit: Cents,
  /** debit − credit. */
  balance: Cents,
});
export type TrialBalanceRow = z.infer<typeof TrialBalanceRow>;

export const Totals = z.object({ debit: Cents, credit: Cents, balance: Cents });
export type Totals = z.infer<typeof Totals>;

export const TrialBalance = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(TrialBalanceRow),
  totals: Totals,
});
export type TrialBalance = z.infer<typeof TrialBalance>;

// ---- Grand livre ----

export const LedgerInput = z
  .object({
    ...Range,
    accountFrom: AccountBound.optional(),
    accountTo: AccountBound.optional(),
    journalCode: JournalFilter.optional(),
    auxAccountId: Id.optional(),
    /** The most lines returned over all accounts; past it the answer says `truncated`. */
    limit: z.number().int().min(1).max(200_000).default(20_000),
  })
  .strict();
export type LedgerInput = z.input<typeof LedgerInput>;

export const LedgerLine = z.object({
  lineId: Id,
  entryId: Id,
  date: z.string(),
  journalCode: z.string(),
  number: z.string(),
  label: z.string(),
  reference: z.string().nullable(),
  debit: Cents,
  credit: Cents,
  /** Running balance from the opening, debit − credit. */
  balance: Cents,
  letter: z.string().nullable(),
});
export type LedgerLine = z.infer<typeof LedgerLine>;

export const LedgerAccount = z.object({
  accountNumber: z.string(),
  accountLabel: z.string(),
  /** Balance before `from` within the fiscal year holding `from`, opening entries (AN) included. */
  opening: Cents,
  lines: z.array(LedgerLine),
  totalDebit: Cents,
  totalCredit: Cents,
  closing: Cents,
});
export type LedgerAccount = z.infer<typeof LedgerAccount>;

export const Ledger = z.object({
  from: z.string(),
  to: z.string(),
  accounts: z.array(LedgerAccount),
  truncated: z.boolean(),
});
export type Ledger = z.infer<typeof Ledger>;

// ---- Balance et grand livre auxiliaires ----

export const AuxBalanceInput = z.object({ ...Range, kind: PartyKind }).strict();
export type AuxBalanceInput = z.input<typeof AuxBalanceInput>;

export const AuxBalanceRow = z.object({
  auxAccountId: Id,
  auxNumber: z.string(),
  label: z.string(),
  controlNumber: z.string(),
  debit: Cents,
  credit: Cents,
  balance: Cents,
});
export type AuxBalanceRow = z.infer<typeof AuxBalanceRow>;

export const AuxBalance = z.object({
  from: z.string(),
  to: z.string(),
  kind: PartyKind,
  rows: z.array(AuxBalanceRow),
  totals: Totals,
});
export type AuxBalance = z.infer<typeof AuxBalance>;

export const AuxLedgerInput = z.object({ ...Range, auxAccountId: Id }).strict();
export type AuxLedgerInput = z.input<typeof AuxLedgerInput>;

export const AuxLedger = z.object({
  from: z.string(),
  to: z.string(),
  auxAccountId: Id,
  auxNumber: z.string(),
  label: z.string(),
  controlNumber: z.string(),
  opening: Cents,
  lines: z.array(LedgerLine),
  totalDebit: Cents,
  totalCredit: Cents,
  closing: Cents,
});
export type AuxLedger = z.infer<typeof AuxLedger>;

// ---- Balance âgée ----

export const AgedInput = z.object({ asOf: IsoDate, kind: PartyKind }).strict();
export type AgedInput = z.input<typeof AgedInput>;

export const AgedBuckets = z.object({
  notDue: Cents,
  d1to30: Cents,
  d31to60: Cents,
  d61to90: Cents,
  over90: Cents,
  total: Cents,
});
export type AgedBuckets = z.infer<typeof AgedBuckets>;

export const AgedRow = AgedBuckets.extend({ auxAccountId: Id, auxNumber: z.string(), label: z.string() });
export type AgedRow = z.infer<typeof AgedRow>;

export const Aged = z.object({ asOf: z.string(), kind: PartyKind, rows: z.array(AgedRow), totals: AgedBuckets });
export type Aged = z.infer<typeof Aged>;

// ---- Compte de résultat, bilan ----

/** One line of a statement: `key` is translated by the screens and exports (shared/i18n/report-labels.ts). */
export const StatementLine = z.object({
  key: z.string(),
  /** The account prefixes it gathers, as the chart lists them. */
  accounts: z.array(z.string()),
  amount: Cents,
});
export type StatementLine = z.infer<typeof StatementLine>;

export const StatementSection = z.object({ key: z.string(), lines: z.array(StatementLine), total: Cents });
export type StatementSection = z.infer<typeof StatementSection>;

export const IncomeStatementInput = z.object({ ...Range }).strict();
export type IncomeStatementInput = z.input<typeof IncomeStatementInput>;

export const IncomeStatement = z.object({
  from: z.string(),
  to: z.string(),
  /** In order: operatingIncome, operatingExpenses, financialIncome, financialExpenses, exceptionalIncome,
   * exceptionalExpenses, profitSharing, incomeTax. Amounts are positive for the section's natural side. */
  sections: z.array(StatementSection),
  results: z.object({
    operating: Cents,
    financial: Cents,
    currentBeforeTax: Cents,
    exceptional: Cents,
    net: Cents,
  }),
});
export type IncomeStatement = z.infer<typeof IncomeStatement>;

export const BalanceSheetInput = z.object({ asOf: IsoDate }).strict();
export type BalanceSheetInput = z.input<typeof BalanceSheetInput>;

export const BalanceSheet = z.object({
  asOf: z.string(),
  /** The start of the fiscal year holding asOf. */
  from: z.string(),
  assets: z.array(StatementSection),
  liabilities: z.array(StatementSection),
  totalAssets: Cents,
  totalLiabilities: Cents,
});
export type BalanceSheet = z.infer<typeof BalanceSheet>;

// ---- TVA (CA3) ----

export const VatInput = z.object({ ...Range }).strict();
export type VatInput = z.input<typeof VatInput>;

export const VatRateLine = z.object({
  /** Basis points: 2000, 1000, 550, 210. */
  rate: z.number().int(),
  accountNumber: z.string(),
  base: Cents,
  vat: Cents,
});
export type VatRateLine = z.infer<typeof VatRateLine>;

export const VatReport = z.object({
  from: z.string(),
  to: z.string(),
  collected: z.array(VatRateLine),
  /** Collected VAT on 4457x accounts other than the four rate accounts. */
  otherCollected: Cents,
  deductibleGoodsServices: Cents,
  deductibleFixedAssets: Cents,
  /** Credit carried from an earlier return (44567). */
  creditCarried: Cents,
  totalCollected: Cents,
  totalDeductible: Cents,
  /** Positive: VAT to pay; otherwise zero and `credit` holds the credit. */
  due: Cents,
  credit: Cents,
});
export type VatReport = z.infer<typeof VatReport>;

// ---- Journal ----

export const JournalReportInput = z.object({ ...Range, journalCode: JournalFilter.optional() }).strict();
export type JournalReportInput = z.input<typeof JournalReportInput>;

export const JournalReportLine = z.object({
  lineId: Id,
  accountNumber: z.string(),
  accountLabel: z.string(),
  auxNumber: z.string().nullable(),
  label: z.string().nullable(),
  debit: Cents,
  credit: Cents,
});

export const JournalReportEntry = z.object({
  entryId: Id,
  journalCode: z.string(),
  number: z.string(),
  date: z.string(),
  label: z.string(),
  reference: z.string().nullable(),
  lines: z.array(JournalReportLine),
  totalDebit: Cents,
  totalCredit: Cents,
});
export type JournalReportEntry = z.infer<typeof JournalReportEntry>;

export const JournalReport = z.object({
  from: z.string(),
  to: z.string(),
  entries: z.array(JournalReportEntry),
  journals: z.array(z.object({ journalCode: z.string(), journalLabel: z.string(), debit: Cents, credit: Cents })),
  totals: z.object({ debit: Cents, credit: Cents }),
});
export type JournalReport = z.infer<typeof JournalReport>;

// ---- Export ----

export const ReportFormat = z.enum(['csv', 'xlsx', 'pdf']);
export const ReportLocale = z.enum(['fr', 'en']);

const exportOf = <N extends string, P extends z.ZodType>(report: N, params: P) =>
  z.object({ report: z.literal(report), params, format: ReportFormat, locale: ReportLocale }).strict();

export const ReportExportInput = z.discriminatedUnion('report', [
  exportOf('trialBalance', TrialBalanceInput),
  exportOf('ledger', LedgerInput),
  exportOf('auxBalance', AuxBalanceInput),
  exportOf('auxLedger', AuxLedgerInput),
  exportOf('aged', AgedInput),
  exportOf('incomeStatement', IncomeStatementInput),
  exportOf('balanceSheet', BalanceSheetInput),
  exportOf('vat', VatInput),
  exportOf('journal', JournalReportInput),
]);
export type ReportExportInput = z.input<typeof ReportExportInput>;
export type ReportName = ReportExportInput['report'];

export const ReportFile = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });
export type ReportFile = z.infer<typeof ReportFile>;

export const accountingReports = {
  'accounting.report.trialBalance': route({
    kind: 'query',
    permission: 'accounting.read',
    input: TrialBalanceInput,
    output: TrialBalance,
  }),
  'accounting.report.ledger': route({
    kind: 'query',
    permission: 'accounting.read',
    input: LedgerInput,
    output: Ledger,
  }),
  'accounting.report.auxBalance': route({
    kind: 'query',
    permission: 'accounting.read',
    input: AuxBalanceInput,
    output: AuxBalance,
  }),
  'accounting.report.auxLedger': route({
    kind: 'query',
    permission: 'accounting.read',
    input: AuxLedgerInput,
    output: AuxLedger,
  }),
  'accounting.report.aged': route({ kind: 'query', permission: 'accounting.read', input: AgedInput, output: Aged }),
  'accounting.report.incomeStatement': route({
    kind: 'query',
    permission: 'accounting.read',
    input: IncomeStatementInput,
    output: IncomeStatement,
  }),
  'accounting.report.balanceSheet': route({
    kind: 'query',
    permission: 'accounting.read',
    input: BalanceSheetInput,
    output: BalanceSheet,
  }),
  'accounting.report.vat': route({ kind: 'query', permission: 'accounting.read', input: VatInput, output: VatReport }),
  'accounting.report.journal': route({
    kind: 'query',
    permission: 'accounting.read',
    input: JournalReportInput,
    output: JournalReport,
  }),
  'accounting.report.export': route({
    kind: 'query',
    permission: 'accounting.read',
    input: ReportExportInput,
    output: ReportFile,
  }),
} as const;
