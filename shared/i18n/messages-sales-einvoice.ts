// Messages of the e-invoices the sales department sends (Factur-X, CII, UBL).

export const fr: Record<string, string> = {
  'errors.einvoiceNotExportable':
    'Seule une facture, une facture d’acompte ou un avoir validé peut être exporté en facture électronique.',
  'errors.einvoiceCreditedMissing': 'Cet avoir ne référence pas la facture qu’il corrige.',
};

export const en: Record<string, string> = {
  'errors.einvoiceNotExportable':
    'Only a validated invoice, deposit invoice or credit note can be exported as an e-invoice.',
  'errors.einvoiceCreditedMissing': 'This credit note does not name the invoice it corrects.',
};
