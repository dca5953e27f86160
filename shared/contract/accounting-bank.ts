import { z } from 'zod';
import { listQuery, page } from '../domain/list';
import { Cents, Id, IsoDate, optionalText, requiredText } from '../domain/values';
import { isValidIban, normalizeIban } from '../domain/iban';
import { AccountNumber } from './accounting';
import { route } from './route';

export const StatementFormat = z.enum(['csv', 'ofx', 'camt053']);
export type StatementFormat = z.infer<typeof StatementFormat>;
export const BankLineStatus = z.enum(['open', 'matched', 'ignored']);
export type BankLineStatus = z.infer<typeof BankLineStatus>;

const Column = z.number().int().min(0).max(200);

/** How a bank's CSV export reads: columns are counted from 0, after the preamble lines. */
export const CsvMapping = z
  .object({
    delimiter: z.enum([';', ',', '\t', '|']).default(';'),
    encoding: z.enum(['utf-8', 'windows-1252']).default('utf-8'),
    skipLines: z.number().int().min(0).max(50).default(0),
    hasHeader: z.boolean().default(true),
    dateColumn: Column,
    dateFormat: z.enum(['dd/mm/yyyy', 'yyyy-mm-dd', 'mm/dd/yyyy']).default('dd/mm/yyyy'),
    valueDateColumn: Column.nullish().transform((v) => v ?? null),
    labelColumn: Column,
    /** One signed amount column, or a debit and a credit column. */
    amountColumn: Column.nullish().transform((v) => v ?? null),
    debitColumn: Column.nullish().transform((v) => v ?? null),
    creditColumn: Column.nullish().transform((v) => v ?? null),
    decimal: z.enum(['comma', 'point']).default('comma'),
    referenceColumn: Column.nullish().transform((v) => v ?? null),
  })
  .strict()
  .refine((m) => m.amountColumn !== null || (m.debitColumn !== null && m.creditColumn !== null), {
    error: 'validation.bankAmountColumns',
    path: ['amountColumn'],
  });
export type CsvMapping = z.output<typeof CsvMapping>;
export type CsvMappingInput = z.input<typeof CsvMapping>;

export const Iban = z.string().transform(normalizeIban).refine(isValidIban, { error: 'validation.iban' });

export const Bic = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => v === '' || /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v), { error: 'validation.bic' })
  .nullish()
  .transform((v) => (v ? v : null));

