import type { SearchHit, system } from '../../../../shared/contract/system';
import type { Permission } from '../../../../shared/permissions';
import type { Handlers } from '../../context';
import { schemaVersion } from '../../db/migrate';
import { searchDocuments } from '../../db/search-index';
import { changePassword, lock, login, logout, sessionInfo, unlock } from './auth';

/** The kinds of records global search returns, each to whoever may read it. */
const SEARCH_KINDS: readonly { kind: SearchHit['kind']; need: Permission }[] = [
  { kind: 'party', need: 'parties.read' },
  { kind: 'product', need: 'sales.read' },
  { kind: 'request', need: 'sales.read' },
];

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
    const kinds = SEARCH_KINDS.filter((k) => ctx.session.permissions.has(k.need)).map((k) => k.kind);
    const rows = await searchDocuments(ctx.db, text, { kinds, limit });
    return {
      hits: rows.map((r) => ({
        kind: r.kind as SearchHit['kind'],
        id: r.ref_id,
        title: r.title,
        subtitle: r.subtitle,
      })),
    };
  },
} satisfies Handlers<typeof system>;
