import { REQUEST_TRANSITIONS, type RequestStatus } from '../../../../../shared/contract/sales-requests';
import { AppError } from '../../../../../shared/errors';
import type { Ctx } from '../../../context';

/** A closed request is history: nothing about it changes any more. */
export function refuseClosed(status: string): void {
  if (status === 'closed') throw new AppError('VALIDATION', 'errors.salesRequestClosed');
}

export function checkTransition(from: RequestStatus, to: RequestStatus): void {
  if (!REQUEST_TRANSITIONS[from].includes(to)) {
    throw new AppError('VALIDATION', 'errors.salesRequestTransition', {
      from,
      to,
      issues: [{ path: 'status', messageKey: 'errors.salesRequestTransition', params: { from, to } }],
    });
  }
}

/** One row of the request's history: a note, a change of status, or both. */
export async function addHistory(
  ctx: Ctx,
  requestId: number,
  at: string,
  entry: { text: string | null; statusFrom: RequestStatus | null; statusTo: RequestStatus | null },
): Promise<void> {
  await ctx.db
    .insertInto('sales_request_note')
    .values({
      request_id: requestId,
      at,
      user_id: ctx.session.userId > 0 ? ctx.session.userId : null,
      text: entry.text,
      status_from: entry.statusFrom,
      status_to: entry.statusTo,
    })
    .execute();
}

/** Resolving or closing stamps the moment the request left the team's hands; reopening clears it. */
export function closedAtFor(to: RequestStatus, now: string): string | null {
  return to === 'resolved' || to === 'closed' ? now : null;
}
