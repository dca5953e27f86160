import type { DocumentKind, PaymentTerms, VatCategory } from '../../../../../shared/domain/sales';

// The words printed on the documents. They belong to the document, not to the screens: a French company may send
// an English invoice whatever language its clerk works in, so they are kept here rather than in the UI catalogs.

const fr = {
  titles: {
    quote: 'Devis',
    order: 'Confirmation de commande',
    delivery: 'Bon de livraison',
    invoice: 'Facture',
    deposit: "Facture d'acompte",
    credit_note: 'Avoir',
  } satisfies Record<DocumentKind, string>,
  draft: 'Brouillon',
  watermark: 'BROUILLON',
  number: (n: string) => `N° ${n}`,
  continued: 'suite',
  creditedInvoice: (n: string) => `Avoir sur facture ${n}`,
  meta: {
    date: 'Date',
    invoiceDate: 'Date de facture',
    saleDate: 'Date de la vente / prestation',
    deliveryDate: 'Date de livraison',
    dueDate: 'Échéance',
    validUntil: "Valable jusqu'au",
    customerReference: 'Votre référence',
    customerCode: 'Code client',
    source: 'Origine',
  },
  siren: 'SIREN',
  siret: 'SIRET',
  vatNumber: 'N° TVA',
  phone: 'Tél.',
  email: 'E-mail',
  customer: 'Client',
  recipient: 'Destinataire',
  deliveryAddress: 'Adresse de livraison',
  columns: {
    reference: 'Réf.',
    label: 'Désignation',
    quantity: 'Qté',
    unit: 'Unité',
    unitPrice: 'P.U. HT',
    discount: 'Remise',
    vatRate: 'TVA',
    amount: 'Montant HT',
  },
  vatBreakdown: 'Détail de la TVA',
  vatColumns: { rate: 'Taux', base: 'Base HT', vat: 'TVA' },
  categories: {
    S: '',
    E: 'Exonéré',
    AE: 'Autoliquidation',
    K: 'Livraison intracom.',
    G: 'Exportation',
  } satisfies Record<VatCategory, string>,
  totals: {
    lines: 'Total HT des lignes',
    linesBeforeDiscount: 'Total HT avant remise',
    depositsDeducted: 'Acomptes déduits HT',
    discount: (rate: string) => `Remise globale ${rate}`,
    net: 'Total HT',
    vat: 'Total TVA',
    gross: 'Total TTC',
    netToPay: 'Net à payer TTC',
    creditTotal: "Montant TTC de l'avoir",
  },
  terms: {
    on_receipt: 'à réception de facture',
    days_30: '30 jours date de facture',
    days_45_eom: '45 jours fin de mois',
    days_60: '60 jours date de facture',
  } satisfies Record<PaymentTerms, string>,
  paymentTerms: (terms: string) => `Conditions de paiement : ${terms}.`,
  dueOn: (terms: string, date: string) => `Conditions de paiement : ${terms}, soit au plus tard le ${date}.`,
  penalties: (rate: string) =>
    `En cas de retard de paiement, pénalités de retard au taux annuel de ${rate} (art. L441-10 du Code de commerce).`,
  recoveryFee: (amount: string) =>
    `Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : ${amount}.`,
  noEarlyDiscount: "Pas d'escompte pour paiement anticipé.",
  operation: (what: string) => `Catégorie de l'opération : ${what}.`,
  operations: {
    goods: 'Livraison de biens',
    services: 'Prestation de services',
    mixed: 'Mixte (livraison de biens et prestation de services)',
  },
  vatOnDebits: "Option pour le paiement de la TVA d'après les débits.",
  quoteValidity: (date: string) => `Devis valable jusqu'au ${date}.`,
  approvalTitle: 'Bon pour accord',
  approvalText: 'Date, signature et cachet du client, précédés de la mention manuscrite « Bon pour accord »',
  receiptTitle: 'Réception de la marchandise',
  receiptText: 'Date, nom et signature du destinataire (réserves éventuelles à préciser)',
  page: (i: number, n: number) => `Page ${i}/${n}`,
  dunning: {
    registered: 'Lettre recommandée avec accusé de réception',
    placeDate: (city: string, date: string) => `${city}, le ${date}`,
    subject: {
      1: (n: string) => `Objet : rappel — facture ${n}`,
      2: (n: string) => `Objet : relance — facture ${n} impayée`,
      3: (n: string) => `Objet : mise en demeure de payer — facture ${n}`,
    },
    salutation: 'Madame, Monsieur,',
    body: {
      1: (due: string) => [
        `Sauf erreur ou omission de notre part, la facture ci-dessous, arrivée à échéance le ${due}, ` +
          "n'a pas encore été réglée. Il s'agit sans doute d'un simple oubli : nous vous remercions de bien " +
          'vouloir procéder à son règlement dans les meilleurs délais.',
        'Si votre paiement a été émis entre-temps, nous vous prions de ne pas tenir compte de ce courrier.',
      ],
      2: (due: string, rate: string, fee: string) => [
        `Malgré notre précédent rappel, la facture ci-dessous, échue depuis le ${due}, reste impayée à ce jour. ` +
          'Nous vous demandons de bien vouloir en régler le montant sous huit jours.',
        'Nous vous rappelons que, conformément à nos conditions de paiement et à l’article L441-10 du Code de ' +
          `commerce, tout retard de paiement entraîne des pénalités au taux annuel de ${rate} ainsi qu’une ` +
          `indemnité forfaitaire pour frais de recouvrement de ${fee}.`,
      ],
      3: (due: string, amount: string, rate: string, fee: string) => [
        `Malgré nos relances, la facture ci-dessous, échue depuis le ${due}, demeure impayée. Par la présente, ` +
          `nous vous mettons en demeure de nous régler la somme de ${amount} dans un délai de huit jours à ` +
          'compter de la réception de ce courrier.',
        'Conformément à l’article L441-10 du Code de commerce, cette somme est majorée de pénalités de retard au ' +
          `taux annuel de ${rate}, courant depuis le lendemain de l’échéance, et de l’indemnité forfaitaire pour ` +
          `frais de recouvrement de ${fee}.`,
        'À défaut de règlement dans ce délai, nous engagerons sans autre avis une procédure de recouvrement ' +
          'judiciaire, dont les frais resteront à votre charge.',
      ],
    },
    table: { invoice: 'Facture', date: 'Date', dueDate: 'Échéance', total: 'Montant TTC', open: 'Reste dû' },
    closing: "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    accounts: 'Le service comptabilité',
  },
};

