// Messages of customer payments, receivables and dunning.

export const fr: Record<string, string> = {
  'errors.salesBankReceipt':
    'Une ligne de relevé se rapproche ici des factures d’un même client ; pour un avoir, passez par Ventes › Règlements.',
  'errors.salesPaymentBankAmount': 'Le règlement doit être du montant de la ligne de relevé qu’il rapproche.',
  'errors.salesPaymentCustomer': 'Ce tiers n’est pas un client.',
  'errors.salesPaymentAccount': 'Ce compte ne reçoit pas de règlements : choisissez un compte bancaire ou la caisse.',
  'errors.salesPaymentDocument': 'Cette pièce n’est pas une facture de ce client.',
  'errors.salesPaymentNotValidated': 'Seule une facture validée peut être réglée.',
  'errors.salesPaymentOverOpen': 'Le montant dépasse ce qui reste dû sur la facture.',
  'errors.salesPaymentOverAllocated': 'Les montants affectés dépassent le montant du règlement.',
  'errors.salesDunningNotOpen': 'Seule une facture validée non soldée peut être relancée.',
  'errors.salesDunningNotOverdue': 'Cette facture n’est pas encore échue.',
  'errors.salesDunningMax': 'La mise en demeure a déjà été envoyée : pas de relance au-delà du niveau 3.',
};

export const en: Record<string, string> = {
  'errors.salesBankReceipt':
    'A statement line matches invoices of one customer here; for a credit note, use Sales › Payments.',
  'errors.salesPaymentBankAmount': 'The payment must be the amount of the statement line it matches.',
  'errors.salesPaymentCustomer': 'This third party is not a customer.',
  'errors.salesPaymentAccount': 'This account does not receive payments: choose a bank account or the till.',
  'errors.salesPaymentDocument': 'This document is not an invoice of this customer.',
  'errors.salesPaymentNotValidated': 'Only a validated invoice can be paid.',
  'errors.salesPaymentOverOpen': 'The amount exceeds what is still owed on the invoice.',
  'errors.salesPaymentOverAllocated': 'The allocated amounts exceed the payment amount.',
  'errors.salesDunningNotOpen': 'Only a validated invoice not fully paid can be dunned.',
  'errors.salesDunningNotOverdue': 'This invoice is not due yet.',
  'errors.salesDunningMax': 'The formal notice has already been sent: no reminder beyond level 3.',
};
