import type { ComponentType } from 'react';
import { lazyNamed } from '../../components/lazy-named';
import type { AccountingPage } from './accounting-pages';

// One lazily loaded screen per page of accounting-pages.ts; a page may hold sub-routes (`<key>/*`).
export const ACCOUNTING_SCREENS: Record<AccountingPage, ComponentType> = {
  bank: lazyNamed(() => import('./bank/bank-screen'), 'BankScreen'),
};
