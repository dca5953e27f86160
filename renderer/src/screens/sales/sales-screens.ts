import type { ComponentType } from 'react';
import { lazyNamed } from '../../components/lazy-named';
import type { SalesPage } from './sales-pages';

// One lazily loaded screen per page of sales-pages.ts; a page may hold sub-routes (`<key>/*`).
export const SALES_SCREENS: Partial<Record<SalesPage, ComponentType>> = {
  overview: lazyNamed(() => import('./sales-home'), 'SalesHome'),
  payments: lazyNamed(() => import('./payments/payments-screen'), 'PaymentsScreen'),
  receivables: lazyNamed(() => import('./receivables/receivables-screen'), 'ReceivablesScreen'),
};