export const BankAccount = z.object({
  id: Id,
  name: z.string(),
  iban: z.string(),
  bic: z.string().nullable(),
  /** The 512x ledger account opened with it. */
  accountNumber: z.string(),
  journalCode: z.string(),
  csvMapping: CsvMapping.nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BankAccount = z.infer<typeof BankAccount>;

export const Statement = z.object({
  id: Id,
  bankAccountId: Id,
  format: StatementFormat,
  fileName: z.string(),
  importedAt: z.string(),
  openingBalance: Cents.nullable(),
  closingBalance: Cents.nullable(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  lineCount: z.number().int(),
});

export const ImportResult = z.object({
  statement: Statement,
  /** Lines added; lines already known from an overlapping statement are skipped. */
  added: z.number().int(),
  skipped: z.number().int(),
});

export const BankLine = z.object({
  id: Id,
  bankAccountId: Id,
  statementId: Id,
  date: z.string(),
  valueDate: z.string().nullable(),
  label: z.string(),
  reference: z.string().nullable(),
  /** Signed: money coming in is positive. */
  amount: Cents,
  status: BankLineStatus,
  entryId: Id.nullable(),
});
export type BankLine = z.infer<typeof BankLine>;

export const MatchCandidate = z.object({
  /** The entry lines that settle the bank line together (one open item, or several of one third party). */
  lineIds: z.array(Id),
  entryId: Id,
  entryNumber: z.string().nullable(),
  date: z.string(),
  accountNumber: z.string(),
  auxAccountId: Id.nullable(),
  auxLabel: z.string().nullable(),
  label: z.string(),
  reference: z.string().nullable(),
  /** Signed as the bank sees it: what settling the item moves on the bank account. */
  amount: Cents,
  score: z.number().int(),
});
export type MatchCandidate = z.infer<typeof MatchCandidate>;

export const StatementPreview = z.object({
  format: StatementFormat,
  /** For CSV: the header cells (or empty) and the first raw rows, to choose columns. */
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** The lines as the mapping reads them, when it could read them. */
  lines: z.array(BankLine.pick({ date: true, valueDate: true, label: true, reference: true, amount: true })),
  lineCount: z.number().int(),
  openingBalance: Cents.nullable(),
  closingBalance: Cents.nullable(),
  /** The CSV mapping the preview read with: the one given, else the account's remembered one. */
  mapping: CsvMapping.nullable(),
  /** Why the file cannot be read with that mapping, to show beside it. */
  problem: z
    .object({ messageKey: z.string(), line: z.number().int().nullable(), value: z.string().nullable() })
    .nullable(),
});

export const Reconciliation = z.object({
  asOf: z.string(),
  /** The bank's balance: the last closing balance given up to asOf, else the first opening balance plus lines. */
  statementBalance: Cents.nullable(),
  ledgerBalance: Cents,
  difference: Cents.nullable(),
  openLines: z.number().int(),
  openAmount: Cents,
  matchedLines: z.number().int(),
  ignoredLines: z.number().int(),
});

export const BANK_LINE_SORTS = ['date', 'amount'] as const;

/** Up to 3 MB of file once encoded: what the HTTP bridge lets through. */
const ContentBase64 = z
  .string()
  .min(1)
  .max(4_000_000)
  .regex(/^[A-Za-z0-9+/=\s]+$/, { error: 'validation.base64' });

const FileInput = {
  bankAccountId: Id,
  fileName: requiredText(255),
  contentBase64: ContentBase64,
  format: StatementFormat.optional(),
  mapping: CsvMapping.optional(),
};

export const accountingBank = {
  'accounting.bankaccount.list': route({
    kind: 'query',
    permission: 'accounting.read',
    input: z.object({}).strict(),
    output: z.array(BankAccount),
  }),
  'accounting.bankaccount.create': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z
      .object({
        name: requiredText(100),
        iban: Iban,
        bic: Bic,
        /** A 512 sub-account; the next free one (5121, 5122...) when not given. */
        accountNumber: AccountNumber.optional(),
      })
      .strict(),
    output: BankAccount,
  }),
  'accounting.bankaccount.update': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z
      .object({
        id: Id,
        name: requiredText(100).optional(),
        bic: Bic.optional(),
        active: z.boolean().optional(),
        csvMapping: CsvMapping.nullable().optional(),
      })
      .strict(),
    output: BankAccount,
  }),
  'accounting.bankaccount.reconciliation': route({
    kind: 'query',
    permission: 'accounting.read',
    input: z.object({ id: Id, asOf: IsoDate }).strict(),
    output: Reconciliation,
  }),
  'accounting.statement.preview': route({
    kind: 'query',
    permission: 'accounting.write',
    input: z.object(FileInput).strict(),
    output: StatementPreview,
  }),
  'accounting.statement.import': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z.object(FileInput).strict(),
    output: ImportResult,
  }),
  'accounting.statement.list': route({
    kind: 'query',
    permission: 'accounting.read',
    input: z.object({ bankAccountId: Id }).strict(),
    output: z.array(Statement),
  }),
  'accounting.bankline.list': route({
    kind: 'query',
    permission: 'accounting.read',
    input: listQuery(BANK_LINE_SORTS)
      .extend({
        bankAccountId: Id,
        status: BankLineStatus.optional(),
        from: IsoDate.optional(),
        to: IsoDate.optional(),
      })
      .strict(),
    output: page(BankLine),
  }),
  'accounting.bankline.suggest': route({
    kind: 'query',
    permission: 'accounting.read',
    input: z.object({ id: Id }).strict(),
    output: z.array(MatchCandidate),
  }),
  'accounting.bankline.match': route({
    kind: 'mutation',
    permission: 'accounting.validate',
    input: z.object({ id: Id, lineIds: z.array(Id).min(1).max(100) }).strict(),
    output: BankLine,
  }),
  'accounting.bankline.post': route({
    kind: 'mutation',
    permission: 'accounting.validate',
    input: z
      .object({
        id: Id,
        accountNumber: AccountNumber,
        auxAccountId: Id.nullish().transform((v) => v ?? null),
        label: optionalText(200),
      })
      .strict(),
    output: BankLine,
  }),
  'accounting.bankline.ignore': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z.object({ id: Id }).strict(),
    output: BankLine,
  }),
  'accounting.bankline.unignore': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z.object({ id: Id }).strict(),
    output: BankLine,
  }),
} as const;
