// Messages of supplier invoices and received e-invoices.

export const fr: Record<string, string> = {
  'errors.billDuplicate': 'Ce fournisseur a déjà une facture n° {{number}} : elle est enregistrée (fiche {{id}}).',
  'errors.billNotDraft': 'La facture {{number}} est validée : elle ne peut plus être modifiée ni supprimée.',
  'errors.billCurrency':
    'Cette facture est en {{currency}} : seules les factures en euros peuvent être comptabilisées.',
  'errors.billEmpty': 'Cette facture ne porte aucun montant : il n’y a rien à comptabiliser.',
  'errors.billVatRate':
    'Taux de TVA de {{rate}} % : seuls les taux français (20, 10, 5,5, 2,1 et 0 %) peuvent être comptabilisés.',
  'errors.billTotals':
    'Les lignes, la ventilation de TVA et les totaux de la facture ne concordent pas : corrigez le brouillon.',
  'errors.billAccount':
    'Compte {{account}} : une charge se passe sur un compte de classe 6, une immobilisation sur un compte de classe 2.',
  'errors.billImportTotals':
    'La facture {{number}} est incohérente : ses lignes ou sa ventilation de TVA ne donnent pas son total hors taxes.',
  'errors.einvoiceNotAnInvoice': 'Ce fichier n’est ni un PDF Factur-X ni une facture XML (CII ou UBL).',
  'errors.einvoiceMalformedPdf': 'Ce PDF est illisible ou endommagé.',
  'errors.einvoiceNoEmbeddedXml':
    'Ce PDF ne contient pas de facture électronique (pas de fichier XML Factur-X joint) : saisissez-la à la main.',
  'errors.einvoiceMalformedXml': 'Le XML de cette facture est mal formé.',
  'errors.einvoiceUnsupportedSyntax': 'Ce XML n’est pas une facture CII ni UBL 2.1.',
  'errors.einvoiceInvalidStructure':
    'Cette facture ne respecte pas la norme (élément {{element}}) : demandez au fournisseur un fichier conforme.',
  'errors.einvoiceMissingField': 'Il manque à cette facture une information obligatoire ({{field}}).',
  'errors.einvoiceInvalidValue': 'Cette facture contient une valeur invalide ({{field}}).',
  'errors.einvoiceTotalsMismatch':
    'Les totaux de cette facture ne concordent pas avec ses lignes (règle {{rule}}) : elle est refusée.',
};

export const en: Record<string, string> = {
  'errors.billDuplicate': 'This supplier already has an invoice no. {{number}}: it is recorded (bill {{id}}).',
  'errors.billNotDraft': 'Bill {{number}} is validated: it can no longer be changed or deleted.',
  'errors.billCurrency': 'This invoice is in {{currency}}: only invoices in euros can be posted.',
  'errors.billEmpty': 'This invoice carries no amount: there is nothing to post.',
  'errors.billVatRate': 'VAT rate of {{rate}} %: only French rates (20, 10, 5.5, 2.1 and 0 %) can be posted.',
  'errors.billTotals': 'The lines, the VAT breakdown and the totals of this bill do not agree: correct the draft.',
  'errors.billAccount':
    'Account {{account}}: an expense goes to a class 6 account, a fixed asset to a class 2 account.',
  'errors.billImportTotals':
    'Invoice {{number}} does not add up: its lines or its VAT breakdown do not give its total before tax.',
  'errors.einvoiceNotAnInvoice': 'This file is neither a Factur-X PDF nor an XML invoice (CII or UBL).',
  'errors.einvoiceMalformedPdf': 'This PDF is unreadable or damaged.',
  'errors.einvoiceNoEmbeddedXml': 'This PDF holds no e-invoice (no Factur-X XML attached): enter it by hand.',
  'errors.einvoiceMalformedXml': 'The XML of this invoice is malformed.',
  'errors.einvoiceUnsupportedSyntax': 'This XML is neither a CII nor a UBL 2.1 invoice.',
  'errors.einvoiceInvalidStructure':
    'This invoice breaks the standard (element {{element}}): ask the supplier for a valid file.',
  'errors.einvoiceMissingField': 'This invoice lacks a mandatory field ({{field}}).',
  'errors.einvoiceInvalidValue': 'This invoice holds an invalid value ({{field}}).',
  'errors.einvoiceTotalsMismatch': 'The totals of this invoice do not agree with its lines (rule {{rule}}): refused.',
};
