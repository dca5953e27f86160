// Messages of the sales catalog and customers' selling terms.

export const fr: Record<string, string> = {
  'errors.productReferenceTaken': 'La référence {{reference}} est déjà utilisée par un autre article.',
  'errors.productAccountUnknown':
    'Le compte {{number}} n’existe pas dans le plan de comptes et ne peut pas y être ouvert comme compte de produits.',
  'errors.productAccountInactive': 'Le compte {{number}} est désactivé dans le plan de comptes.',
  'errors.salesNotCustomer': 'Ce tiers n’est pas un client : cochez « Client » sur sa fiche d’abord.',
};

export const en: Record<string, string> = {
  'errors.productReferenceTaken': 'Reference {{reference}} is already used by another product.',
  'errors.productAccountUnknown':
    'Account {{number}} is not in the chart of accounts and cannot be opened there as a revenue account.',
  'errors.productAccountInactive': 'Account {{number}} is deactivated in the chart of accounts.',
  'errors.salesNotCustomer': 'This third party is not a customer: tick “Customer” on its record first.',
};
