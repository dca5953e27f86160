// Ventes: the department's pages. Each area of the department keeps its own file beside this one.
export const salesFr = {
  customer: { label: 'Client', placeholder: 'Rechercher un client…' },
  pages: {
    overview: 'Synthèse',
    quotes: 'Devis',
    orders: 'Commandes',
    deliveries: 'Livraisons',
    invoices: 'Factures',
    payments: 'Règlements',
    receivables: 'Encours & relances',
    requests: 'SAV',
    catalog: 'Catalogue',
  },
};
