import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AuxLedger, AuxLedgerInput } from '../../../../../shared/contract/accounting-reports';
import { AppError } from '../../../../../shared/errors';
import type { DB } from '../../../db/schema';
import { openingBalances } from './ledger';
import { ledgerLines, runBalance } from './ledger-lines';

// One third party's ledger: its auxiliary account's lines, whatever control account they sit on.

const MAX_LINES = 200_000;

export async function auxLedger(db: Kysely<DB>, input: z.output<typeof AuxLedgerInput>): Promise<AuxLedger> {
  const aux = await db.selectFrom('aux_account').selectAll().where('id', '=', input.auxAccountId).executeTakeFirst();
  if (!aux) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'auxAccount', id: input.auxAccountId });
  const openings = await openingBalances(db, input.from, { auxAccountId: aux.id });
  let opening = 0;
  for (const m of openings.values()) opening += m.debit - m.credit;
  const raw = await ledgerLines(db, { from: input.from, to: input.to, auxAccountId: aux.id, limit: MAX_LINES });
  // One third party across control accounts reads in date order.
  raw.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.lineId - b.lineId));
  let totalDebit = 0;
  let totalCredit = 0;
  for (const l of raw) {
    totalDebit += l.debit;
    totalCredit += l.credit;
  }
  return {
    from: input.from,
    to: input.to,
    auxAccountId: aux.id,
    auxNumber: aux.number,
    label: aux.label,
    controlNumber: aux.control_number,
    opening,
    lines: runBalance(opening, raw),
    totalDebit,
    totalCredit,
    closing: opening + totalDebit - totalCredit,
  };
}
