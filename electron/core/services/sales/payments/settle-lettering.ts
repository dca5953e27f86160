import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { lastLetter, letterLines } from '../../accounting/entries/lettering';

// A customer's 411 lines are lettered by settlement: the invoices, the payments and the credit notes tied together
// by allocations form one group, lettered once the group's lines balance. Until then (a partial payment, a
// payment with money left over) the lines stay open for the lettering screen.

interface Group {
  documents: Set<number>;
  payments: Set<number>;
}

/** Follows allocations from the given documents to every document and payment settled together with them. */
async function settlementGroup(db: Kysely<DB>, documentIds: readonly number[]): Promise<Group> {
  const group: Group = { documents: new Set(documentIds), payments: new Set() };
  for (;;) {
    const size = group.documents.size + group.payments.size;
    const documents = [...group.documents];
    const payments = [...group.payments];
    const rows = await db
      .selectFrom('sales_allocation')
      .select(['document_id', 'payment_id', 'credit_note_id'])
      .where((eb) =>
        eb.or([
          eb('document_id', 'in', documents),
          eb('credit_note_id', 'in', documents),
          ...(payments.length ? [eb('payment_id', 'in', payments)] : []),
        ]),
      )
      .execute();
    for (const r of rows) {
      group.documents.add(r.document_id);
      if (r.credit_note_id !== null) group.documents.add(r.credit_note_id);
      if (r.payment_id !== null) group.payments.add(r.payment_id);
    }
    if (group.documents.size + group.payments.size === size) return group;
  }
}

/**
 * Letters the customer's open 411 lines of the group reached from `documentIds` when every document in it is settled
 * and the lines balance. Returns the letter, or null when the group is not settled yet.
 */
export async function letterSettled(
  db: Kysely<DB>,
  auxAccountId: number,
  documentIds: readonly number[],
  at: string,
): Promise<string | null> {
  if (documentIds.length === 0) return null;
  const group = await settlementGroup(db, documentIds);
  const docs = await db
    .selectFrom('sales_document')
    .select(['entry_id', 'open_amount'])
    .where('id', 'in', [...group.documents])
    .execute();
  if (docs.some((d) => d.open_amount !== 0 || d.entry_id === null)) return null;
  const payments = group.payments.size
    ? await db
        .selectFrom('sales_payment')
        .select('entry_id')
        .where('id', 'in', [...group.payments])
        .execute()
    : [];
  const entryIds = [...docs.map((d) => d.entry_id!), ...payments.map((p) => p.entry_id)];
  const lines = await db
    .selectFrom('entry_line')
    .select(['id', 'account_id', 'debit', 'credit'])
    .where('entry_id', 'in', entryIds)
    .where('aux_account_id', '=', auxAccountId)
    .where('letter', 'is', null)
    .where('posted', '=', 1)
    .execute();
  if (lines.length < 2) return null;
  const accountId = lines[0]!.account_id;
  if (lines.some((l) => l.account_id !== accountId)) return null;
  if (lines.reduce((s, l) => s + l.debit - l.credit, 0) !== 0) return null;
  return letterLines(
    db,
    lines.map((l) => l.id),
    at,
    { lastLetter: await lastLetter(db, accountId, auxAccountId) },
  );
}
