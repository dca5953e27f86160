import type { RouteName } from '../../../../../shared/contract';
import type { DocumentKind } from '../../../../../shared/domain/sales';

/** The four pages of Ventes that list documents; the invoices page holds deposit invoices and credit notes too. */
export type DocumentPage = 'quotes' | 'orders' | 'deliveries' | 'invoices';

export const PAGE_KINDS: Record<DocumentPage, readonly DocumentKind[]> = {
  quotes: ['quote'],
  orders: ['order'],
  deliveries: ['delivery'],
  invoices: ['invoice', 'deposit', 'credit_note'],
};

export const PAGE_OF: Record<DocumentKind, DocumentPage> = {
  quote: 'quotes',
  order: 'orders',
  delivery: 'deliveries',
  invoice: 'invoices',
  deposit: 'invoices',
  credit_note: 'invoices',
};

/** Where a document opens: `/sales/invoices/12`, or `/sales/invoices/12/edit` with a suffix. */
export function documentPath(kind: DocumentKind, id: number, suffix = ''): string {
  return `/sales/${PAGE_OF[kind]}/${id}${suffix}`;
}

/** Every cached answer a change to a document makes stale (a posted invoice changes the books too). */
export const DOCUMENT_QUERIES: RouteName[] = [
  'sales.document.list',
  'sales.document.get',
  'accounting.entry.list',
  'accounting.entry.get',
];
