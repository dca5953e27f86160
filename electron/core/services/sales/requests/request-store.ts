import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  RequestInput,
  RequestPriority,
  RequestStatus,
  RequestType,
  SalesRequest,
} from '../../../../../shared/contract/sales-requests';
import { foldText } from '../../../../../shared/domain/text';
import { AppError } from '../../../../../shared/errors';
import { indexDocument } from '../../../db/search-index';
import type { DB } from '../../../db/schema';

export type ParsedRequestInput = z.output<typeof RequestInput>;

export const SEARCH_KIND = 'request';
export const OPEN_STATUSES: readonly RequestStatus[] = ['new', 'in_progress', 'waiting_customer'];

export function isOpen(status: string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

export function requestColumns(input: ParsedRequestInput, now: string) {
  return {
    party_id: input.partyId,
    order_id: input.orderId,
    invoice_id: input.invoiceId,
    product_id: input.productId,
    type: input.type,
    priority: input.priority,
    subject: input.subject,
    subject_folded: foldText(input.subject),
    description: input.description,
    assignee_id: input.assigneeId,
    due_date: input.dueDate,
    updated_at: now,
  };
}

/** Global search finds a request by its subject, number and customer. */
export async function indexRequest(db: Kysely<DB>, id: number): Promise<void> {
  const row = await db
    .selectFrom('sales_request as r')
    .innerJoin('party as p', 'p.id', 'r.party_id')
    .select(['r.number', 'r.subject', 'p.name', 'p.code'])
    .where('r.id', '=', id)
    .executeTakeFirstOrThrow();
  await indexDocument(db, {
    kind: SEARCH_KIND,
    refId: id,
    title: row.subject,
    subtitle: `${row.number} · ${row.name}`,
    body: [row.number, row.name, row.code].join(' '),
  });
}

/** Whether the request is late on the given day: still open with its due date passed. */
export function overdueOn(status: string, dueDate: string | null, asOf: string): boolean {
  return dueDate !== null && dueDate < asOf && isOpen(status);
}

export async function loadRequest(db: Kysely<DB>, id: number, asOf: string): Promise<SalesRequest> {
  const r = await db
    .selectFrom('sales_request as r')
    .leftJoin('party as p', 'p.id', 'r.party_id')
    .leftJoin('app_user as u', 'u.id', 'r.assignee_id')
    .leftJoin('sales_document as o', 'o.id', 'r.order_id')
    .leftJoin('sales_document as i', 'i.id', 'r.invoice_id')
    .leftJoin('product as pr', 'pr.id', 'r.product_id')
    .selectAll('r')
    .select([
      'p.name as party_name',
      'u.display_name as assignee_name',
      'o.number as order_number',
      'i.number as invoice_number',
      'pr.reference as product_reference',
      'pr.label as product_label',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'salesRequest', id });
  const notes = await db
    .selectFrom('sales_request_note as n')
    .leftJoin('app_user as u', 'u.id', 'n.user_id')
    .select(['n.id', 'n.at', 'n.text', 'n.status_from', 'n.status_to', 'u.display_name'])
    .where('n.request_id', '=', id)
    .orderBy('n.at')
    .orderBy('n.id')
    .execute();
  return {
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
    overdue: overdueOn(r.status, r.due_date, asOf),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    orderId: r.order_id,
    orderNumber: r.order_number,
    invoiceId: r.invoice_id,
    invoiceNumber: r.invoice_number,
    productId: r.product_id,
    productLabel: r.product_label === null ? null : `${r.product_reference} · ${r.product_label}`,
    description: r.description,
    closedAt: r.closed_at,
    notes: notes.map((n) => ({
      id: n.id,
      at: n.at,
      userName: n.display_name,
      text: n.text,
      statusFrom: n.status_from as RequestStatus | null,
      statusTo: n.status_to as RequestStatus | null,
    })),
  };
}
