import type { ChainReport, audit } from '../../../../shared/contract/audit';
import type { Handlers } from '../../context';
import { chainHeads, verifyChains } from '../../db/chain';
import type { ChainVerificationTable } from '../../db/schema';
import type { Selectable } from 'kysely';

type ChainRoutes = Extract<keyof typeof audit, `admin.chain.${string}`>;

function toReport(r: Selectable<ChainVerificationTable>): ChainReport {
  const brokenAt =
    r.broken_table !== null && r.broken_id !== null
      ? { table: r.broken_table, id: r.broken_id, reason: r.reason === 'link' ? ('link' as const) : ('hash' as const) }
      : null;
  return { ok: r.ok === 1, checked: r.checked, brokenAt, verifiedAt: r.at };
}

export const chainHandlers = {
  'admin.chain.status': async (ctx) => {
    const heads = chainHeads(ctx.sqlite);
    const last = await ctx.db
      .selectFrom('chain_verification')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return {
      links: heads.reduce((n, h) => n + h.links, 0),
      // Every mutation lands in the audit trail, so its last hash seals the whole history of the file.
      head: heads.find((h) => h.table === 'audit_log')?.head ?? null,
      lastVerification: last ? toReport(last) : null,
    };
  },

  // A mutation, so that each verification is recorded and itself leaves an audit row.
  'admin.chain.verify': async (ctx) => {
    const result = verifyChains(ctx.sqlite);
    const row = await ctx.db
      .insertInto('chain_verification')
      .values({
        at: ctx.now().toISOString(),
        ok: result.ok ? 1 : 0,
        checked: result.checked,
        broken_table: result.brokenAt?.table ?? null,
        broken_id: result.brokenAt?.id ?? null,
        reason: result.brokenAt?.reason ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const report = toReport(row);
    ctx.audit({ entityType: 'chain_verification', entityId: row.id, before: null, after: report });
    return report;
  },
} satisfies Pick<Handlers<typeof audit>, ChainRoutes>;
