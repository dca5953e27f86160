import { checkCiiStructure } from './structure-cii';
import { basisPoints, cents, companyNumbers, decimalText, isoDate, profileOf, required, requiredCents } from './fields';
import type { EInvoice, EInvoiceAddress, EInvoiceLine, EInvoiceParty, EInvoiceVatBreakdown } from './types';
import { all, allAt, at, attr, text, type XmlNode } from './xml';

/** UN/CEFACT Cross Industry Invoice (D16B, D22B), as Factur-X, ZUGFeRD 2 and XRechnung carry it. */
export function parseCii(root: XmlNode): EInvoice {
  const guideline = text(root, 'ExchangedDocumentContext', 'GuidelineSpecifiedDocumentContextParameter', 'ID');
  const profile = profileOf(guideline);
  checkCiiStructure(root, profile);

  const document = at(root, 'ExchangedDocument');
  const transaction = at(root, 'SupplyChainTradeTransaction');
  const agreement = at(transaction, 'ApplicableHeaderTradeAgreement');
  const settlement = at(transaction, 'ApplicableHeaderTradeSettlement');
  const summation = at(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation');

  const number = required(text(document, 'ID'), 'BT-1 invoice number');
  const typeCode = required(text(document, 'TypeCode'), 'BT-3 invoice type code');
  const issueDate = required(
    isoDate(text(document, 'IssueDateTime', 'DateTimeString'), 'BT-2 issue date'),
    'BT-2 issue date',
  );
  const currency = required(text(settlement, 'InvoiceCurrencyCode'), 'BT-5 currency');
  if (!summation) required(null, 'BG-22 document totals');

  const dueDate =
    allAt(settlement, 'SpecifiedTradePaymentTerms')
      .map((terms) => isoDate(text(terms, 'DueDateDateTime', 'DateTimeString'), 'BT-9 due date'))
      .find((date) => date !== null) ?? null;

  return {
    syntax: 'CII',
    guideline,
    profile,
    number,
    typeCode,
    issueDate,
    dueDate,
    currency,
    seller: party(at(agreement, 'SellerTradeParty')),
    buyer: party(at(agreement, 'BuyerTradeParty')),
    lines: all(transaction, 'IncludedSupplyChainTradeLineItem').map(line),
    vatBreakdown: all(settlement, 'ApplicableTradeTax').map(vatLine),
    totals: {
      lineTotalCents: cents(text(summation, 'LineTotalAmount'), 'BT-106 sum of lines'),
      allowanceTotalCents: cents(text(summation, 'AllowanceTotalAmount'), 'BT-107 allowances') ?? 0,
      chargeTotalCents: cents(text(summation, 'ChargeTotalAmount'), 'BT-108 charges') ?? 0,
      taxBasisCents: requiredCents(text(summation, 'TaxBasisTotalAmount'), 'BT-109 total without VAT'),
      vatCents: cents(taxTotal(summation, currency), 'BT-110 VAT total') ?? 0,
      grandTotalCents: requiredCents(text(summation, 'GrandTotalAmount'), 'BT-112 total with VAT'),
      prepaidCents: cents(text(summation, 'TotalPrepaidAmount'), 'BT-113 prepaid') ?? 0,
      roundingCents: cents(text(summation, 'RoundingAmount'), 'BT-114 rounding') ?? 0,
      dueCents: requiredCents(text(summation, 'DuePayableAmount'), 'BT-115 amount due'),
    },
    paymentMeans: all(settlement, 'SpecifiedTradeSettlementPaymentMeans').map((means) => ({
      code: text(means, 'TypeCode') ?? '',
      iban: text(means, 'PayeePartyCreditorFinancialAccount', 'IBANID'),
    })),
    warnings: [],
  };
}

/** BT-110 is the TaxTotalAmount in the invoice currency; a second one may give it in the VAT accounting currency. */
function taxTotal(summation: XmlNode | undefined, currency: string): string | null {
  const amounts = all(summation, 'TaxTotalAmount');
  const chosen =
    amounts.find((amount) => attr(amount, 'currencyID') === currency) ??
    amounts.find((amount) => attr(amount, 'currencyID') === null) ??
    (amounts.length === 1 ? amounts[0] : undefined);
  return text(chosen);
}

function party(node: XmlNode | undefined): EInvoiceParty {
  const legal = at(node, 'SpecifiedLegalOrganization', 'ID');
  const ids = [legal, ...all(node, 'GlobalID'), ...all(node, 'ID')].map((id) => ({
    scheme: attr(id, 'schemeID'),
    value: text(id),
  }));
  const vat = all(node, 'SpecifiedTaxRegistration')
    .map((registration) => at(registration, 'ID'))
    .find((id) => attr(id, 'schemeID') === 'VA');
  return {
    name: text(node, 'Name'),
    ...companyNumbers(ids),
    legalId: text(legal),
    legalIdScheme: attr(legal, 'schemeID'),
    vatNumber: text(vat),
    address: address(at(node, 'PostalTradeAddress')),
  };
}

function address(node: XmlNode | undefined): EInvoiceAddress | null {
  if (!node) return null;
  return {
    lines: ['LineOne', 'LineTwo', 'LineThree'].map((name) => text(node, name)).filter((l): l is string => l !== null),
    postcode: text(node, 'PostcodeCode'),
    city: text(node, 'CityName'),
    country: text(node, 'CountryID'),
  };
}

function line(node: XmlNode): EInvoiceLine {
  const id = text(node, 'AssociatedDocumentLineDocument', 'LineID') ?? '';
  const settlement = at(node, 'SpecifiedLineTradeSettlement');
  const tax = at(settlement, 'ApplicableTradeTax');
  const quantity = at(node, 'SpecifiedLineTradeDelivery', 'BilledQuantity');
  const price = text(node, 'SpecifiedLineTradeAgreement', 'NetPriceProductTradePrice', 'ChargeAmount');
  return {
    id,
    name: text(node, 'SpecifiedTradeProduct', 'Name'),
    quantity: decimalText(text(quantity), `BT-129 quantity, line ${id}`),
    unitCode: attr(quantity, 'unitCode'),
    unitPrice: decimalText(price, `BT-146 net price, line ${id}`),
    unitPriceCents: cents(price, `BT-146 net price, line ${id}`),
    netAmountCents: requiredCents(
      text(settlement, 'SpecifiedTradeSettlementLineMonetarySummation', 'LineTotalAmount'),
      `BT-131 line net amount, line ${id}`,
    ),
    vatCategory: text(tax, 'CategoryCode'),
    vatRateBasisPoints: basisPoints(text(tax, 'RateApplicablePercent'), `BT-152 VAT rate, line ${id}`),
  };
}

function vatLine(node: XmlNode): EInvoiceVatBreakdown {
  const category = required(text(node, 'CategoryCode'), 'BT-118 VAT category');
  return {
    category,
    rateBasisPoints: basisPoints(text(node, 'RateApplicablePercent'), `BT-119 VAT rate, ${category}`),
    baseCents: requiredCents(text(node, 'BasisAmount'), `BT-116 VAT base, ${category}`),
    vatCents: requiredCents(text(node, 'CalculatedAmount'), `BT-117 VAT amount, ${category}`),
    exemptionReason: text(node, 'ExemptionReason'),
  };
}
