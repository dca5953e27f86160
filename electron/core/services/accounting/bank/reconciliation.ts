import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Reconciliation } from '../../../../../shared/contract/accounting-bank';
import type { DB } from '../../../db/schema';
import { bankLedger } from './bank-accounts';

// Bank against books at a date: what the bank says the account holds, what the 512x account holds, and the
// lines still to account for, which explain the difference once every other line is matched.

async function statementBalance(db: Kysely<DB>, bankAccountId: number, asOf: string): Promise<number | null> {
  const sumLines = async (after: string | null) => {
    let q = db
      .selectFrom('bank_line')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('total'))
      .where('bank_account_id', '=', bankAccountId)
      .where('date', '<=', asOf);
    if (after !== null) q = q.where('date', '>', after);
    return Number((await q.executeTakeFirstOrThrow()).total);
  };
  const closed = await db
    .selectFrom('bank_statement')
    .select(['closing_balance', 'period_to'])
    .where('bank_account_id', '=', bankAccountId)
    .where('closing_balance', 'is not', null)
    .where('period_to', '<=', asOf)
    .orderBy('period_to', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (closed) return closed.closing_balance! + (await sumLines(closed.period_to));
  const opened = await db
    .selectFrom('bank_statement')
    .select(['opening_balance', 'period_from'])
    .where('bank_account_id', '=', bankAccountId)
    .where('opening_balance', 'is not', null)
    .where('period_from', '<=', asOf)
    .orderBy('period_from')
    .orderBy('id')
    .executeTakeFirst();
  if (opened) {
    const before = await db
      .selectFrom('bank_line')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('total'))
      .where('bank_account_id', '=', bankAccountId)
      .where('date', '<', opened.period_from!)
      .executeTakeFirstOrThrow();
    return opened.opening_balance! + (await sumLines(null)) - Number(before.total);
  }
  return null;
}

export async function reconcile(
  db: Kysely<DB>,
  bankAccountId: number,
  asOf: string,
): Promise<z.input<typeof Reconciliation>> {
  const { accountId } = await bankLedger(db, bankAccountId);
  const ledger = await db
    .selectFrom('entry_line')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>(eb('debit', '-', eb.ref('credit'))), eb.lit(0)).as('balance'))
    .where('account_id', '=', accountId)
    .where('posted', '=', 1)
    .where('date', '<=', asOf)
    .executeTakeFirstOrThrow();
  const counts = await db
    .selectFrom('bank_line')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('amount').as('total')])
    .where('bank_account_id', '=', bankAccountId)
    .where('date', '<=', asOf)
    .groupBy('status')
    .execute();
  const of = (status: string) => counts.find((c) => c.status === status);
  const bank = await statementBalance(db, bankAccountId, asOf);
  const ledgerBalance = Number(ledger.balance);
  return {
    asOf,
    statementBalance: bank,
    ledgerBalance,
    difference: bank === null ? null : bank - ledgerBalance,
    openLines: Number(of('open')?.n ?? 0),
    openAmount: Number(of('open')?.total ?? 0),
    matchedLines: Number(of('matched')?.n ?? 0),
    ignoredLines: Number(of('ignored')?.n ?? 0),
  };
}
