import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { letterLines } from '../../accounting/entries/lettering';

/**
 * Letters the customer-account lines of a group of invoices, credit notes and payments once they settle each
 * other. The group is what allocations tie together, starting from `documentIds`: an invoice, the payments and
 * credit notes allocated to it, the other invoices those payments also paid, and so on. It is lettered only
 * when nothing in it is still open and its lines on the customer's account balance.
 */
export async function letterSettled(
  db: Kysely<DB>,
  documentIds: readonly number[],
  at: string,
): Promise<string | null> {
  const docs = new Set<number>(documentIds);
  const payments = new Set<number>();
  let grew = true;
  while (grew) {
    grew = false;
    const allocs = await db
      .selectFrom('sales_allocation')
      .select(['document_id', 'payment_id', 'credit_note_id'])
      .where((eb) =>
        eb.or([
          eb('document_id', 'in', [...docs]),
          eb('credit_note_id', 'in', [...docs]),
          ...(payments.size ? [eb('payment_id', 'in', [...payments])] : []),
        ]),
      )
      .execute();
    for (const a of allocs) {
      for (const d of [a.document_id, a.credit_note_id]) {
        if (d !== null && !docs.has(d)) {
          docs.add(d);
          grew = true;
        }
      }
      if (a.payment_id !== null && !payments.has(a.payment_id)) {
        payments.add(a.payment_id);
        grew = true;
      }
    }
  }
  const open = await db
    .selectFrom('sales_document')
    .select(['id', 'open_amount', 'entry_id', 'party_id'])
    .where('id', 'in', [...docs])
    .execute();
  if (open.some((d) => d.open_amount !== 0 || d.entry_id === null)) return null;
  const pays = payments.size
    ? await db
        .selectFrom('sales_payment')
        .select(['entry_id', 'unallocated'])
        .where('id', 'in', [...payments])
        .execute()
    : [];
  if (pays.some((p) => p.unallocated !== 0)) return null;
  const entryIds = [...open.map((d) => d.entry_id!), ...pays.map((p) => p.entry_id)];
  const partyId = open[0]?.party_id;
  if (partyId === undefined || entryIds.length < 2) return null;
  const lines = await db
    .selectFrom('entry_line as l')
    .innerJoin('account as a', 'a.id', 'l.account_id')
    .innerJoin('aux_account as x', 'x.id', 'l.aux_account_id')
    .select(['l.id', 'l.debit', 'l.credit', 'l.letter'])
    .where('l.entry_id', 'in', entryIds)
    // The few lines of these entries, read by entry: the unary plus keeps SQLite from starting at account 411 and
    // reading every customer line, as it may without statistics.
    .where(sql<boolean>`+a.number = '411'`)
    .where(sql<boolean>`+x.party_id = ${partyId}`)
    .execute();
  if (lines.some((l) => l.letter !== null)) return null;
  const balance = lines.reduce((s, l) => s + l.debit - l.credit, 0);
  if (balance !== 0 || lines.length < 2) return null;
  return letterLines(
    db,
    lines.map((l) => l.id),
    at,
  );
}
