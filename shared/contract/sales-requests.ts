import { z } from 'zod';
import { listQuery, page } from '../domain/list';
import { Id, IsoDate, optionalText, requiredText } from '../domain/values';
import { route } from './route';

export const RequestType = z.enum(['question', 'complaint', 'return', 'repair', 'warranty']);
export type RequestType = z.infer<typeof RequestType>;
export const RequestPriority = z.enum(['low', 'normal', 'high', 'urgent']);
export type RequestPriority = z.infer<typeof RequestPriority>;
/** new → in_progress ⇄ waiting_customer → resolved → closed; a resolved request can be reopened (in_progress). */
export const RequestStatus = z.enum(['new', 'in_progress', 'waiting_customer', 'resolved', 'closed']);
export type RequestStatus = z.infer<typeof RequestStatus>;

export const REQUEST_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  new: ['in_progress', 'waiting_customer', 'resolved', 'closed'],
  in_progress: ['waiting_customer', 'resolved'],
  waiting_customer: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: [],
};

export const RequestInput = z
  .object({
    partyId: Id,
    orderId: Id.nullish().transform((v) => v ?? null),
    invoiceId: Id.nullish().transform((v) => v ?? null),
    productId: Id.nullish().transform((v) => v ?? null),
    type: RequestType,
    priority: RequestPriority.default('normal'),
    subject: requiredText(200),
    description: optionalText(5000),
    assigneeId: Id.nullish().transform((v) => v ?? null),
    dueDate: IsoDate.nullish().transform((v) => v ?? null),
  })
  .strict();
export type RequestInput = z.input<typeof RequestInput>;

export const RequestRow = z.object({
  id: Id,
  number: z.string(),
  partyId: Id,
  partyName: z.string(),
  type: RequestType,
  priority: RequestPriority,
  status: RequestStatus,
  subject: z.string(),
  assigneeId: Id.nullable(),
  assigneeName: z.string().nullable(),
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RequestRow = z.infer<typeof RequestRow>;

export const RequestNote = z.object({
  id: Id,
  at: z.string(),
  userName: z.string().nullable(),
  text: z.string().nullable(),
  statusFrom: RequestStatus.nullable(),
  statusTo: RequestStatus.nullable(),
});

export const SalesRequest = RequestRow.extend({
  orderId: Id.nullable(),
  orderNumber: z.string().nullable(),
  invoiceId: Id.nullable(),
  invoiceNumber: z.string().nullable(),
  productId: Id.nullable(),
  productLabel: z.string().nullable(),
  description: z.string().nullable(),
  closedAt: z.string().nullable(),
  notes: z.array(RequestNote),
});
export type SalesRequest = z.infer<typeof SalesRequest>;

export const RequestListQuery = listQuery(['createdAt', 'dueDate', 'priority', 'number'] as const)
  .extend({
    status: z.union([RequestStatus, z.literal('open')]).optional(),
    overdue: z.boolean().default(false),
    partyId: Id.optional(),
    assigneeId: Id.optional(),
    asOf: IsoDate.optional(),
  })
  .strict();
export type RequestListQuery = z.input<typeof RequestListQuery>;

/** Someone a request can be given to: an active user. */
export const RequestAssignee = z.object({ id: Id, name: z.string() });

export const salesRequests = {
  'sales.request.list': route({
    kind: 'query',
    permission: 'sales.read',
    input: RequestListQuery,
    output: page(RequestRow),
  }),
  'sales.request.get': route({
    kind: 'query',
    permission: 'sales.read',
    input: z.object({ id: Id }).strict(),
    output: SalesRequest,
  }),
  'sales.request.create': route({
    kind: 'mutation',
    permission: 'sales.write',
    input: RequestInput,
    output: SalesRequest,
  }),
  'sales.request.update': route({
    kind: 'mutation',
    permission: 'sales.write',
    input: z.object({ id: Id, request: RequestInput }).strict(),
    output: SalesRequest,
  }),
  /** Adds a note to the history, moving the status along the workflow when one is given. */
  'sales.request.note': route({
    kind: 'mutation',
    permission: 'sales.write',
    input: z
      .object({ id: Id, text: optionalText(5000), status: RequestStatus.optional() })
      .strict()
      .refine((v) => v.text !== null || v.status !== undefined, { message: 'validation.required', path: ['text'] }),
    output: SalesRequest,
  }),
  /** The users a request can be assigned to, readable by whoever works on requests (the users list is for admins). */
  'sales.request.assignees': route({
    kind: 'query',
    permission: 'sales.read',
    input: z.object({}).strict(),
    output: z.array(RequestAssignee),
  }),
} as const;
