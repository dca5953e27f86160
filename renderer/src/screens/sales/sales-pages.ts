import type { Permission } from '../../../../shared/permissions';

/**
 * The pages of Ventes, in tab order, with what each needs (the routes they call need the same). Each page's screen
 * is registered in sales-screens.ts under the same key.
 */
export const SALES_PAGES = [
  { key: 'overview', need: 'sales.read' },
  { key: 'quotes', need: 'sales.read' },
  { key: 'orders', need: 'sales.read' },
  { key: 'deliveries', need: 'sales.read' },
  { key: 'invoices', need: 'sales.read' },
  { key: 'payments', need: 'sales.read' },
  { key: 'receivables', need: 'sales.read' },
  { key: 'requests', need: 'sales.read' },
  { key: 'catalog', need: 'sales.read' },
] as const satisfies readonly { key: string; need: Permission }[];

export type SalesPage = (typeof SALES_PAGES)[number]['key'];
