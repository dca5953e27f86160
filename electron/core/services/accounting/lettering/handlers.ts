import type { accountingLettering } from '../../../../../shared/contract/accounting-lettering';
import type { Ctx, Handlers } from '../../../context';
import { auxForParty } from '../entries/aux-accounts';
import { lastLetter, letterLines, unletter } from '../entries/lettering';
import { planMatches, type PlannedMatch } from './auto-match';
import { listOpenItems, scopedLines, type LetterScope } from './open-items';

async function letterAudited(
  ctx: Ctx,
  lineIds: number[],
  method: PlannedMatch['method'] | 'manual',
  lastLetter?: string | null,
) {
  const letter = await letterLines(ctx.db, lineIds, ctx.now().toISOString(), { lastLetter });
  const ids = [...new Set(lineIds)].sort((a, b) => a - b);
  ctx.audit({ entityType: 'letter', entityId: ids[0]!, before: null, after: { letter, lineIds: ids, method } });
  return { letter, lineIds: ids };
}

async function autoLetter(ctx: Ctx, scope: LetterScope) {
  const rows = await scopedLines(ctx.db, scope)
    .where('l.letter', 'is', null)
    .innerJoin('entry as e', 'e.id', 'l.entry_id')
    .select([
      'l.id',
      'l.account_id',
      'l.aux_account_id',
      'l.date',
      'l.debit',
      'l.credit',
      'l.label',
      'e.label as entry_label',
      'e.reference',
    ])
    .execute();
  const plans = planMatches(
    rows.map((r) => ({
      id: r.id,
      partyKey: `${r.account_id}:${r.aux_account_id ?? ''}`,
      date: r.date,
      amount: r.debit - r.credit,
      reference: r.reference,
      text: [r.reference, r.entry_label, r.label].filter(Boolean).join(' '),
    })),
  );
  const result = { groups: 0, lines: 0, byReference: 0, byAmount: 0 };
  const byId = new Map(rows.map((r) => [r.id, r]));
  // The last letter of each account and third party, looked up once: a busy customer has thousands.
  const last = new Map<string, string | null>();
  for (const plan of plans) {
    const row = byId.get(plan.lineIds[0]!)!;
    const key = `${row.account_id}:${row.aux_account_id ?? ''}`;
    if (!last.has(key)) last.set(key, await lastLetter(ctx.db, row.account_id, row.aux_account_id));
    const { letter } = await letterAudited(ctx, plan.lineIds, plan.method, last.get(key));
    last.set(key, letter);
    result.groups++;
    result.lines += plan.lineIds.length;
    if (plan.method === 'reference') result.byReference++;
    else result.byAmount++;
  }
  return result;
}

export const letteringHandlers = {
  'accounting.openitem.list': (ctx, input) => listOpenItems(ctx.db, input),
  'accounting.letter.set': (ctx, { lineIds }) => letterAudited(ctx, lineIds, 'manual'),
  'accounting.letter.clear': async (ctx, { lineId }) => {
    const line = await ctx.db.selectFrom('entry_line').select('letter').where('id', '=', lineId).executeTakeFirst();
    const lineIds = (await unletter(ctx.db, lineId)).sort((a, b) => a - b);
    if (lineIds.length) {
      ctx.audit({
        entityType: 'letter',
        entityId: lineIds[0]!,
        before: { letter: line?.letter, lineIds },
        after: null,
      });
    }
    return { lineIds };
  },
  'accounting.letter.auto': (ctx, scope) => autoLetter(ctx, scope),
  'accounting.aux.open': async (ctx, { partyId, kind }) => {
    const before = await ctx.db
      .selectFrom('aux_account')
      .select('id')
      .where('party_id', '=', partyId)
      .where('kind', '=', kind)
      .executeTakeFirst();
    const aux = await auxForParty(ctx.db, partyId, kind, ctx.now().toISOString());
    if (!before) ctx.audit({ entityType: 'auxAccount', entityId: aux.id, before: null, after: aux });
    return aux;
  },
} satisfies Handlers<typeof accountingLettering>;
