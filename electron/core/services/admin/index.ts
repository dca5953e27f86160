import type { admin } from '../../../../shared/contract/admin';
import { CompanyInput } from '../../../../shared/contract/admin';
import { PartyInput } from '../../../../shared/contract/parties';
import type { Ctx, Handlers } from '../../context';
import { insertParty } from '../parties/party-store';
import { insertCompany, loadCompany, updateCompany } from './company';
import { generateDemoCompany, generateDemoParties } from './demo-data';

/** Fills a new file with a realistic company: the same code path as a clerk's entries, in one transaction. */
export async function createDemoCompany(ctx: Ctx, seed: number) {
  const now = ctx.now().toISOString();
  const company = await insertCompany(ctx.db, CompanyInput.parse(generateDemoCompany(seed)), now);
  ctx.audit({ entityType: 'company', entityId: 1, before: null, after: company });
  let count = 0;
  for (const p of generateDemoParties(seed)) {
    const id = await insertParty(ctx.db, PartyInput.parse(p), now);
    ctx.audit({ entityType: 'party', entityId: id, before: null, after: p });
    count++;
  }
  return { company, parties: count };
}

export const adminHandlers = {
  'admin.company.get': (ctx) => loadCompany(ctx.db),
  'admin.company.create': async (ctx, input) => {
    const company = await insertCompany(ctx.db, input, ctx.now().toISOString());
    ctx.audit({ entityType: 'company', entityId: 1, before: null, after: company });
    return company;
  },
  'admin.company.createDemo': async (ctx, { seed }) => (await createDemoCompany(ctx, seed)).company,
  'admin.company.update': async (ctx, input) => {
    const before = await loadCompany(ctx.db);
    const company = await updateCompany(ctx.db, input, ctx.now().toISOString());
    ctx.audit({ entityType: 'company', entityId: 1, before, after: company });
    return company;
  },
} satisfies Handlers<typeof admin>;
