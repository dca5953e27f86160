import type { ComponentType } from 'react';
import { lazyNamed } from '../../components/lazy-named';
import type { SalesPage } from './sales-pages';

// One lazily loaded screen per page of sales-pages.ts; a page may hold sub-routes (`<key>/*`).
export const SALES_SCREENS: Partial<Record<SalesPage, ComponentType>> = {
  overview: lazyNamed(() => import('./sales-home'), 'SalesHome'),
  catalog: lazyNamed(() => import('./catalog/catalog-screen'), 'CatalogScreen'),
  requests: lazyNamed(() => import('./requests/requests-screen'), 'RequestsScreen'),
  quotes: lazyNamed(() => import('./documents/documents-screen'), 'QuotesScreen'),
  orders: lazyNamed(() => import('./documents/documents-screen'), 'OrdersScreen'),
  deliveries: lazyNamed(() => import('./documents/documents-screen'), 'DeliveriesScreen'),
  invoices: lazyNamed(() => import('./documents/documents-screen'), 'InvoicesScreen'),
  payments: lazyNamed(() => import('./payments/payments-screen'), 'PaymentsScreen'),
  receivables: lazyNamed(() => import('./receivables/receivables-screen'), 'ReceivablesScreen'),
};
