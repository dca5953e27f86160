import type { DocumentLine } from '../../../../../shared/contract/sales-documents';
import { centsToDecimal } from '../../../../../shared/domain/money';
import { companyAddress } from './address';
import { buyerAddressOf, deliveryAddressOf, vatDueDate } from './parties';
import {
  checkExportable,
  date102,
  EXEMPTION_CODES,
  grossLineAmount,
  percentText,
  quantityText,
  unitCode,
  vatGroups,
  type EInvoiceSource,
  type PostalAddress,
  type VatGroup,
} from './source';
import { legalNotes, paymentTermsText } from './terms-text';
import { el, elA, serializeXml, txt, type XmlElement } from './xml-writer';

/** The Factur-X / ZUGFeRD profile EN 16931 ("COMFORT"): the full core invoice model. */
export const EN16931_GUIDELINE = 'urn:cen.eu:en16931:2017';

const NS = {
  'xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  'xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  'xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  'xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

const amount = (name: string, cents: number): XmlElement | null => txt(name, centsToDecimal(cents));
const dateTime = (name: string, iso: string, prefix: 'udt' | 'qdt' = 'udt'): XmlElement =>
  el(name, txt(`${prefix}:DateTimeString`, date102(iso), { format: '102' }));
const note = (content: string | null, subject?: string): XmlElement | null =>
  content ? el('ram:IncludedNote', txt('ram:Content', content), txt('ram:SubjectCode', subject)) : null;

function address(a: PostalAddress): XmlElement {
  return el(
    'ram:PostalTradeAddress',
    txt('ram:PostcodeCode', a.postalCode),
    txt('ram:LineOne', a.line1),
    txt('ram:LineTwo', a.line2),
    txt('ram:LineThree', a.line3),
    txt('ram:CityName', a.city),
    txt('ram:CountryID', a.country),
  );
}

function tax(category: string, rate: number, extra: (XmlElement | null)[] = []): XmlElement[] {
  return [
    txt('ram:TypeCode', 'VAT'),
    ...extra,
    txt('ram:CategoryCode', category),
    txt('ram:RateApplicablePercent', percentText(rate)),
  ].filter((e): e is XmlElement => e !== null);
}

function allowance(percentBp: number, basis: number, actual: number, category?: { code: string; rate: number }) {
  return el(
    'ram:SpecifiedTradeAllowanceCharge',
    el('ram:ChargeIndicator', txt('udt:Indicator', 'false')),
    txt('ram:CalculationPercent', percentText(percentBp)),
    amount('ram:BasisAmount', basis),
    amount('ram:ActualAmount', actual),
    txt('ram:ReasonCode', '95'),
    txt('ram:Reason', 'Remise'),
    category && el('ram:CategoryTradeTax', tax(category.code, category.rate)),
  );
}

function line(l: DocumentLine): XmlElement {
  const rate = l.vatCategory === 'S' ? l.vatRate : 0;
  const gross = grossLineAmount(l.quantity, l.unitPrice);
  const discount = gross - l.netAmount;
  return el(
    'ram:IncludedSupplyChainTradeLineItem',
    el('ram:AssociatedDocumentLineDocument', txt('ram:LineID', String(l.lineNo))),
    el(
      'ram:SpecifiedTradeProduct',
      txt('ram:SellerAssignedID', l.reference),
      txt('ram:Name', l.label),
      txt('ram:Description', l.description),
    ),
    // BR-27: the net price is never negative; a deposit deducted on the final invoice has a negative quantity.
    el('ram:SpecifiedLineTradeAgreement', el('ram:NetPriceProductTradePrice', amount('ram:ChargeAmount', l.unitPrice))),
    el(
      'ram:SpecifiedLineTradeDelivery',
      txt('ram:BilledQuantity', quantityText(l.quantity), { unitCode: unitCode(l.unit) }),
    ),
    el(
      'ram:SpecifiedLineTradeSettlement',
      el('ram:ApplicableTradeTax', tax(l.vatCategory, rate)),
      l.discountBp > 0 && discount !== 0 && allowance(l.discountBp, gross, discount),
      el('ram:SpecifiedTradeSettlementLineMonetarySummation', amount('ram:LineTotalAmount', l.netAmount)),
    ),
  );
}

function vatBreakdown(g: VatGroup, dueDateCode: string | null): XmlElement {
  const exempt = g.category !== 'S';
  return el(
    'ram:ApplicableTradeTax',
    amount('ram:CalculatedAmount', g.vat),
    txt('ram:TypeCode', 'VAT'),
    exempt && txt('ram:ExemptionReason', g.exemptionReason),
    amount('ram:BasisAmount', g.base),
    txt('ram:CategoryCode', g.category),
    exempt && txt('ram:ExemptionReasonCode', EXEMPTION_CODES[g.category]),
    txt('ram:DueDateTypeCode', dueDateCode),
    txt('ram:RateApplicablePercent', percentText(g.rate)),
  );
}

/** The invoice as UN/CEFACT CII D16B in the Factur-X 1.0 EN 16931 profile. */
export function buildCii(src: EInvoiceSource): string {
  const { seller, document: d } = src;
  const { number, typeCode } = checkExportable(src);
  const notes = legalNotes(d);
  const groups = vatGroups(d);
  const delivery = deliveryAddressOf(src);
  const dueDateCode = { invoice: '5', paid: '72', none: null }[vatDueDate(d)];

  const sellerParty = el(
    'ram:SellerTradeParty',
    txt('ram:Name', seller.legalName),
    el('ram:SpecifiedLegalOrganization', txt('ram:ID', seller.siren, { schemeID: '0002' })),
    address(companyAddress(seller)),
    seller.email && el('ram:URIUniversalCommunication', txt('ram:URIID', seller.email, { schemeID: 'EM' })),
    // Without a VAT number (VAT-exempt small business) the SIREN is the seller's tax registration (BT-32).
    seller.vatNumber
      ? el('ram:SpecifiedTaxRegistration', txt('ram:ID', seller.vatNumber, { schemeID: 'VA' }))
      : el('ram:SpecifiedTaxRegistration', txt('ram:ID', seller.siren, { schemeID: 'FC' })),
  );
  const buyerParty = el(
    'ram:BuyerTradeParty',
    txt('ram:Name', d.buyerName),
    d.buyerSiren && el('ram:SpecifiedLegalOrganization', txt('ram:ID', d.buyerSiren, { schemeID: '0002' })),
    address(buyerAddressOf(src)),
    d.buyerVatNumber && el('ram:SpecifiedTaxRegistration', txt('ram:ID', d.buyerVatNumber, { schemeID: 'VA' })),
  );

  const root = elA(
    'rsm:CrossIndustryInvoice',
    NS,
    el(
      'rsm:ExchangedDocumentContext',
      el('ram:GuidelineSpecifiedDocumentContextParameter', txt('ram:ID', EN16931_GUIDELINE)),
    ),
    el(
      'rsm:ExchangedDocument',
      txt('ram:ID', number),
      txt('ram:TypeCode', typeCode),
      dateTime('ram:IssueDateTime', d.date),
      note(d.notes),
      note(notes.penalties, 'PMD'),
      note(notes.recoveryFee, 'PMT'),
      note(notes.discount, 'AAB'),
    ),
    el(
      'rsm:SupplyChainTradeTransaction',
      d.lines.map(line),
      el('ram:ApplicableHeaderTradeAgreement', txt('ram:BuyerReference', d.customerReference), sellerParty, buyerParty),
      el(
        'ram:ApplicableHeaderTradeDelivery',
        delivery && el('ram:ShipToTradeParty', txt('ram:Name', d.buyerName), address(delivery)),
        el('ram:ActualDeliverySupplyChainEvent', dateTime('ram:OccurrenceDateTime', d.saleDate ?? d.date)),
      ),
      el(
        'ram:ApplicableHeaderTradeSettlement',
        typeCode !== '381' && txt('ram:PaymentReference', number),
        txt('ram:InvoiceCurrencyCode', d.currency),
        typeCode !== '381' &&
          src.sellerIban &&
          el(
            'ram:SpecifiedTradeSettlementPaymentMeans',
            txt('ram:TypeCode', '30'),
            el('ram:PayeePartyCreditorFinancialAccount', txt('ram:IBANID', src.sellerIban.replace(/\s+/g, ''))),
            src.sellerBic && el('ram:PayeeSpecifiedCreditorFinancialInstitution', txt('ram:BICID', src.sellerBic)),
          ),
        groups.map((g) => vatBreakdown(g, dueDateCode)),
        groups
          .filter((g) => g.allowance !== 0)
          .map((g) => allowance(d.discountBp, g.lineTotal, g.allowance, { code: g.category, rate: g.rate })),
        el(
          'ram:SpecifiedTradePaymentTerms',
          txt('ram:Description', paymentTermsText(d)),
          typeCode !== '381' && d.dueDate && dateTime('ram:DueDateDateTime', d.dueDate),
        ),
        el(
          'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
          amount('ram:LineTotalAmount', d.lineTotal),
          d.discountTotal !== 0 && amount('ram:AllowanceTotalAmount', d.discountTotal),
          amount('ram:TaxBasisTotalAmount', d.netTotal),
          txt('ram:TaxTotalAmount', centsToDecimal(d.vatTotal), { currencyID: d.currency }),
          amount('ram:GrandTotalAmount', d.grossTotal),
          amount('ram:TotalPrepaidAmount', 0),
          amount('ram:DuePayableAmount', d.grossTotal),
        ),
        typeCode === '381' &&
          d.credited?.number &&
          el(
            'ram:InvoiceReferencedDocument',
            txt('ram:IssuerAssignedID', d.credited.number),
            dateTime('ram:FormattedIssueDateTime', d.credited.date, 'qdt'),
          ),
      ),
    ),
  );
  return serializeXml(root);
}
