import { z } from 'zod';
import { listQuery, page } from '../domain/list';
import { Cents, Id, IsoDate } from '../domain/values';
import { AuxAccount } from './accounting-entries';
import { route } from './route';

/** Matching works on third parties: customers under 411, suppliers under 401. */
export const ThirdPartyKind = z.enum(['customer', 'supplier']);
export const OpenItemStatus = z.enum(['open', 'lettered', 'all']);

/** Which lines a list or an automatic matching covers: an account (number or prefix), a third party, a kind. */
const Scope = {
  accountNumber: z
    .string()
    .trim()
    .regex(/^[1-8]\d{0,9}$/, { error: 'validation.accountNumber' })
    .optional(),
  auxAccountId: Id.optional(),
  kind: ThirdPartyKind.optional(),
};

export const OPEN_ITEM_SORTS = ['date', 'dueDate'] as const;

export const OpenItemQuery = listQuery(OPEN_ITEM_SORTS)
  .extend({
    ...Scope,
    status: OpenItemStatus.default('open'),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
  })
  .strict();
export type OpenItemQuery = z.input<typeof OpenItemQuery>;

/** A posted line of a third party's account, as the matching screen shows it. */
export const OpenItem = z.object({
  id: Id,
  entryId: Id,
  date: z.string(),
  journalCode: z.string(),
  entryNumber: z.string().nullable(),
  /** The line's own label, or the entry's when the line has none. */
  label: z.string(),
  reference: z.string().nullable(),
  dueDate: z.string().nullable(),
  accountNumber: z.string(),
  auxAccountId: Id.nullable(),
  auxNumber: z.string().nullable(),
  debit: Cents,
  credit: Cents,
  letter: z.string().nullable(),
  letteredAt: z.string().nullable(),
});
export type OpenItem = z.infer<typeof OpenItem>;

export const OpenItemPage = page(OpenItem).extend({
  /** Debit minus credit of the unlettered lines in scope (dates included), whatever the status filter. */
  openBalance: Cents,
  /** Debit and credit of every row the filters select, all pages together. */
  totalDebit: Cents,
  totalCredit: Cents,
});
export type OpenItemPage = z.infer<typeof OpenItemPage>;

export const AutoLetterResult = z.object({
  /** Letters given. */
  groups: z.number().int().min(0),
  /** Lines they cover. */
  lines: z.number().int().min(0),
  byReference: z.number().int().min(0),
  byAmount: z.number().int().min(0),
});
export type AutoLetterResult = z.infer<typeof AutoLetterResult>;

export const accountingLettering = {
  'accounting.openitem.list': route({
    kind: 'query',
    permission: 'accounting.read',
    input: OpenItemQuery,
    output: OpenItemPage,
  }),
  'accounting.letter.set': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z.object({ lineIds: z.array(Id).min(2).max(1000) }).strict(),
    output: z.object({ letter: z.string(), lineIds: z.array(Id) }),
  }),
  'accounting.letter.clear': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z.object({ lineId: Id }).strict(),
    output: z.object({ lineIds: z.array(Id) }),
  }),
  'accounting.letter.auto': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z.object(Scope).strict(),
    output: AutoLetterResult,
  }),
  /** Opens (or returns) a customer's or supplier's auxiliary account before anything is posted to it. */
  'accounting.aux.open': route({
    kind: 'mutation',
    permission: 'accounting.write',
    input: z.object({ partyId: Id, kind: ThirdPartyKind }).strict(),
    output: AuxAccount,
  }),
} as const;
