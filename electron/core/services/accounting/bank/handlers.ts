import type { accountingBank } from '../../../../../shared/contract/accounting-bank';
import type { Ctx, Handlers } from '../../../context';
import { insertBankAccount, listBankAccounts, loadBankAccount, updateBankAccount } from './bank-accounts';
import { listBankLines, loadBankLine, setIgnored } from './bank-lines';
import { matchBankLine, postBankLineTo } from './bank-posting';
import { reconcile } from './reconciliation';
import { importStatement, listStatements, loadStatement, previewStatement } from './statement-import';
import { suggestMatches } from './suggest';

async function lineChange(ctx: Ctx, id: number, change: () => Promise<unknown>) {
  const before = await loadBankLine(ctx.db, id);
  await change();
  const after = await loadBankLine(ctx.db, id);
  ctx.audit({ entityType: 'bankLine', entityId: id, before, after });
  return after;
}

export const bankHandlers = {
  'accounting.bankaccount.list': (ctx) => listBankAccounts(ctx.db),
  'accounting.bankaccount.create': async (ctx, input) => {
    const id = await insertBankAccount(ctx.db, input, ctx.now().toISOString());
    const after = await loadBankAccount(ctx.db, id);
    ctx.audit({ entityType: 'bankAccount', entityId: id, before: null, after });
    return after;
  },
  'accounting.bankaccount.update': async (ctx, input) => {
    const before = await loadBankAccount(ctx.db, input.id);
    await updateBankAccount(ctx.db, input, ctx.now().toISOString());
    const after = await loadBankAccount(ctx.db, input.id);
    ctx.audit({ entityType: 'bankAccount', entityId: input.id, before, after });
    return after;
  },
  'accounting.bankaccount.reconciliation': (ctx, { id, asOf }) => reconcile(ctx.db, id, asOf),
  'accounting.statement.preview': (ctx, input) => previewStatement(ctx.db, input),
  'accounting.statement.import': async (ctx, input) => {
    const before = await loadBankAccount(ctx.db, input.bankAccountId);
    const outcome = await importStatement(ctx.db, input, ctx.now().toISOString(), ctx.session.userId);
    const statement = await loadStatement(ctx.db, outcome.statementId);
    ctx.audit({
      entityType: 'bankStatement',
      entityId: statement.id,
      before: null,
      after: { ...statement, added: outcome.added, skipped: outcome.skipped },
    });
    if (outcome.mappingSaved) {
      const after = await loadBankAccount(ctx.db, input.bankAccountId);
      ctx.audit({ entityType: 'bankAccount', entityId: after.id, before, after });
    }
    return { statement, added: outcome.added, skipped: outcome.skipped };
  },
  'accounting.statement.list': (ctx, { bankAccountId }) => listStatements(ctx.db, bankAccountId),
  'accounting.bankline.list': (ctx, input) => listBankLines(ctx.db, input),
  'accounting.bankline.suggest': (ctx, { id }) => suggestMatches(ctx.db, id),
  'accounting.bankline.match': (ctx, { id, lineIds }) => lineChange(ctx, id, () => matchBankLine(ctx, id, lineIds)),
  'accounting.bankline.post': (ctx, { id, accountNumber, auxAccountId, label }) =>
    lineChange(ctx, id, () => postBankLineTo(ctx, id, { accountNumber, auxAccountId, label })),
  'accounting.bankline.ignore': (ctx, { id }) => lineChange(ctx, id, () => setIgnored(ctx.db, id, true)),
  'accounting.bankline.unignore': (ctx, { id }) => lineChange(ctx, id, () => setIgnored(ctx.db, id, false)),
} satisfies Handlers<typeof accountingBank>;
