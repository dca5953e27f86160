import type { Ctx } from '../../../context';
import { auxForParty } from './aux-accounts';
import { findEntryBySource, loadEntry } from './entry-store';
import { postEntry, type LedgerDeps } from './ledger';

// The posting module: the single API through which documents of every department (customer invoices, credit
// notes, payments, supplier invoices, later payroll and stock) create their journal entries. One entry per
// source document: posting the same document again returns the entry it already has.

export interface PostingLine {
  accountNumber: string;
  /** The third party whose auxiliary account the line moves (411/401 lines). */
  party?: { id: number; kind: 'customer' | 'supplier' } | null;
  auxAccountId?: number | null;
  label?: string | null;
  debit?: number;
  credit?: number;
  dueDate?: string | null;
}

export interface Posting {
  journalCode: string;
  date: string;
  label: string;
  reference?: string | null;
  /** The document posting: a type name ('sales.invoice', 'purchasing.bill', ...) and its id. */
  source: { type: string; id: number };
  lines: readonly PostingLine[];
}

export interface Posted {
  entryId: number;
  number: string;
  /** False when the document had already been posted. */
  created: boolean;
}

export function ledgerDeps(ctx: Ctx): LedgerDeps {
  // A public route (the demo company's creation) runs without a user.
  return {
    db: ctx.db,
    sqlite: ctx.sqlite,
    at: ctx.now().toISOString(),
    userId: ctx.session.userId > 0 ? ctx.session.userId : null,
  };
}

export async function post(ctx: Ctx, posting: Posting): Promise<Posted> {
  const existing = await findEntryBySource(ctx.db, posting.source.type, posting.source.id);
  if (existing !== undefined) {
    const entry = await loadEntry(ctx.db, existing);
    return { entryId: existing, number: entry.number ?? '', created: false };
  }
  const deps = ledgerDeps(ctx);
  const lines = [];
  for (const l of posting.lines) {
    const aux = l.party ? (await auxForParty(ctx.db, l.party.id, l.party.kind, deps.at)).id : (l.auxAccountId ?? null);
    lines.push({
      accountNumber: l.accountNumber,
      auxAccountId: aux,
      label: l.label ?? null,
      debit: l.debit ?? 0,
      credit: l.credit ?? 0,
      dueDate: l.dueDate ?? null,
    });
  }
  const entryId = await postEntry(
    deps,
    {
      journalCode: posting.journalCode,
      date: posting.date,
      label: posting.label,
      reference: posting.reference ?? null,
      lines,
    },
    { source: posting.source },
  );
  const entry = await loadEntry(ctx.db, entryId);
  ctx.audit({ entityType: 'entry', entityId: entryId, before: null, after: entry });
  return { entryId, number: entry.number ?? '', created: true };
}

/** The entry a document posted, for the link back from the document. */
export async function entryForSource(ctx: Pick<Ctx, 'db'>, type: string, id: number) {
  const entryId = await findEntryBySource(ctx.db, type, id);
  return entryId === undefined ? null : loadEntry(ctx.db, entryId);
}
