import type { salesFr } from './sales.fr';
import type { Messages } from './messages';

export const salesEn: Messages<typeof salesFr> = {
  customer: { label: 'Customer', placeholder: 'Search a customer…' },
  pages: {
    overview: 'Overview',
    quotes: 'Quotes',
    orders: 'Orders',
    deliveries: 'Deliveries',
    invoices: 'Invoices',
    payments: 'Payments',
    receivables: 'Receivables & dunning',
    requests: 'After-sales',
    catalog: 'Catalog',
  },
};
