// Messages of the sales back office: catalog, documents, payments, dunning, after-sales.

export const fr: Record<string, string> = {
  'validation.vatRate': 'Taux de TVA : 20 %, 10 %, 5,5 % ou 2,1 %.',
  'validation.revenueAccount': 'Un compte de produits commence par 70.',
  'validation.duplicate': 'Valeur en double.',
  'errors.salesPartyUnknown': 'Ce client n’existe pas.',
  'errors.salesPartyNotCustomer':
    'Ce tiers n’est pas un client actif : cochez « Client » sur sa fiche (ou désarchivez-le) avant de lui vendre.',
  'errors.salesQuantityZero': 'La quantité d’une ligne ne peut pas être nulle.',
  'errors.salesQuantityNegative':
    'Quantité négative : seules les lignes de déduction d’acompte le sont. Pour rembourser, faites un avoir.',
  'errors.salesProductUnknown': 'Cet article n’existe pas au catalogue.',
  'errors.salesDepositLine':
    'Une ligne de déduction d’acompte appartient à une facture et renvoie à une facture d’acompte validée du même client.',
  'errors.salesCreditNoteInvoice': 'Un avoir se rattache à une facture validée du même client.',
  'errors.salesNotDraft': 'Le document {{number}} est validé : il ne peut plus être modifié ni supprimé.',
  'errors.salesKindChange': 'Le type d’un document ne change pas : convertissez-le plutôt.',
  'errors.salesHasChildren': 'Ce brouillon a déjà servi à créer un autre document : il ne peut pas être supprimé.',
  'errors.salesVatRate': 'Taux de TVA de {{rate}} % : seuls 20, 10, 5,5 et 2,1 % peuvent être comptabilisés.',
  'errors.salesNoCompany':
    'Renseignez d’abord la société (raison sociale, SIREN, adresse) : elle figure sur chaque facture.',
  'errors.salesDateBeforeLast':
    'La facture {{number}} est datée du {{date}} : une nouvelle facture ne peut pas être antérieure à la dernière de sa série.',
  'errors.salesBuyerAddress':
    'Le client n’a pas d’adresse : une facture doit porter l’adresse de facturation de l’acheteur.',
  'errors.salesNegativeTotal':
    'Le total de ce document doit être positif : pour rembourser un client, faites un avoir.',
  'errors.salesCreditTooLarge': 'Les avoirs sur la facture {{number}} dépasseraient son montant.',
  'errors.salesConvertStatus': 'Seul un document validé peut être transformé.',
  'errors.salesConvertKind': 'Ce document ne peut pas être transformé en ce type de document.',
  'errors.salesDepositShare': 'Indiquez le pourcentage de l’acompte.',
  'errors.salesConvertEmpty': 'Il n’y a aucune ligne à reprendre.',
  'errors.salesInvoiceFinal': 'Une facture ou un avoir validé ne s’annule pas : établissez un avoir.',
  'errors.salesStatusChange': 'Ce changement de statut n’est pas possible pour ce document.',
};

export const en: Record<string, string> = {
  'validation.vatRate': 'VAT rate: 20%, 10%, 5.5% or 2.1%.',
  'validation.revenueAccount': 'A revenue account starts with 70.',
  'validation.duplicate': 'Duplicate value.',
  'errors.salesPartyUnknown': 'This customer does not exist.',
  'errors.salesPartyNotCustomer':
    'This third party is not an active customer: tick “Customer” on its record (or unarchive it) before selling to it.',
  'errors.salesQuantityZero': 'A line’s quantity cannot be zero.',
  'errors.salesQuantityNegative':
    'Negative quantity: only deposit deduction lines have one. To refund, issue a credit note.',
  'errors.salesProductUnknown': 'This product is not in the catalog.',
  'errors.salesDepositLine':
    'A deposit deduction line belongs to an invoice and refers to a validated deposit invoice of the same customer.',
  'errors.salesCreditNoteInvoice': 'A credit note refers to a validated invoice of the same customer.',
  'errors.salesNotDraft': 'Document {{number}} is validated: it can no longer be changed or deleted.',
  'errors.salesKindChange': 'A document’s kind does not change: convert it instead.',
  'errors.salesHasChildren': 'This draft was already used to create another document: it cannot be deleted.',
  'errors.salesVatRate': 'VAT rate of {{rate}}%: only 20, 10, 5.5 and 2.1% can be posted.',
  'errors.salesNoCompany': 'Fill in the company first (legal name, SIREN, address): it appears on every invoice.',
  'errors.salesDateBeforeLast':
    'Invoice {{number}} is dated {{date}}: a new invoice cannot be dated before the last one of its series.',
  'errors.salesBuyerAddress': 'The customer has no address: an invoice must state the buyer’s billing address.',
  'errors.salesNegativeTotal': 'This document’s total must be positive: to refund a customer, issue a credit note.',
  'errors.salesCreditTooLarge': 'Credit notes on invoice {{number}} would exceed its amount.',
  'errors.salesConvertStatus': 'Only a validated document can be converted.',
  'errors.salesConvertKind': 'This document cannot be converted into that kind of document.',
  'errors.salesDepositShare': 'Give the deposit’s percentage.',
  'errors.salesConvertEmpty': 'There is no line to carry over.',
  'errors.salesInvoiceFinal': 'A validated invoice or credit note is never cancelled: issue a credit note.',
  'errors.salesStatusChange': 'This status change is not possible for this document.',
};
