import type { Kysely } from 'kysely';
import { AppError } from '../../../../../shared/errors';
import type { Ctx } from '../../../context';
import type { DB } from '../../../db/schema';
import { letterLines } from '../entries/lettering';
import { post } from '../entries/posting';
import { bankLedger } from './bank-accounts';
import { assertOpen } from './bank-lines';

// A bank line becomes a bank entry through the posting module: the bank's 512x account against the counterpart,
// one entry per bank line. Matching also letters the counterpart with the open items it settles.

export const BANK_LINE_SOURCE = 'accounting.bankLine';

interface Counterpart {
  accountNumber: string;
  auxAccountId: number | null;
  label: string | null;
}

async function postBankLine(ctx: Ctx, bankLineId: number, counterpart: Counterpart) {
  const line = await assertOpen(ctx.db, bankLineId);
  const bank = await bankLedger(ctx.db, line.bankAccountId);
  if (counterpart.accountNumber === bank.accountNumber) {
    throw new AppError('VALIDATION', 'errors.bankPostOwnAccount', {
      issues: [{ path: 'accountNumber', messageKey: 'errors.bankPostOwnAccount' }],
    });
  }
  const amount = Math.abs(line.amount);
  const incoming = line.amount > 0;
  const posted = await post(ctx, {
    journalCode: bank.journalCode,
    date: line.date,
    label: (counterpart.label ?? line.label).slice(0, 200),
    reference: line.reference?.slice(0, 60) ?? null,
    source: { type: BANK_LINE_SOURCE, id: line.id },
    lines: [
      { accountNumber: bank.accountNumber, debit: incoming ? amount : 0, credit: incoming ? 0 : amount },
      {
        accountNumber: counterpart.accountNumber,
        auxAccountId: counterpart.auxAccountId,
        label: counterpart.label ?? line.label.slice(0, 200),
        debit: incoming ? 0 : amount,
        credit: incoming ? amount : 0,
      },
    ],
  });
  await ctx.db
    .updateTable('bank_line')
    .set({ status: 'matched', entry_id: posted.entryId })
    .where('id', '=', line.id)
    .execute();
  return posted.entryId;
}

/** The open items must be posted, unlettered lines of one account and third party that add up to the bank line. */
async function openItemsFor(db: Kysely<DB>, lineIds: readonly number[], amount: number) {
  const ids = [...new Set(lineIds)];
  const rows = await db
    .selectFrom('entry_line as l')
    .innerJoin('account as a', 'a.id', 'l.account_id')
    .select(['l.id', 'l.account_id', 'a.number', 'l.aux_account_id', 'l.debit', 'l.credit', 'l.posted', 'l.letter'])
    .where('l.id', 'in', ids)
    .execute();
  if (rows.length !== ids.length) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'entryLine' });
  const first = rows[0]!;
  const invalid = (messageKey: string, extra: Record<string, unknown> = {}) =>
    new AppError('VALIDATION', messageKey, { ...extra, issues: [{ path: 'lineIds', messageKey }] });
  if (rows.some((r) => r.posted !== 1 || r.letter !== null)) throw invalid('errors.bankMatchNotOpen');
  if (rows.some((r) => r.account_id !== first.account_id || r.aux_account_id !== first.aux_account_id)) {
    throw invalid('errors.letterMixedAccounts');
  }
  const total = rows.reduce((s, r) => s + r.debit - r.credit, 0);
  if (total !== amount) throw invalid('errors.bankMatchAmount', { total, amount });
  return { ids, accountNumber: first.number, auxAccountId: first.aux_account_id };
}

/**
 * Settles open items of documents another department keeps (customer invoices, whose payments sales records):
 * given the bank line and the open items, it records the payment in its own terms and returns the entry the bank
 * line now points at.
 */
export type BankSettlement = (ctx: Ctx, bankLineId: number, lineIds: readonly number[]) => Promise<number>;

const settlements = new Map<string, BankSettlement>();

/** A department whose documents a bank line may settle registers here, by the posting source type it uses. */
export function registerBankSettlement(sourceType: string, settle: BankSettlement): void {
  settlements.set(sourceType, settle);
}

async function delegateFor(db: Kysely<DB>, lineIds: readonly number[]): Promise<BankSettlement | undefined> {
  if (settlements.size === 0 || lineIds.length === 0) return undefined;
  const sources = await db
    .selectFrom('entry_line as l')
    .innerJoin('entry as e', 'e.id', 'l.entry_id')
    .select('e.source_type')
    .distinct()
    .where('l.id', 'in', [...lineIds])
    .execute();
  const only = sources.length === 1 ? sources[0]!.source_type : null;
  return only === null ? undefined : settlements.get(only);
}

export async function matchBankLine(ctx: Ctx, bankLineId: number, lineIds: readonly number[]): Promise<number> {
  const line = await assertOpen(ctx.db, bankLineId);
  const items = await openItemsFor(ctx.db, lineIds, line.amount);
  const delegate = await delegateFor(ctx.db, items.ids);
  if (delegate) return delegate(ctx, bankLineId, items.ids);
  const entryId = await postBankLine(ctx, bankLineId, {
    accountNumber: items.accountNumber,
    auxAccountId: items.auxAccountId,
    label: null,
  });
  const settling = await ctx.db
    .selectFrom('entry_line')
    .select('id')
    .where('entry_id', '=', entryId)
    .where('line_no', '=', 2)
    .executeTakeFirstOrThrow();
  await letterLines(ctx.db, [...items.ids, settling.id], ctx.now().toISOString());
  return entryId;
}

export async function postBankLineTo(ctx: Ctx, bankLineId: number, counterpart: Counterpart): Promise<number> {
  return postBankLine(ctx, bankLineId, counterpart);
}
