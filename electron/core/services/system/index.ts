import type { system } from '../../../../shared/contract/system';
import type { Handlers } from '../../context';
import { schemaVersion } from '../../db/migrate';
import { searchDocuments } from '../../db/search-index';
import { isPermission } from '../../../../shared/permissions';

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
  'system.session.get': async (ctx) => ({
    userId: ctx.session.userId,
    login: ctx.session.login,
    displayName: ctx.session.displayName,
    permissions: [...ctx.session.permissions].filter(isPermission),
  }),
  'system.search.query': async (ctx, { text, limit }) => {
    // Each kind of hit is shown only to those who may read that kind of record.
    const kinds = ctx.session.permissions.has('parties.read') ? ['party'] : [];
    if (kinds.length === 0) return { hits: [] };
    const rows = await searchDocuments(ctx.db, text, { kind: 'party', limit });
    return {
      hits: rows.map((r) => ({ kind: r.kind as 'party', id: r.ref_id, title: r.title, subtitle: r.subtitle })),
    };
  },
} satisfies Handlers<typeof system>;
