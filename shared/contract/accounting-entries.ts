import { z } from 'zod';
import { listQuery, page } from '../domain/list';
import { Cents, Id, IsoDate, optionalText, requiredText } from '../domain/values';
import { AccountNumber, FiscalYear } from './accounting';
import { route } from './route';

export const EntryStatus = z.enum(['draft', 'validated']);

/** One line as a clerk types it: an account number, optionally a third party's auxiliary account. */
export const EntryLineInput = z
  .object({
    accountNumber: AccountNumber,
    /** The auxiliary account (customer or supplier) under a 411/401-type control account. */
    auxAccountId: Id.nullish().transform((v) => v ?? null),
    label: optionalText(200),
    debit: Cents.min(0).default(0),
    credit: Cents.min(0).default(0),
    dueDate: IsoDate.nullish().transform((v) => v ?? null),
  })
  .strict();
export type EntryLineInput = z.input<typeof EntryLineInput>;

export const EntryInput = z
  .object({
    journalCode: z.string().trim().toUpperCase().min(2).max(6),
    date: IsoDate,
    label: requiredText(200),
    /** The voucher the entry records (invoice number, statement reference): the FEC's PieceRef. */
    reference: optionalText(60),
    lines: z.array(EntryLineInput).min(2).max(5000),
  })
  .strict();
export type EntryInput = z.input<typeof EntryInput>;

export const EntryLine = z.object({
  id: Id,
  lineNo: z.number().int().min(1),
  accountNumber: z.string(),
  accountLabel: z.string(),
  auxAccountId: Id.nullable(),
  auxNumber: z.string().nullable(),
  auxLabel: z.string().nullable(),
  label: z.string().nullable(),
  debit: Cents,
  credit: Cents,
  dueDate: z.string().nullable(),
  letter: z.string().nullable(),
});
export type EntryLine = z.infer<typeof EntryLine>;

export const EntrySource = z.object({ type: z.string(), id: z.number().int() });

export const Entry = z.object({
  id: Id,
  journalCode: z.string(),
  journalLabel: z.string(),
  date: z.string(),
  label: z.string(),
  reference: z.string().nullable(),
  status: EntryStatus,
  /** Assigned at validation, continuous per journal and fiscal year. */
  number: z.string().nullable(),
  validatedAt: z.string().nullable(),
  source: EntrySource.nullable(),
  reversalOf: Id.nullable(),
  reversedBy: Id.nullable(),
  totalDebit: Cents,
  totalCredit: Cents,
  lines: z.array(EntryLine),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Entry = z.infer<typeof Entry>;

export const EntryRow = Entry.omit({ lines: true });
export type EntryRow = z.infer<typeof EntryRow>;

export const ENTRY_SORTS = ['date', 'number', 'journal'] as const;

export const EntryListQuery = listQuery(ENTRY_SORTS)
  .extend({
    journalCode: z.string().trim().toUpperCase().optional(),
    status: EntryStatus.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    accountNumber: z.string().trim().optional(),
  })
  .strict();
export type EntryListQuery = z.input<typeof EntryListQuery>;

export const AuxKind = z.enum(['customer', 'supplier', 'other']);

export const AuxAccount = z.object({
  id: Id,
  number: z.string(),
  label: z.string(),
  kind: AuxKind,
  /** The collective account it hangs from: 411 for customers, 401 for suppliers. */
  controlNumber: z.string(),
  partyId: Id.nullable(),
});
export type AuxAccount = z.infer<typeof AuxAccount>;

export const YearCloseResult = z.object({
  year: FiscalYear,
  next: FiscalYear,
  /** Profit (positive) or loss (negative) carried to 120 or 129. */
  result: Cents,
  openingEntryId: Id.nullable(),
});

export const accountingEntries = {
  'accounting.entry.list': route({
    kind: 'query',
    permission: 'accounting.read',
    input: EntryListQuery,
    output: page(EntryRow),
  }),
  'accounting.entry.get': route({
    kind: 'query',
    permission: 'accounting.read',
    input: z.object({ id: Id }).strict(),
    output: Entry,
  }),
  'accounting.entry.create': route({
    kind: 'mutation',
    permission: 'accounting.write',
    /** A draft: balanced or not, it weighs nothing until validated. */
    input: EntryInput,
    output: Entry,
  }),
  'accounting.entry.update': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z.object({ id: Id, entry: EntryInput }).strict(),
    output: Entry,
  }),
  'accounting.entry.delete': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  }),
  'accounting.entry.validate': route({
    kind: 'mutation',
    permission: 'accounting.validate',
    input: z.object({ id: Id }).strict(),
    output: Entry,
  }),
  /** Creates and validates in one step: the fast entry screen's Enter. */
  'accounting.entry.post': route({
    kind: 'mutation',
    permission: 'accounting.validate',
    input: EntryInput,
    output: Entry,
  }),
  'accounting.entry.reverse': route({
    kind: 'mutation',
    permission: 'accounting.validate',
    input: z.object({ id: Id, date: IsoDate.optional() }).strict(),
    output: Entry,
  }),
  'accounting.aux.list': route({
    kind: 'query',
    permission: 'accounting.read',
    input: z
      .object({
        kind: AuxKind.optional(),
        search: z.string().trim().max(100).optional(),
        /** The last number of the previous page: the next page starts after it. */
        after: z.string().max(40).optional(),
        limit: z.number().int().min(1).max(500).default(500),
      })
      .strict(),
    /** In number order, at most `limit`. */
    output: z.array(AuxAccount),
  }),
  'accounting.year.close': route({
    kind: 'mutation',
    permission: 'accounting.admin',
    input: z.object({ id: Id }).strict(),
    output: YearCloseResult,
  }),
} as const;
