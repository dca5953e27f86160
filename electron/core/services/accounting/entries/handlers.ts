import type { z } from 'zod';
import type { accountingEntries, EntryInput } from '../../../../../shared/contract/accounting-entries';
import type { Ctx, Handlers } from '../../../context';
import { loadFiscalYear } from '../fiscal-years';
import { listAuxAccounts } from './aux-accounts';
import { listEntries, loadEntry } from './entry-store';
import {
  deleteDraft,
  insertDraft,
  postEntry,
  reverseEntry,
  updateDraft,
  validateDraft,
  type EntryDraft,
} from './ledger';
import { ledgerDeps } from './posting';
import { closeYear } from './year-close';

function toDraft(input: z.output<typeof EntryInput>): EntryDraft {
  return {
    journalCode: input.journalCode,
    date: input.date,
    label: input.label,
    reference: input.reference,
    lines: input.lines,
  };
}

async function audited(ctx: Ctx, id: number, before: unknown) {
  const after = await loadEntry(ctx.db, id);
  ctx.audit({ entityType: 'entry', entityId: id, before, after });
  return after;
}

export const entryHandlers = {
  'accounting.entry.list': (ctx, input) => listEntries(ctx.db, input),
  'accounting.entry.get': (ctx, { id }) => loadEntry(ctx.db, id),
  'accounting.entry.create': async (ctx, input) =>
    audited(ctx, await insertDraft(ledgerDeps(ctx), toDraft(input)), null),
  'accounting.entry.update': async (ctx, { id, entry }) => {
    const before = await loadEntry(ctx.db, id);
    await updateDraft(ledgerDeps(ctx), id, toDraft(entry));
    return audited(ctx, id, before);
  },
  'accounting.entry.delete': async (ctx, { id }) => {
    const before = await loadEntry(ctx.db, id);
    await deleteDraft(ledgerDeps(ctx), id);
    ctx.audit({ entityType: 'entry', entityId: id, before, after: null });
    return { id };
  },
  'accounting.entry.validate': async (ctx, { id }) => {
    const before = await loadEntry(ctx.db, id);
    await validateDraft(ledgerDeps(ctx), id);
    return audited(ctx, id, before);
  },
  'accounting.entry.post': async (ctx, input) => audited(ctx, await postEntry(ledgerDeps(ctx), toDraft(input)), null),
  'accounting.entry.reverse': async (ctx, { id, date }) =>
    audited(ctx, await reverseEntry(ledgerDeps(ctx), id, date), null),
  'accounting.aux.list': (ctx, input) => listAuxAccounts(ctx.db, input),
  'accounting.year.close': async (ctx, { id }) => {
    const before = await loadFiscalYear(ctx.db, id);
    const outcome = await closeYear(ledgerDeps(ctx), id);
    const year = await loadFiscalYear(ctx.db, id);
    ctx.audit({ entityType: 'fiscalYear', entityId: id, before, after: { ...year, result: outcome.result } });
    if (outcome.openingEntryId !== null) await audited(ctx, outcome.openingEntryId, null);
    return {
      year,
      next: await loadFiscalYear(ctx.db, outcome.nextYearId),
      result: outcome.result,
      openingEntryId: outcome.openingEntryId,
    };
  },
} satisfies Handlers<typeof accountingEntries>;
