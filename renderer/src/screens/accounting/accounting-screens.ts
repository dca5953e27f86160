import type { ComponentType } from 'react';
import { lazyNamed } from '../../components/lazy-named';
import type { AccountingPage } from './accounting-pages';

// One lazily loaded screen per page of accounting-pages.ts; a page may hold sub-routes (`<key>/*`).
export const ACCOUNTING_SCREENS: Record<AccountingPage, ComponentType> = {
  lettering: lazyNamed(() => import('./lettering/lettering-screen'), 'LetteringScreen'),
  entries: lazyNamed(() => import('./entries/entries-page'), 'EntriesPage'),
  chart: lazyNamed(() => import('./chart/chart-page'), 'ChartPage'),
  reports: lazyNamed(() => import('./reports/reports-page'), 'ReportsPage'),
  bills: lazyNamed(() => import('./bills/bills-screen'), 'BillsScreen'),
  bank: lazyNamed(() => import('./bank/bank-screen'), 'BankScreen'),
};
