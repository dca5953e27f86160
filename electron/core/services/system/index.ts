import type { SearchHit, system } from '../../../../shared/contract/system';
import type { Permission } from '../../../../shared/permissions';
import type { Handlers } from '../../context';
import { schemaVersion } from '../../db/migrate';
import { searchDocuments } from '../../db/search-index';
import { changePassword, lock, login, logout, sessionInfo, unlock } from './auth';

// Each kind of hit is shown only to those who may read that kind of record.
const SEARCH_KINDS: readonly { kind: SearchHit['kind']; permission: Permission }[] = [
  { kind: 'party', permission: 'parties.read' },
  { kind: 'request', permission: 'sales.read' },
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
    const kinds = SEARCH_KINDS.filter((k) => ctx.session.permissions.has(k.permission)).map((k) => k.kind);
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
