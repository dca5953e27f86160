import { AppError } from '../../../../../shared/errors';
import type { Ctx } from '../../../context';
import { accountColumns, toAccount } from '../../accounting/accounts';
import { isValidAccountNumber, parentOf } from '../../accounting/chart/account-rules';

/**
 * A product's revenue account must be one the ledger will accept when an invoice posts: an active account of the
 * chart, or a valid detail account of the chart's class 70, which is opened here under its parent's label.
 */
export async function ensureRevenueAccount(ctx: Ctx, number: string): Promise<void> {
  const issue = (messageKey: string) =>
    new AppError('VALIDATION', messageKey, {
      number,
      issues: [{ path: 'revenueAccount', messageKey, params: { number } }],
    });
  const row = await ctx.db.selectFrom('account').selectAll().where('number', '=', number).executeTakeFirst();
  if (row) {
    if (row.active !== 1) throw issue('errors.productAccountInactive');
    return;
  }
  const parent = isValidAccountNumber(number) ? parentOf(number) : undefined;
  if (!parent || !number.startsWith('70')) throw issue('errors.productAccountUnknown');
  const now = ctx.now().toISOString();
  const opened = await ctx.db
    .insertInto('account')
    .values(accountColumns(number, parent.label, false, now))
    .returningAll()
    .executeTakeFirstOrThrow();
  ctx.audit({ entityType: 'account', entityId: opened.id, before: null, after: toAccount(opened) });
}
