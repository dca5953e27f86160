import type {
  RequestInput,
  RequestPriority,
  RequestType,
  SalesRequest,
} from '../../../../../shared/contract/sales-requests';

/** The form keeps ids as the selects hold them (strings) and labels to show them before any search. */
export interface RequestFormValues {
  partyId: string | null;
  partyLabel: string;
  orderId: string | null;
  orderLabel: string | null;
  invoiceId: string | null;
  invoiceLabel: string | null;
  productId: string | null;
  productLabel: string | null;
  type: RequestType;
  priority: RequestPriority;
  subject: string;
  description: string;
  assigneeId: string | null;
  dueDate: string;
}

export function newRequestValues(): RequestFormValues {
  return {
    partyId: null,
    partyLabel: '',
    orderId: null,
    orderLabel: null,
    invoiceId: null,
    invoiceLabel: null,
    productId: null,
    productLabel: null,
    type: 'complaint',
    priority: 'normal',
    subject: '',
    description: '',
    assigneeId: null,
    dueDate: '',
  };
}

export function requestToValues(r: SalesRequest): RequestFormValues {
  const id = (v: number | null) => (v === null ? null : String(v));
  return {
    partyId: String(r.partyId),
    partyLabel: r.partyName,
    orderId: id(r.orderId),
    orderLabel: r.orderNumber,
    invoiceId: id(r.invoiceId),
    invoiceLabel: r.invoiceNumber,
    productId: id(r.productId),
    productLabel: r.productLabel,
    type: r.type,
    priority: r.priority,
    subject: r.subject,
    description: r.description ?? '',
    assigneeId: id(r.assigneeId),
    dueDate: r.dueDate ?? '',
  };
}

const idOf = (v: string | null) => (v === null || v === '' ? null : Number(v));

export function valuesToRequestInput(v: RequestFormValues): RequestInput {
  return {
    // An unpicked customer is left for the contract's schema to report on the field.
    partyId: (idOf(v.partyId) ?? undefined) as number,
    orderId: idOf(v.orderId),
    invoiceId: idOf(v.invoiceId),
    productId: idOf(v.productId),
    type: v.type,
    priority: v.priority,
    subject: v.subject,
    description: v.description,
    assigneeId: idOf(v.assigneeId),
    dueDate: v.dueDate === '' ? null : v.dueDate,
  };
}