export type PdfStrings = typeof fr;

const en: PdfStrings = {
  titles: {
    quote: 'Quote',
    order: 'Order confirmation',
    delivery: 'Delivery note',
    invoice: 'Invoice',
    deposit: 'Deposit invoice',
    credit_note: 'Credit note',
  },
  draft: 'Draft',
  watermark: 'DRAFT',
  number: (n: string) => `No. ${n}`,
  continued: 'continued',
  creditedInvoice: (n: string) => `Credit note for invoice ${n}`,
  meta: {
    date: 'Date',
    invoiceDate: 'Invoice date',
    saleDate: 'Date of supply',
    deliveryDate: 'Delivery date',
    dueDate: 'Due date',
    validUntil: 'Valid until',
    customerReference: 'Your reference',
    customerCode: 'Customer code',
    source: 'Based on',
  },
  siren: 'SIREN',
  siret: 'SIRET',
  vatNumber: 'VAT No.',
  phone: 'Phone',
  email: 'Email',
  customer: 'Customer',
  recipient: 'Recipient',
  deliveryAddress: 'Delivery address',
  columns: {
    reference: 'Ref.',
    label: 'Description',
    quantity: 'Qty',
    unit: 'Unit',
    unitPrice: 'Unit price',
    discount: 'Disc.',
    vatRate: 'VAT',
    amount: 'Net amount',
  },
  vatBreakdown: 'VAT breakdown',
  vatColumns: { rate: 'Rate', base: 'Taxable base', vat: 'VAT' },
  categories: { S: '', E: 'Exempt', AE: 'Reverse charge', K: 'Intra-EU supply', G: 'Export' },
  totals: {
    lines: 'Lines total excl. VAT',
    linesBeforeDiscount: 'Total before discount',
    depositsDeducted: 'Deposits deducted excl. VAT',
    discount: (rate: string) => `Overall discount ${rate}`,
    net: 'Total excl. VAT',
    vat: 'Total VAT',
    gross: 'Total incl. VAT',
    netToPay: 'Amount due incl. VAT',
    creditTotal: 'Credit total incl. VAT',
  },
  terms: {
    on_receipt: 'on receipt of invoice',
    days_30: '30 days from invoice date',
    days_45_eom: '45 days end of month',
    days_60: '60 days from invoice date',
  },
  paymentTerms: (terms: string) => `Payment terms: ${terms}.`,
  dueOn: (terms: string, date: string) => `Payment terms: ${terms}, that is by ${date} at the latest.`,
  penalties: (rate: string) =>
    `Late payment: penalties at an annual rate of ${rate} (art. L441-10 of the French Commercial Code).`,
  recoveryFee: (amount: string) => `Fixed compensation for recovery costs in case of late payment: ${amount}.`,
  noEarlyDiscount: 'No discount for early payment.',
  operation: (what: string) => `Operation category: ${what}.`,
  operations: {
    goods: 'supply of goods',
    services: 'provision of services',
    mixed: 'mixed (supply of goods and provision of services)',
  },
  vatOnDebits: 'VAT payable on debits (option chosen by the seller).',
  quoteValidity: (date: string) => `This quote is valid until ${date}.`,
  approvalTitle: 'Accepted',
  approvalText: 'Date, signature and stamp of the customer, preceded by the handwritten words "Accepted"',
  receiptTitle: 'Goods received',
  receiptText: 'Date, name and signature of the recipient (state any reservations)',
  page: (i: number, n: number) => `Page ${i}/${n}`,
  dunning: {
    registered: 'Registered letter with acknowledgement of receipt',
    placeDate: (city: string, date: string) => `${city}, ${date}`,
    subject: {
      1: (n: string) => `Reminder — invoice ${n}`,
      2: (n: string) => `Second reminder — unpaid invoice ${n}`,
      3: (n: string) => `Formal notice to pay — invoice ${n}`,
    },
    salutation: 'Dear Sir or Madam,',
    body: {
      1: (due: string) => [
        `According to our records, the invoice below, which fell due on ${due}, has not yet been paid. ` +
          'This is probably an oversight: we would be grateful if you could settle it at your earliest convenience.',
        'If you have sent your payment in the meantime, please disregard this letter.',
      ],
      2: (due: string, rate: string, fee: string) => [
        `Despite our previous reminder, the invoice below, due since ${due}, remains unpaid. ` +
          'We ask you to pay the amount due within eight days.',
        'Please note that, under our payment terms and article L441-10 of the French Commercial Code, any late ' +
          `payment incurs penalties at an annual rate of ${rate} and a fixed compensation for recovery costs ` +
          `of ${fee}.`,
      ],
      3: (due: string, amount: string, rate: string, fee: string) => [
        `Despite our reminders, the invoice below, due since ${due}, remains unpaid. We hereby give you formal ` +
          `notice to pay the sum of ${amount} within eight days of receiving this letter.`,
        'Under article L441-10 of the French Commercial Code, this sum bears late-payment penalties at an annual ' +
          `rate of ${rate} from the day after the due date, plus the fixed compensation for recovery costs of ${fee}.`,
        'Failing payment within this period, we shall start legal recovery proceedings without further notice, ' +
          'at your expense.',
      ],
    },
    table: { invoice: 'Invoice', date: 'Date', dueDate: 'Due date', total: 'Total incl. VAT', open: 'Amount due' },
    closing: 'Yours faithfully,',
    accounts: 'Accounts department',
  },
};

export const PDF_STRINGS: Record<'fr' | 'en', PdfStrings> = { fr, en };
