import type { Kysely } from 'kysely';
import type { PaymentAccount } from '../../../../../shared/contract/sales-payments';
import { AppError } from '../../../../../shared/errors';
import type { DB } from '../../../db/schema';

/**
 * The accounts a customer payment can land on: each active bank account through its own journal, or the BQ
 * journal's account when no bank account is set up yet, and the till through the cash journal.
 */
export async function paymentAccounts(db: Kysely<DB>): Promise<PaymentAccount[]> {
  const banks = await db
    .selectFrom('bank_account as b')
    .innerJoin('journal as j', 'j.id', 'b.journal_id')
    .select(['b.name', 'b.account_number', 'j.code'])
    .where('b.active', '=', 1)
    .where('j.active', '=', 1)
    .orderBy('b.id')
    .execute();
  const journals = await db
    .selectFrom('journal')
    .select(['code', 'label', 'kind', 'account_number'])
    .where('kind', 'in', ['bank', 'cash'])
    .where('active', '=', 1)
    .where('account_number', 'is not', null)
    .orderBy('code')
    .execute();
  const accounts: PaymentAccount[] = banks.map((b) => ({
    accountNumber: b.account_number,
    label: b.name,
    journalCode: b.code,
    kind: 'bank',
  }));
  if (accounts.length === 0) {
    const bq = journals.find((j) => j.kind === 'bank');
    if (bq) accounts.push({ accountNumber: bq.account_number!, label: bq.label, journalCode: bq.code, kind: 'bank' });
  }
  for (const j of journals.filter((j) => j.kind === 'cash')) {
    accounts.push({ accountNumber: j.account_number!, label: j.label, journalCode: j.code, kind: 'cash' });
  }
  return accounts;
}

/** The account and journal a payment is posted through: the one asked for, else the first bank account (the till for cash). */
export async function paymentAccountFor(
  db: Kysely<DB>,
  accountNumber: string | null,
  method: string,
): Promise<PaymentAccount> {
  const accounts = await paymentAccounts(db);
  const found =
    accountNumber === null
      ? accounts.find((a) => a.kind === (method === 'cash' ? 'cash' : 'bank'))
      : accounts.find((a) => a.accountNumber === accountNumber);
  if (!found) {
    throw new AppError('VALIDATION', 'errors.salesPaymentAccount', {
      issues: [{ path: 'accountNumber', messageKey: 'errors.salesPaymentAccount' }],
    });
  }
  return found;
}
