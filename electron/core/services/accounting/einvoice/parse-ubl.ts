import { basisPoints, cents, companyNumbers, decimalText, isoDate, profileOf, required, requiredCents } from './fields';
import type { EInvoice, EInvoiceAddress, EInvoiceLine, EInvoiceParty, EInvoiceVatBreakdown } from './types';
import { all, allAt, at, attr, text, type XmlNode } from './xml';

/** OASIS UBL 2.1 Invoice or CreditNote (EN 16931 binding, Peppol BIS, CTC-FR). */
export function parseUbl(root: XmlNode, kind: 'Invoice' | 'CreditNote'): EInvoice {
  const guideline = text(root, 'CustomizationID');
  const currency = required(text(root, 'DocumentCurrencyCode'), 'BT-5 currency');
  const totals = at(root, 'LegalMonetaryTotal');
  if (!totals) required(null, 'BG-22 document totals');
  const taxTotal = vatTotal(root, currency);
  const lineName = kind === 'Invoice' ? 'InvoiceLine' : 'CreditNoteLine';
  const quantityName = kind === 'Invoice' ? 'InvoicedQuantity' : 'CreditedQuantity';

  const dueDate =
    isoDate(text(root, 'DueDate'), 'BT-9 due date') ??
    allAt(root, 'PaymentMeans')
      .map((means) => isoDate(text(means, 'PaymentDueDate'), 'BT-9 due date'))
      .find((date) => date !== null) ??
    null;

  return {
    syntax: 'UBL',
    guideline,
    profile: profileOf(guideline),
    number: required(text(root, 'ID'), 'BT-1 invoice number'),
    typeCode: required(text(root, kind === 'Invoice' ? 'InvoiceTypeCode' : 'CreditNoteTypeCode'), 'BT-3 type code'),
    issueDate: required(isoDate(text(root, 'IssueDate'), 'BT-2 issue date'), 'BT-2 issue date'),
    dueDate,
    currency,
    seller: party(at(root, 'AccountingSupplierParty', 'Party')),
    buyer: party(at(root, 'AccountingCustomerParty', 'Party')),
    lines: all(root, lineName).map((node) => line(node, quantityName)),
    vatBreakdown: all(taxTotal, 'TaxSubtotal').map(vatLine),
    totals: {
      lineTotalCents: cents(text(totals, 'LineExtensionAmount'), 'BT-106 sum of lines'),
      allowanceTotalCents: cents(text(totals, 'AllowanceTotalAmount'), 'BT-107 allowances') ?? 0,
      chargeTotalCents: cents(text(totals, 'ChargeTotalAmount'), 'BT-108 charges') ?? 0,
      taxBasisCents: requiredCents(text(totals, 'TaxExclusiveAmount'), 'BT-109 total without VAT'),
      vatCents: cents(text(taxTotal, 'TaxAmount'), 'BT-110 VAT total') ?? 0,
      grandTotalCents: requiredCents(text(totals, 'TaxInclusiveAmount'), 'BT-112 total with VAT'),
      prepaidCents: cents(text(totals, 'PrepaidAmount'), 'BT-113 prepaid') ?? 0,
      roundingCents: cents(text(totals, 'PayableRoundingAmount'), 'BT-114 rounding') ?? 0,
      dueCents: requiredCents(text(totals, 'PayableAmount'), 'BT-115 amount due'),
    },
    paymentMeans: all(root, 'PaymentMeans').map((means) => ({
      code: text(means, 'PaymentMeansCode') ?? '',
      iban: text(means, 'PayeeFinancialAccount', 'ID'),
    })),
    warnings: [],
  };
}

/** The TaxTotal in the document currency (a second one may state the VAT in the accounting currency). */
function vatTotal(root: XmlNode, currency: string): XmlNode | undefined {
  const totals = all(root, 'TaxTotal');
  return (
    totals.find((total) => attr(at(total, 'TaxAmount'), 'currencyID') === currency) ??
    totals.find((total) => all(total, 'TaxSubtotal').length > 0) ??
    totals[0]
  );
}

function party(node: XmlNode | undefined): EInvoiceParty {
  const legal = at(node, 'PartyLegalEntity', 'CompanyID');
  const ids = [legal, ...allAt(node, 'PartyIdentification', 'ID'), at(node, 'EndpointID')].map((id) => ({
    scheme: attr(id, 'schemeID'),
    value: text(id),
  }));
  const vat = all(node, 'PartyTaxScheme').find((scheme) => (text(scheme, 'TaxScheme', 'ID') ?? 'VAT') === 'VAT');
  return {
    name: text(node, 'PartyLegalEntity', 'RegistrationName') ?? text(node, 'PartyName', 'Name'),
    ...companyNumbers(ids),
    legalId: text(legal),
    legalIdScheme: attr(legal, 'schemeID'),
    vatNumber: text(vat, 'CompanyID'),
    address: address(at(node, 'PostalAddress')),
  };
}

function address(node: XmlNode | undefined): EInvoiceAddress | null {
  if (!node) return null;
  const lines = [text(node, 'StreetName'), text(node, 'AdditionalStreetName'), text(node, 'AddressLine', 'Line')];
  return {
    lines: lines.filter((l): l is string => l !== null),
    postcode: text(node, 'PostalZone'),
    city: text(node, 'CityName'),
    country: text(node, 'Country', 'IdentificationCode'),
  };
}

function line(node: XmlNode, quantityName: string): EInvoiceLine {
  const id = text(node, 'ID') ?? '';
  const quantity = at(node, quantityName);
  const category = at(node, 'Item', 'ClassifiedTaxCategory');
  const price = text(node, 'Price', 'PriceAmount');
  return {
    id,
    name: text(node, 'Item', 'Name'),
    quantity: decimalText(text(quantity), `BT-129 quantity, line ${id}`),
    unitCode: attr(quantity, 'unitCode'),
    unitPrice: decimalText(price, `BT-146 net price, line ${id}`),
    unitPriceCents: cents(price, `BT-146 net price, line ${id}`),
    netAmountCents: requiredCents(text(node, 'LineExtensionAmount'), `BT-131 line net amount, line ${id}`),
    vatCategory: text(category, 'ID'),
    vatRateBasisPoints: basisPoints(text(category, 'Percent'), `BT-152 VAT rate, line ${id}`),
  };
}

function vatLine(node: XmlNode): EInvoiceVatBreakdown {
  const category = required(text(node, 'TaxCategory', 'ID'), 'BT-118 VAT category');
  return {
    category,
    rateBasisPoints: basisPoints(text(node, 'TaxCategory', 'Percent'), `BT-119 VAT rate, ${category}`),
    baseCents: requiredCents(text(node, 'TaxableAmount'), `BT-116 VAT base, ${category}`),
    vatCents: requiredCents(text(node, 'TaxAmount'), `BT-117 VAT amount, ${category}`),
    exemptionReason: text(node, 'TaxCategory', 'TaxExemptionReason'),
  };
}
