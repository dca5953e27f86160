import type { parties } from '../../../../shared/contract/parties';
import { AppError } from '../../../../shared/errors';
import type { Ctx, Handlers } from '../../context';
import { foreignKeyReferrers, isReferenced } from '../../db/references';
import { removeDocument } from '../../db/search-index';
import { exportPartiesCsv } from './party-export';
import { listParties } from './party-list';
import { insertParty, loadParty, updateParty } from './party-store';

// A party's own addresses and contacts do not count as references: they go with it.
const OWN_TABLES = ['party_address', 'party_contact'];

function referenced(ctx: Ctx, id: number): boolean {
  return isReferenced(ctx.sqlite, foreignKeyReferrers(ctx.sqlite, 'party', OWN_TABLES), id);
}

async function getParty(ctx: Ctx, id: number) {
  return loadParty(ctx.db, id, referenced(ctx, id));
}

async function setArchived(ctx: Ctx, id: number, archived: boolean) {
  const before = await getParty(ctx, id);
  if (before.archived !== archived) {
    await ctx.db
      .updateTable('party')
      .set({ archived: archived ? 1 : 0, updated_at: ctx.now().toISOString() })
      .where('id', '=', id)
      .execute();
  }
  const after = await getParty(ctx, id);
  ctx.audit({ entityType: 'party', entityId: id, before, after });
  return after;
}

export const partiesHandlers = {
  'parties.party.list': (ctx, input) => listParties(ctx.db, input),
  'parties.party.get': (ctx, { id }) => getParty(ctx, id),
  'parties.party.exportCsv': (ctx, input) => exportPartiesCsv(ctx.db, input, ctx.now().toISOString().slice(0, 10)),
  'parties.party.create': async (ctx, input) => {
    const id = await insertParty(ctx.db, input, ctx.now().toISOString());
    const after = await getParty(ctx, id);
    ctx.audit({ entityType: 'party', entityId: id, before: null, after });
    return after;
  },
  'parties.party.update': async (ctx, { id, party }) => {
    const before = await getParty(ctx, id);
    await updateParty(ctx.db, id, party, ctx.now().toISOString());
    const after = await getParty(ctx, id);
    ctx.audit({ entityType: 'party', entityId: id, before, after });
    return after;
  },
  'parties.party.archive': (ctx, { id }) => setArchived(ctx, id, true),
  'parties.party.restore': (ctx, { id }) => setArchived(ctx, id, false),
  'parties.party.delete': async (ctx, { id }) => {
    const before = await getParty(ctx, id);
    // Once a document points at a party, its history must stay readable: it can only be archived.
    if (before.referenced) throw new AppError('CONFLICT', 'errors.partyReferenced', { id });
    await removeDocument(ctx.db, 'party', id);
    await ctx.db.deleteFrom('party').where('id', '=', id).execute();
    ctx.audit({ entityType: 'party', entityId: id, before, after: null });
    return { id };
  },
} satisfies Handlers<typeof parties>;
