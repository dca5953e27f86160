// Messages of the sales back office: catalog, documents, payments, dunning, after-sales.

export const fr: Record<string, string> = {
  'validation.vatRate': 'Taux de TVA : 20 %, 10 %, 5,5 % ou 2,1 %.',
  'validation.revenueAccount': 'Un compte de produits commence par 70.',
  'validation.duplicate': 'Valeur en double.',
};

export const en: Record<string, string> = {
  'validation.vatRate': 'VAT rate: 20%, 10%, 5.5% or 2.1%.',
  'validation.revenueAccount': 'A revenue account starts with 70.',
  'validation.duplicate': 'Duplicate value.',
};
