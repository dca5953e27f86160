import type { salesRequests } from '../../../../../shared/contract/sales-requests';
import type { Ctx, Handlers } from '../../../context';
import { checkRequestLinks } from './request-links';
import { listRequests } from './request-list';
import { nextRequestNumber } from './request-number';
import { indexRequest, loadRequest, requestColumns } from './request-store';
import { addHistory, checkTransition, closedAtFor, refuseClosed } from './request-workflow';

function today(ctx: Ctx): string {
  return ctx.now().toISOString().slice(0, 10);
}

function getRequest(ctx: Ctx, id: number) {
  return loadRequest(ctx.db, id, today(ctx));
}

export const salesRequestsHandlers = {
  'sales.request.list': (ctx, input) => listRequests(ctx.db, input, today(ctx)),
  'sales.request.get': (ctx, { id }) => getRequest(ctx, id),
  'sales.request.assignees': async (ctx) => {
    const users = await ctx.db
      .selectFrom('app_user')
      .select(['id', 'display_name'])
      .where('disabled', '=', 0)
      .orderBy('display_name')
      .orderBy('id')
      .execute();
    return users.map((u) => ({ id: u.id, name: u.display_name }));
  },
  'sales.request.create': async (ctx, input) => {
    await checkRequestLinks(ctx.db, input);
    const now = ctx.now().toISOString();
    const number = await nextRequestNumber(ctx.db, ctx.now().getUTCFullYear());
    const { id } = await ctx.db
      .insertInto('sales_request')
      .values({
        ...requestColumns(input, now),
        number,
        status: 'new',
        created_at: now,
        created_by: ctx.session.userId > 0 ? ctx.session.userId : null,
        closed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await addHistory(ctx, id, now, { text: null, statusFrom: null, statusTo: 'new' });
    await indexRequest(ctx.db, id);
    const after = await getRequest(ctx, id);
    ctx.audit({ entityType: 'salesRequest', entityId: id, before: null, after });
    return after;
  },
  'sales.request.update': async (ctx, { id, request }) => {
    const before = await getRequest(ctx, id);
    refuseClosed(before.status);
    await checkRequestLinks(ctx.db, request);
    await ctx.db
      .updateTable('sales_request')
      .set(requestColumns(request, ctx.now().toISOString()))
      .where('id', '=', id)
      .execute();
    await indexRequest(ctx.db, id);
    const after = await getRequest(ctx, id);
    ctx.audit({ entityType: 'salesRequest', entityId: id, before, after });
    return after;
  },
  'sales.request.note': async (ctx, { id, text, status }) => {
    const before = await getRequest(ctx, id);
    refuseClosed(before.status);
    const now = ctx.now().toISOString();
    if (status !== undefined) {
      checkTransition(before.status, status);
      await ctx.db
        .updateTable('sales_request')
        .set({ status, closed_at: closedAtFor(status, now), updated_at: now })
        .where('id', '=', id)
        .execute();
    } else {
      await ctx.db.updateTable('sales_request').set({ updated_at: now }).where('id', '=', id).execute();
    }
    await addHistory(ctx, id, now, {
      text,
      statusFrom: status === undefined ? null : before.status,
      statusTo: status ?? null,
    });
    const after = await getRequest(ctx, id);
    ctx.audit({ entityType: 'salesRequest', entityId: id, before, after });
    return after;
  },
} satisfies Handlers<typeof salesRequests>;
