import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { Party, PartyInput } from '../../../../shared/contract/parties';
import { foldText } from '../../../../shared/domain/text';
import { AppError } from '../../../../shared/errors';
import { indexDocument } from '../../db/search-index';
import type { DB, PartyTable } from '../../db/schema';

export type ParsedPartyInput = z.output<typeof PartyInput>;

export function partyCode(id: number): string {
  return `T${String(id).padStart(5, '0')}`;
}

/** The list shows, sorts and filters on the first billing address's city, kept on the party row. */
function mainAddress(input: ParsedPartyInput) {
  return input.addresses.find((a) => a.kind === 'billing') ?? input.addresses[0] ?? null;
}

function columns(input: ParsedPartyInput, now: string) {
  const main = mainAddress(input);
  return {
    kind: input.kind,
    name: input.name,
    name_folded: foldText(input.name),
    is_customer: input.isCustomer ? 1 : 0,
    is_supplier: input.isSupplier ? 1 : 0,
    siren: input.siren,
    siret: input.siret,
    vat_number: input.vatNumber,
    email: input.email,
    phone: input.phone,
    website: input.website,
    notes: input.notes,
    city: main?.city ?? null,
    city_folded: main ? foldText(main.city) : null,
    postal_code: main?.postalCode ?? null,
    updated_at: now,
  };
}

export async function insertParty(db: Kysely<DB>, input: ParsedPartyInput, now: string): Promise<number> {
  const { id } = await db
    .insertInto('party')
    .values({ ...columns(input, now), code: '', created_at: now, archived: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const code = partyCode(id);
  await db.updateTable('party').set({ code }).where('id', '=', id).execute();
  await writeChildren(db, id, input, false);
  await indexParty(db, id, { ...input, code });
  return id;
}

export async function updateParty(db: Kysely<DB>, id: number, input: ParsedPartyInput, now: string): Promise<void> {
  const row = await db.selectFrom('party').select(['code']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'party', id });
  await db.updateTable('party').set(columns(input, now)).where('id', '=', id).execute();
  await writeChildren(db, id, input, true);
  await indexParty(db, id, { ...input, code: row.code });
}

/**
 * Addresses and contacts are saved as the form shows them: rows kept by id are updated in place (so later
 * documents pointing at an address keep pointing at it), new ones inserted, the missing ones removed.
 */
async function writeChildren(db: Kysely<DB>, partyId: number, input: ParsedPartyInput, existing: boolean) {
  const keepAddresses = input.addresses.flatMap((a) => (a.id ? [a.id] : []));
  const keepContacts = input.contacts.flatMap((c) => (c.id ? [c.id] : []));
  if (existing) {
    let delA = db.deleteFrom('party_address').where('party_id', '=', partyId);
    if (keepAddresses.length) delA = delA.where('id', 'not in', keepAddresses);
    await delA.execute();
    let delC = db.deleteFrom('party_contact').where('party_id', '=', partyId);
    if (keepContacts.length) delC = delC.where('id', 'not in', keepContacts);
    await delC.execute();
  }
  for (const [position, a] of input.addresses.entries()) {
    const values = {
      position,
      kind: a.kind,
      line1: a.line1,
      line2: a.line2,
      postal_code: a.postalCode,
      city: a.city,
      country: a.country,
    };
    if (a.id) {
      const res = await db
        .updateTable('party_address')
        .set(values)
        .where('id', '=', a.id)
        .where('party_id', '=', partyId)
        .executeTakeFirst();
      if (res.numUpdatedRows === 0n)
        throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'address', id: a.id });
    } else {
      await db
        .insertInto('party_address')
        .values({ ...values, party_id: partyId })
        .execute();
    }
  }
  for (const [position, c] of input.contacts.entries()) {
    const values = {
      position,
      first_name: c.firstName,
      last_name: c.lastName,
      role: c.role,
      email: c.email,
      phone: c.phone,
    };
    if (c.id) {
      const res = await db
        .updateTable('party_contact')
        .set(values)
        .where('id', '=', c.id)
        .where('party_id', '=', partyId)
        .executeTakeFirst();
      if (res.numUpdatedRows === 0n)
        throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'contact', id: c.id });
    } else {
      await db
        .insertInto('party_contact')
        .values({ ...values, party_id: partyId })
        .execute();
    }
  }
}

async function indexParty(db: Kysely<DB>, id: number, p: ParsedPartyInput & { code: string }) {
  const main = mainAddress(p);
  const contacts = p.contacts.map((c) => [c.firstName, c.lastName, c.email].filter(Boolean).join(' '));
  await indexDocument(db, {
    kind: 'party',
    refId: id,
    title: p.name,
    subtitle: [p.code, main ? `${main.postalCode} ${main.city}` : null].filter(Boolean).join(' · '),
    body: [p.code, p.siren, p.siret, p.vatNumber, p.email, p.phone, main?.city, main?.postalCode, ...contacts]
      .filter(Boolean)
      .join(' '),
  });
}

export function toPartyRowFlags(row: Pick<Selectable<PartyTable>, 'is_customer' | 'is_supplier' | 'archived'>) {
  return { isCustomer: row.is_customer === 1, isSupplier: row.is_supplier === 1, archived: row.archived === 1 };
}

export async function loadParty(db: Kysely<DB>, id: number, referenced: boolean): Promise<Party> {
  const row = await db.selectFrom('party').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'party', id });
  const addresses = await db
    .selectFrom('party_address')
    .selectAll()
    .where('party_id', '=', id)
    .orderBy('position')
    .execute();
  const contacts = await db
    .selectFrom('party_contact')
    .selectAll()
    .where('party_id', '=', id)
    .orderBy('position')
    .execute();
  return {
    id: row.id,
    code: row.code,
    kind: row.kind as Party['kind'],
    name: row.name,
    ...toPartyRowFlags(row),
    siren: row.siren,
    siret: row.siret,
    vatNumber: row.vat_number,
    email: row.email,
    phone: row.phone,
    website: row.website,
    notes: row.notes,
    referenced,
    addresses: addresses.map((a) => ({
      id: a.id,
      kind: a.kind as Party['addresses'][number]['kind'],
      line1: a.line1,
      line2: a.line2,
      postalCode: a.postal_code,
      city: a.city,
      country: a.country,
    })),
    contacts: contacts.map((c) => ({
      id: c.id,
      firstName: c.first_name,
      lastName: c.last_name,
      role: c.role,
      email: c.email,
      phone: c.phone,
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
