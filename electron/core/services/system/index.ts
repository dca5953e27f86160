import type { system } from '../../../../shared/contract/system';
import type { Handlers } from '../../context';
import { schemaVersion } from '../../db/migrate';
import { searchDocuments } from '../../db/search-index';
import { changePassword, lock, login, logout, sessionInfo, unlock } from './auth';

export const systemHandlers = {
  'system.app.info': async (ctx) => {
    const company = await ctx.db.selectFrom('company').select('id').executeTakeFirst();
    return {
      version: ctx.appVersion,
      schemaVersion: schemaVersion(ctx.sqlite),
      dbPath: ctx.dbPath,
      hasCompany: company !== undefined,
    };
  },
  'system.auth.login': login,
  'system.auth.logout': logout,
  'system.auth.lock': lock,
  'system.auth.unlock': unlock,
  'system.auth.changePassword': changePassword,
  'system.session.get': async (ctx) => sessionInfo(ctx, ctx.session),
  'system.search.query': async (ctx, { text, limit }) => {
    // Each kind of hit is shown only to those who may read that kind of record.
    if (!ctx.session.permissions.has('parties.read')) return { hits: [] };
    const rows = await searchDocuments(ctx.db, text, { kind: 'party', limit });
    return {
      hits: rows.map((r) => ({ kind: r.kind as 'party', id: r.ref_id, title: r.title, subtitle: r.subtitle })),
    };
  },
} satisfies Handlers<typeof system>;
