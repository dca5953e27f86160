import { z } from 'zod';
import { listQuery, page } from '../domain/list';
import { Id, IsoDate, requiredText } from '../domain/values';
import { route } from './route';

export const AccountType = z.enum(['balance-sheet', 'income', 'special']);
export const NormalSide = z.enum(['debit', 'credit']);
export const JournalKind = z.enum(['sales', 'purchases', 'bank', 'cash', 'misc', 'opening', 'payroll']);
/** The kinds a user may open; the others come with the company. */
export const UserJournalKind = z.enum(['misc', 'bank', 'cash']);
export const FiscalYearStatus = z.enum(['open', 'closed']);
export const ActiveFilter = z.enum(['active', 'inactive', 'all']);

/** Digits only here; whether the number hangs from the chart is checked in the core. */
export const AccountNumber = z
  .string()
  .trim()
  .regex(/^[1-8]\d{2,9}$/, { error: 'validation.accountNumber' });

export const JournalCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,6}$/, { error: 'validation.journalCode' });

export const Account = z.object({
  id: Id,
  number: z.string(),
  label: z.string(),
  accountClass: z.number().int().min(1).max(8),
  type: AccountType,
  normalSide: NormalSide,
  parentNumber: z.string().nullable(),
  /** From the official chart, or opened by the company. */
  isPcg: z.boolean(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Account = z.infer<typeof Account>;

export const ACCOUNT_SORTS = ['number'] as const;

export const AccountListQuery = listQuery(ACCOUNT_SORTS)
  .extend({
    accountClass: z.number().int().min(1).max(8).optional(),
    status: ActiveFilter.default('all'),
  })
  .strict();
export type AccountListQuery = z.input<typeof AccountListQuery>;

export const Journal = z.object({
  id: Id,
  code: z.string(),
  label: z.string(),
  kind: JournalKind,
  accountNumber: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Journal = z.infer<typeof Journal>;

export const Period = z.object({
  id: Id,
  startDate: z.string(),
  endDate: z.string(),
  locked: z.boolean(),
});
export type Period = z.infer<typeof Period>;

export const FiscalYear = z.object({
  id: Id,
  startDate: z.string(),
  endDate: z.string(),
  status: FiscalYearStatus,
  closedAt: z.string().nullable(),
  periods: z.array(Period),
});
export type FiscalYear = z.infer<typeof FiscalYear>;

export const accounting = {
  'accounting.account.list': route({
    kind: 'query',
    permission: 'accounting.read',
    input: AccountListQuery,
    output: page(Account),
  }),
  'accounting.account.create': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z.object({ number: AccountNumber, label: requiredText(200) }).strict(),
    output: Account,
  }),
  'accounting.account.update': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z.object({ id: Id, label: requiredText(200).optional(), active: z.boolean().optional() }).strict(),
    output: Account,
  }),
  'accounting.journal.list': route({
    kind: 'query',
    permission: 'accounting.read',
    input: z.object({ status: ActiveFilter.default('all') }).strict(),
    output: z.array(Journal),
  }),
  'accounting.journal.create': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z
      .object({
        code: JournalCode,
        label: requiredText(100),
        kind: UserJournalKind,
        /** The bank or cash account the journal moves; none for a miscellaneous journal. */
        accountNumber: AccountNumber.nullish().transform((v) => v ?? null),
      })
      .strict(),
    output: Journal,
  }),
  'accounting.journal.update': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z.object({ id: Id, label: requiredText(100).optional(), active: z.boolean().optional() }).strict(),
    output: Journal,
  }),
  'accounting.year.list': route({
    kind: 'query',
    permission: 'accounting.read',
    input: z.object({}).strict(),
    output: z.array(FiscalYear),
  }),
  'accounting.year.create': route({
    kind: 'mutation',
    permission: 'accounting.write',
    /** Twelve months by default; a first or irregular year may run from 1 to 24 months. */
    input: z.object({ startDate: IsoDate, endDate: IsoDate.optional() }).strict(),
    output: FiscalYear,
  }),
  'accounting.period.lock': route({
    kind: 'mutation',
    permission: 'accounting.admin',
    input: z.object({ id: Id }).strict(),
    output: FiscalYear,
  }),
  'accounting.period.unlock': route({
    kind: 'mutation',
    permission: 'accounting.admin',
    input: z.object({ id: Id }).strict(),
    output: FiscalYear,
  }),
} as const;
