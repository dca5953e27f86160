import type { z } from 'zod';
import type { admin, FirstAdmin } from '../../../../shared/contract/admin';
import { CompanyInput } from '../../../../shared/contract/admin';
import { PartyInput } from '../../../../shared/contract/parties';
import type { PresetRole } from '../../../../shared/roles';
import { AppError } from '../../../../shared/errors';
import type { Ctx, Handlers } from '../../context';
import { seedLedger } from '../accounting';
import { postDemoLedger } from '../accounting/demo-ledger';
import { DemoSales } from '../sales/demo/sales-demo';
import { insertParty } from '../parties/party-store';
import { backupHandlers } from './backup/handlers';
import { fullExportHandlers } from './full-export/handlers';
import { insertCompany, loadCompany, updateCompany } from './company';
import { DEMO_USERS, generateDemoCompany, generateDemoParties } from './demo-data';
import { ensurePresetRoles, insertUser, presetRoleId, userSnapshot } from './user-store';

type ParsedAdmin = z.output<typeof FirstAdmin>;

/** The company and its first administrator arrive together: a file is never without someone who can sign in. */
async function createCompanyWithAdmin(ctx: Ctx, company: z.output<typeof CompanyInput>, admin: ParsedAdmin) {
  if (await loadCompany(ctx.db)) throw new AppError('CONFLICT', 'errors.companyExists');
  const now = ctx.now().toISOString();
  const created = await insertCompany(ctx.db, company, now);
  await seedLedger(ctx.db, ctx.now(), created);
  await ensurePresetRoles(ctx.db, now);
  const roleId = await presetRoleId(ctx.db, 'administrateur');
  const id = await insertUser(ctx.db, { ...admin, roleId, mustChangePassword: false }, ctx.auth.passwordParams, now);
  // Before anyone can sign in, the person creating the file is the administrator being created.
  const actor = { userId: id, login: admin.login };
  ctx.audit({ entityType: 'company', entityId: 1, before: null, after: created, actor });
  ctx.audit({ entityType: 'user', entityId: id, before: null, after: await userSnapshot(ctx.db, id), actor });
  return created;
}

/** Fills a new file with a realistic company: the same code path as a clerk's entries, in one transaction. */
export async function createDemoCompany(ctx: Ctx, seed: number, admin: ParsedAdmin) {
  const company = await createCompanyWithAdmin(ctx, CompanyInput.parse(generateDemoCompany(seed)), admin);
  const now = ctx.now().toISOString();
  // A colleague in each preset role, with the administrator's password, to try what each of them sees.
  for (const u of DEMO_USERS) {
    const roleId = await presetRoleId(ctx.db, u.role as PresetRole);
    const id = await insertUser(
      ctx.db,
      { login: u.login, displayName: u.displayName, roleId, password: admin.password, mustChangePassword: false },
      ctx.auth.passwordParams,
      now,
    );
    ctx.audit({ entityType: 'user', entityId: id, before: null, after: await userSnapshot(ctx.db, id) });
  }
  let count = 0;
  for (const p of generateDemoParties(seed)) {
    const id = await insertParty(ctx.db, PartyInput.parse(p), now);
    ctx.audit({ entityType: 'party', entityId: id, before: null, after: p });
    count++;
  }
  const year = await ctx.db
    .selectFrom('fiscal_year')
    .select('start_date')
    .orderBy('start_date', 'desc')
    .executeTakeFirstOrThrow();
  // The year of bookkeeping is the administrator's work: documents and entries name who made them.
  const author = await ctx.db
    .selectFrom('app_user')
    .select('id')
    .where('login', '=', admin.login)
    .executeTakeFirstOrThrow();
  const asAdmin = { ...ctx, session: { ...ctx.session, userId: author.id, login: admin.login } };
  const ledger = await postDemoLedger(asAdmin, seed, year.start_date, now.slice(0, 10), new DemoSales(asAdmin));
  return { company, parties: count, ledger };
}

export const adminHandlers = {
  ...fullExportHandlers,
  ...backupHandlers,
  'admin.company.get': (ctx) => loadCompany(ctx.db),
  'admin.company.create': (ctx, { company, admin }) => createCompanyWithAdmin(ctx, company, admin),
  'admin.company.createDemo': async (ctx, { seed, admin }) => (await createDemoCompany(ctx, seed, admin)).company,
  'admin.company.update': async (ctx, input) => {
    const before = await loadCompany(ctx.db);
    const company = await updateCompany(ctx.db, input, ctx.now().toISOString());
    ctx.audit({ entityType: 'company', entityId: 1, before, after: company });
    return company;
  },
} satisfies Handlers<typeof admin>;
