// Messages of after-sales requests. A refused move names both statuses through the renderer's status labels.

export const fr: Record<string, string> = {
  'errors.salesRequestNotCustomer': 'Une demande SAV concerne un client : ce tiers n’en est pas un.',
  'errors.salesRequestDocumentKind': 'Ce document n’est pas du type attendu.',
  'errors.salesRequestOtherCustomer': 'Ce document appartient à un autre client.',
  'errors.salesRequestNoProduct': 'Cet article n’existe pas.',
  'errors.salesRequestAssignee': 'Une demande ne peut être confiée qu’à un utilisateur actif.',
  'errors.salesRequestClosed': 'Cette demande est clôturée : elle ne peut plus être modifiée.',
  'errors.salesRequestTransition':
    'Une demande « $t(salesRequests.status.{{from}}) » ne peut pas passer à « $t(salesRequests.status.{{to}}) ».',
};

export const en: Record<string, string> = {
  'errors.salesRequestNotCustomer': 'An after-sales request concerns a customer: this third party is not one.',
  'errors.salesRequestDocumentKind': 'This document is not of the expected kind.',
  'errors.salesRequestOtherCustomer': 'This document belongs to another customer.',
  'errors.salesRequestNoProduct': 'This product does not exist.',
  'errors.salesRequestAssignee': 'A request can only be assigned to an active user.',
  'errors.salesRequestClosed': 'This request is closed: it can no longer be changed.',
  'errors.salesRequestTransition':
    'A request “$t(salesRequests.status.{{from}})” cannot move to “$t(salesRequests.status.{{to}})”.',
};
