import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type {
  RequestListQuery,
  RequestPriority,
  RequestRow,
  RequestStatus,
  RequestType,
} from '../../../../../shared/contract/sales-requests';
import { matchingIds } from '../../../db/search-index';
import type { DB } from '../../../db/schema';
import { OPEN_STATUSES, SEARCH_KIND, overdueOn } from './request-store';
import { memoRead } from '../../../db/read-memo';

export type ParsedListQuery = z.output<typeof RequestListQuery>;
type Filters = Omit<ParsedListQuery, 'page' | 'pageSize'> & { asOf: string };

/** Written exactly as the sales_request_priority index holds it, so that SQLite walks the index. */
const PRIORITY_RANK = sql<number>`(case r.priority when 'urgent' then 3 when 'high' then 2 when 'normal' then 1 else 0 end)`;

export function filteredRequests(db: Kysely<DB>, f: Filters) {
  let q = db.selectFrom('sales_request as r');
  if (f.status === 'open' || (f.overdue && f.status === undefined)) q = q.where('r.status', 'in', [...OPEN_STATUSES]);
  else if (f.status !== undefined) q = q.where('r.status', '=', f.status);
  if (f.overdue) q = q.where('r.due_date', 'is not', null).where('r.due_date', '<', f.asOf);
  if (f.partyId !== undefined) q = q.where('r.party_id', '=', f.partyId);
  if (f.assigneeId !== undefined) q = q.where('r.assignee_id', '=', f.assigneeId);
  const ids = f.search ? matchingIds(f.search, SEARCH_KIND) : null;
  if (ids) q = q.where(sql<boolean>`r.id in (${ids})`);
  return q;
}

export function sortedRequests(db: Kysely<DB>, f: Filters) {
  // Left joins keep the request as the outer loop: its index decides the order, the names are looked up by key.
  let q = filteredRequests(db, f)
    .leftJoin('party as p', 'p.id', 'r.party_id')
    .leftJoin('app_user as u', 'u.id', 'r.assignee_id')
    .select([
      'r.id',
      'r.number',
      'r.party_id',
      'p.name as party_name',
      'r.type',
      'r.priority',
      'r.status',
      'r.subject',
      'r.assignee_id',
      'u.display_name as assignee_name',
      'r.due_date',
      'r.created_at',
      'r.updated_at',
    ]);
  const sort = f.sort ?? 'createdAt';
  if (sort === 'createdAt') q = q.orderBy('r.created_at', f.dir);
  else if (sort === 'dueDate') q = q.orderBy('r.due_date', f.dir);
  else if (sort === 'priority') q = q.orderBy(PRIORITY_RANK, f.dir);
  else q = q.orderBy('r.number', f.dir);
  return q.orderBy('r.id', f.dir);
}

export async function listRequests(db: Kysely<DB>, input: ParsedListQuery, today: string) {
  const f = { ...input, asOf: input.asOf ?? today };
  const [rows, count] = await Promise.all([
    sortedRequests(db, f)
      .limit(input.pageSize)
      .offset(input.page * input.pageSize)
      .execute(),
    memoRead(
      db,
      filteredRequests(db, f).select((eb) => eb.fn.countAll<number>().as('n')),
    ),
  ]);
  return {
    rows: rows.map((r): RequestRow => ({
      id: r.id,
      number: r.number,
      partyId: r.party_id,
      partyName: r.party_name ?? '',
      type: r.type as RequestType,
      priority: r.priority as RequestPriority,
      status: r.status as RequestStatus,
      subject: r.subject,
      assigneeId: r.assignee_id,
      assigneeName: r.assignee_name,
      dueDate: r.due_date,
      overdue: overdueOn(r.status, r.due_date, f.asOf),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    })),
    total: Number(count.n),
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** What the department's home shows: requests still open, and those of them past their due date. */
export async function requestCounts(db: Kysely<DB>, asOf: string): Promise<{ open: number; overdue: number }> {
  const base = { dir: 'asc' as const, overdue: false, asOf };
  const [open, overdue] = await Promise.all([
    memoRead(
      db,
      filteredRequests(db, { ...base, status: 'open' }).select((eb) => eb.fn.countAll<number>().as('n')),
    ),
    memoRead(
      db,
      filteredRequests(db, { ...base, status: 'open', overdue: true }).select((eb) => eb.fn.countAll<number>().as('n')),
    ),
  ]);
  return { open: Number(open.n), overdue: Number(overdue.n) };
}
