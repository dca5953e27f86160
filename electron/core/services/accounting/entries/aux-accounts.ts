import { type Kysely, sql } from 'kysely';
import type { AuxAccount } from '../../../../../shared/contract/accounting-entries';
import { foldText } from '../../../../../shared/domain/text';
import { AppError } from '../../../../../shared/errors';
import { escapeLike } from '../../../db/like';
import type { DB } from '../../../db/schema';

export type AuxKind = AuxAccount['kind'];

/** The collective account each kind of third party hangs from. */
export const CONTROL_ACCOUNT: Record<AuxKind, string> = { customer: '411', supplier: '401', other: '467' };

function toAux(r: {
  id: number;
  number: string;
  label: string;
  kind: string;
  control_number: string;
  party_id: number | null;
}): AuxAccount {
  return {
    id: r.id,
    number: r.number,
    label: r.label,
    kind: r.kind as AuxKind,
    controlNumber: r.control_number,
    partyId: r.party_id,
  };
}

/**
 * One page of auxiliary accounts in number order, read along aux_account_kind (or the number's own index): `after`
 * is the last number of the previous page, so a deep page costs what the first does.
 */
export async function listAuxAccounts(
  db: Kysely<DB>,
  f: { kind?: AuxKind; search?: string; after?: string; limit?: number },
): Promise<AuxAccount[]> {
  let q = db.selectFrom('aux_account').selectAll();
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.after !== undefined) q = q.where('number', '>', f.after);
  const search = f.search ? foldText(f.search) : '';
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    q = q.where(sql<boolean>`(number like ${pattern} escape '\\' or label_folded like ${pattern} escape '\\')`);
  }
  const rows = await q
    .orderBy('number')
    .limit(f.limit ?? 500)
    .execute();
  return rows.map(toAux);
}

export async function loadAux(db: Kysely<DB>, id: number): Promise<AuxAccount> {
  const row = await db.selectFrom('aux_account').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'auxAccount', id });
  return toAux(row);
}

/**
 * A third party's auxiliary account, opened the first time something is posted to it: C + code for a customer,
 * F + code for a supplier (a party that is both has two).
 */
export async function auxForParty(db: Kysely<DB>, partyId: number, kind: 'customer' | 'supplier', now: string) {
  const existing = await db
    .selectFrom('aux_account')
    .selectAll()
    .where('party_id', '=', partyId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (existing) return toAux(existing);
  const party = await db.selectFrom('party').select(['code', 'name']).where('id', '=', partyId).executeTakeFirst();
  if (!party) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'party', id: partyId });
  const row = await db
    .insertInto('aux_account')
    .values({
      number: `${kind === 'customer' ? 'C' : 'F'}${party.code}`,
      label: party.name,
      label_folded: foldText(party.name),
      kind,
      control_number: CONTROL_ACCOUNT[kind],
      party_id: partyId,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAux(row);
}

/** An auxiliary account known only by its number and label (a FEC from other software). */
export async function auxByNumber(db: Kysely<DB>, number: string, label: string, controlNumber: string, now: string) {
  const existing = await db.selectFrom('aux_account').selectAll().where('number', '=', number).executeTakeFirst();
  if (existing) return toAux(existing);
  const kind: AuxKind = controlNumber.startsWith('41')
    ? 'customer'
    : controlNumber.startsWith('40')
      ? 'supplier'
      : 'other';
  const row = await db
    .insertInto('aux_account')
    .values({
      number,
      label,
      label_folded: foldText(label),
      kind,
      control_number: controlNumber,
      party_id: null,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAux(row);
}
