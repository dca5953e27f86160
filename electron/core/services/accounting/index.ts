import type { Kysely } from 'kysely';
import type { accounting } from '../../../../shared/contract/accounting';
import type { Ctx, Handlers } from '../../context';
import type { DB } from '../../db/schema';
import { insertAccount, listAccounts, loadAccount, seedAccounts, updateAccount } from './accounts';
import { insertFiscalYear, listFiscalYears, loadFiscalYear, setPeriodLocked, yearContaining } from './fiscal-years';
import { seedVatAccounts } from './vat-accounts';
import { insertJournal, listJournals, loadJournal, seedJournals, updateJournal } from './journals';

/**
 * What a new company's ledger starts with: the official chart and one VAT account per rate, the usual journals, and the fiscal year
 * holding today with its twelve periods. Runs inside the company's creation transaction.
 */
export async function seedLedger(db: Kysely<DB>, now: Date, company: { fiscalYearStart: string }) {
  const at = now.toISOString();
  const accounts = await seedAccounts(db, at);
  await seedVatAccounts(db, at);
  await seedJournals(db, at);
  const year = yearContaining(at.slice(0, 10), company.fiscalYearStart);
  const fiscalYearId = await insertFiscalYear(db, year.start, year.end);
  return { accounts, fiscalYearId };
}

export const accountingHandlers = {
  'accounting.account.list': (ctx, input) => listAccounts(ctx.db, input),
  'accounting.account.create': async (ctx, input) => {
    const id = await insertAccount(ctx.db, input, ctx.now().toISOString());
    const after = await loadAccount(ctx.db, id);
    ctx.audit({ entityType: 'account', entityId: id, before: null, after });
    return after;
  },
  'accounting.account.update': async (ctx, input) => {
    const before = await loadAccount(ctx.db, input.id);
    await updateAccount(ctx.db, input, ctx.now().toISOString());
    const after = await loadAccount(ctx.db, input.id);
    ctx.audit({ entityType: 'account', entityId: input.id, before, after });
    return after;
  },
  'accounting.journal.list': (ctx, input) => listJournals(ctx.db, input),
  'accounting.journal.create': async (ctx, input) => {
    const id = await insertJournal(ctx.db, input, ctx.now().toISOString());
    const after = await loadJournal(ctx.db, id);
    ctx.audit({ entityType: 'journal', entityId: id, before: null, after });
    return after;
  },
  'accounting.journal.update': async (ctx, input) => {
    const before = await loadJournal(ctx.db, input.id);
    await updateJournal(ctx.db, input, ctx.now().toISOString());
    const after = await loadJournal(ctx.db, input.id);
    ctx.audit({ entityType: 'journal', entityId: input.id, before, after });
    return after;
  },
  'accounting.year.list': (ctx) => listFiscalYears(ctx.db),
  'accounting.year.create': async (ctx, { startDate, endDate }) => {
    const id = await insertFiscalYear(ctx.db, startDate, endDate);
    const after = await loadFiscalYear(ctx.db, id);
    ctx.audit({ entityType: 'fiscalYear', entityId: id, before: null, after });
    return after;
  },
  'accounting.period.lock': (ctx, { id }) => lockPeriod(ctx, id, true),
  'accounting.period.unlock': (ctx, { id }) => lockPeriod(ctx, id, false),
} satisfies Handlers<typeof accounting>;

async function lockPeriod(ctx: Ctx, id: number, locked: boolean) {
  const before = await ctx.db.selectFrom('period').selectAll().where('id', '=', id).executeTakeFirst();
  const yearId = await setPeriodLocked(ctx.db, id, locked);
  const after = await ctx.db.selectFrom('period').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  ctx.audit({ entityType: 'period', entityId: id, before, after });
  return loadFiscalYear(ctx.db, yearId);
}
