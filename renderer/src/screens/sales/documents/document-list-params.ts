import type { DocumentListQuery, DocumentStatus } from '../../../../../shared/contract/sales-documents';
import { DOCUMENT_SORTS } from '../../../../../shared/contract/sales-documents';
import type { DocumentKind } from '../../../../../shared/domain/sales';

export type DocumentSort = (typeof DOCUMENT_SORTS)[number];
export type StatusFilter = 'all' | DocumentStatus;
export type PaymentFilter = 'all' | 'unpaid' | 'partial' | 'paid';

export interface DocumentListParams {
  sort: DocumentSort;
  dir: 'asc' | 'desc';
  status: StatusFilter;
  payment: PaymentFilter;
  /** On the invoices page: one of its kinds, or all of them. */
  kind: DocumentKind | 'all';
  search: string;
  from: string;
  to: string;
}

export const STATUS_FILTERS: readonly StatusFilter[] = [
  'all',
  'draft',
  'validated',
  'accepted',
  'refused',
  'cancelled',
];
export const PAYMENT_FILTERS: readonly PaymentFilter[] = ['all', 'unpaid', 'partial', 'paid'];
export const DEFAULT_PARAMS: DocumentListParams = {
  sort: 'date',
  dir: 'desc',
  status: 'all',
  payment: 'all',
  kind: 'all',
  search: '',
  from: '',
  to: '',
};

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** The list's state lives in the address, so that going back to the list finds it as it was. */
export function parseDocumentParams(search: URLSearchParams, kinds: readonly DocumentKind[]): DocumentListParams {
  return {
    sort: oneOf(search.get('sort'), DOCUMENT_SORTS, DEFAULT_PARAMS.sort),
    dir: oneOf(search.get('dir'), ['asc', 'desc'] as const, DEFAULT_PARAMS.dir),
    status: oneOf(search.get('status'), STATUS_FILTERS, 'all'),
    payment: oneOf(search.get('payment'), PAYMENT_FILTERS, 'all'),
    kind: oneOf<DocumentKind | 'all'>(search.get('kind'), kinds, 'all'),
    search: search.get('q') ?? '',
    from: isDate(search.get('from') ?? '') ? search.get('from')! : '',
    to: isDate(search.get('to') ?? '') ? search.get('to')! : '',
  };
}

export function documentParamsToSearch(p: DocumentListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (p.sort !== DEFAULT_PARAMS.sort || p.dir !== DEFAULT_PARAMS.dir) {
    out.set('sort', p.sort);
    out.set('dir', p.dir);
  }
  if (p.status !== 'all') out.set('status', p.status);
  if (p.payment !== 'all') out.set('payment', p.payment);
  if (p.kind !== 'all') out.set('kind', p.kind);
  if (p.search) out.set('q', p.search);
  if (p.from) out.set('from', p.from);
  if (p.to) out.set('to', p.to);
  return out;
}

/** The core's filters and sort, without paging: the list asks for its pages as it scrolls. */
export function documentListInput(
  p: DocumentListParams,
  kinds: readonly DocumentKind[],
): Omit<DocumentListQuery, 'page' | 'pageSize'> {
  return {
    sort: p.sort,
    dir: p.dir,
    kinds: p.kind === 'all' ? [...kinds] : [p.kind],
    ...(p.status !== 'all' ? { status: p.status } : {}),
    ...(p.payment !== 'all' ? { payment: p.payment } : {}),
    ...(p.search ? { search: p.search } : {}),
    ...(p.from ? { from: p.from } : {}),
    ...(p.to ? { to: p.to } : {}),
  };
}

/** A click on the sorted column turns it around; on another column, sorts on it (dates and totals newest first). */
export function nextDocumentSort(p: DocumentListParams, sort: DocumentSort): Partial<DocumentListParams> {
  if (p.sort === sort) return { sort, dir: p.dir === 'asc' ? 'desc' : 'asc' };
  return { sort, dir: sort === 'date' || sort === 'total' || sort === 'dueDate' ? 'desc' : 'asc' };
}

/** An invoice still owed after its due date. */
export function isOverdue(row: { dueDate: string | null; payment: string | null }, today: string): boolean {
  return row.dueDate !== null && row.payment !== null && row.payment !== 'paid' && row.dueDate < today;
}
