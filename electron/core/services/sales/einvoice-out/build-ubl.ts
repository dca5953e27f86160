import type { DocumentLine } from '../../../../../shared/contract/sales-documents';
import { centsToDecimal } from '../../../../../shared/domain/money';
import { companyAddress } from './address';
import { EN16931_GUIDELINE } from './build-cii';
import { buyerAddressOf, deliveryAddressOf, vatDueDate } from './parties';
import {
  checkExportable,
  EXEMPTION_CODES,
  grossLineAmount,
  percentText,
  quantityText,
  unitCode,
  vatGroups,
  type EInvoiceSource,
  type PostalAddress,
} from './source';
import { legalNotes, paymentTermsText } from './terms-text';
import { el, elA, serializeXml, txt, type XmlElement } from './xml-writer';

const UBL = 'urn:oasis:names:specification:ubl:schema:xsd:';

/** BT-8 in UBL uses UNTDID 2005: 3 invoice date, 432 paid to date. */
const DUE_DATE_CODES = { invoice: '3', paid: '432', none: null } as const;

function address(name: string, a: PostalAddress): XmlElement {
  return el(
    name,
    txt('cbc:StreetName', a.line1),
    txt('cbc:AdditionalStreetName', a.line2),
    txt('cbc:CityName', a.city),
    txt('cbc:PostalZone', a.postalCode),
    a.line3 && el('cac:AddressLine', txt('cbc:Line', a.line3)),
    el('cac:Country', txt('cbc:IdentificationCode', a.country)),
  );
}

const taxScheme = (id = 'VAT'): XmlElement => el('cac:TaxScheme', txt('cbc:ID', id));

/** The invoice as OASIS UBL 2.1 (Invoice, or CreditNote for a credit note) under the EN 16931 core. */
export function buildUbl(src: EInvoiceSource): string {
  const { seller, document: d } = src;
  const { number, typeCode } = checkExportable(src);
  const credit = typeCode === '381';
  const cur = { currencyID: d.currency };
  const amount = (name: string, cents: number): XmlElement | null => txt(name, centsToDecimal(cents), cur);
  const notes = legalNotes(d);
  const delivery = deliveryAddressOf(src);
  const dueDateCode = DUE_DATE_CODES[vatDueDate(d)];

  const taxCategory = (name: string, category: string, rate: number, exemption?: string | null) =>
    el(
      name,
      txt('cbc:ID', category),
      txt('cbc:Percent', percentText(category === 'S' ? rate : 0)),
      category !== 'S' && txt('cbc:TaxExemptionReasonCode', EXEMPTION_CODES[category]),
      category !== 'S' && txt('cbc:TaxExemptionReason', exemption),
      taxScheme(),
    );

  const allowance = (percentBp: number, base: number, actual: number, category?: { code: string; rate: number }) =>
    el(
      'cac:AllowanceCharge',
      txt('cbc:ChargeIndicator', 'false'),
      txt('cbc:AllowanceChargeReasonCode', '95'),
      txt('cbc:AllowanceChargeReason', 'Remise'),
      txt('cbc:MultiplierFactorNumeric', percentText(percentBp)),
      amount('cbc:Amount', actual),
      amount('cbc:BaseAmount', base),
      category && taxCategory('cac:TaxCategory', category.code, category.rate),
    );

  const line = (l: DocumentLine): XmlElement => {
    const gross = grossLineAmount(l.quantity, l.unitPrice);
    const discount = gross - l.netAmount;
    return el(
      credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine',
      txt('cbc:ID', String(l.lineNo)),
      txt(credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', quantityText(l.quantity), {
        unitCode: unitCode(l.unit),
      }),
      amount('cbc:LineExtensionAmount', l.netAmount),
      l.discountBp > 0 && discount !== 0 && allowance(l.discountBp, gross, discount),
      el(
        'cac:Item',
        txt('cbc:Description', l.description),
        txt('cbc:Name', l.label),
        l.reference && el('cac:SellersItemIdentification', txt('cbc:ID', l.reference)),
        taxCategory('cac:ClassifiedTaxCategory', l.vatCategory, l.vatRate),
      ),
      // BR-27: the price is never negative; a deducted deposit carries its sign in the quantity.
      el('cac:Price', amount('cbc:PriceAmount', l.unitPrice)),
    );
  };

  const sellerParty = el(
    'cac:AccountingSupplierParty',
    el(
      'cac:Party',
      txt('cbc:EndpointID', seller.email, { schemeID: 'EM' }),
      address('cac:PostalAddress', companyAddress(seller)),
      // Without a VAT number (VAT-exempt small business) the SIREN is the seller's tax registration (BT-32).
      seller.vatNumber
        ? el('cac:PartyTaxScheme', txt('cbc:CompanyID', seller.vatNumber), taxScheme())
        : el('cac:PartyTaxScheme', txt('cbc:CompanyID', seller.siren), taxScheme('FC')),
      el(
        'cac:PartyLegalEntity',
        txt('cbc:RegistrationName', seller.legalName),
        txt('cbc:CompanyID', seller.siren, { schemeID: '0002' }),
      ),
    ),
  );
  const buyerParty = el(
    'cac:AccountingCustomerParty',
    el(
      'cac:Party',
      address('cac:PostalAddress', buyerAddressOf(src)),
      d.buyerVatNumber && el('cac:PartyTaxScheme', txt('cbc:CompanyID', d.buyerVatNumber), taxScheme()),
      el(
        'cac:PartyLegalEntity',
        txt('cbc:RegistrationName', d.buyerName),
        txt('cbc:CompanyID', d.buyerSiren, { schemeID: '0002' }),
      ),
    ),
  );

  const groups = vatGroups(d);
  const rootName = credit ? 'CreditNote' : 'Invoice';
  const root = elA(
    rootName,
    {
      xmlns: `${UBL}${rootName}-2`,
      'xmlns:cac': `${UBL}CommonAggregateComponents-2`,
      'xmlns:cbc': `${UBL}CommonBasicComponents-2`,
    },
    txt('cbc:CustomizationID', EN16931_GUIDELINE),
    txt('cbc:ID', number),
    txt('cbc:IssueDate', d.date),
    !credit && txt('cbc:DueDate', d.dueDate),
    txt(credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', typeCode),
    // EN 16931's UBL binding carries the note's subject code (BT-21) as a #CODE# prefix.
    txt('cbc:Note', d.notes),
    txt('cbc:Note', `#PMD#${notes.penalties}`),
    txt('cbc:Note', `#PMT#${notes.recoveryFee}`),
    txt('cbc:Note', `#AAB#${notes.discount}`),
    txt('cbc:DocumentCurrencyCode', d.currency),
    txt('cbc:BuyerReference', d.customerReference),
    dueDateCode && el('cac:InvoicePeriod', txt('cbc:DescriptionCode', dueDateCode)),
    credit &&
      d.credited?.number &&
      el(
        'cac:BillingReference',
        el('cac:InvoiceDocumentReference', txt('cbc:ID', d.credited.number), txt('cbc:IssueDate', d.credited.date)),
      ),
    sellerParty,
    buyerParty,
    el(
      'cac:Delivery',
      txt('cbc:ActualDeliveryDate', d.saleDate ?? d.date),
      delivery && el('cac:DeliveryLocation', address('cac:Address', delivery)),
      delivery && el('cac:DeliveryParty', el('cac:PartyName', txt('cbc:Name', d.buyerName))),
    ),
    !credit &&
      src.sellerIban &&
      el(
        'cac:PaymentMeans',
        txt('cbc:PaymentMeansCode', '30'),
        txt('cbc:PaymentID', number),
        el(
          'cac:PayeeFinancialAccount',
          txt('cbc:ID', src.sellerIban.replace(/\s+/g, '')),
          src.sellerBic && el('cac:FinancialInstitutionBranch', txt('cbc:ID', src.sellerBic)),
        ),
      ),
    el('cac:PaymentTerms', txt('cbc:Note', paymentTermsText(d))),
    groups
      .filter((g) => g.allowance !== 0)
      .map((g) => allowance(d.discountBp, g.lineTotal, g.allowance, { code: g.category, rate: g.rate })),
    el(
      'cac:TaxTotal',
      amount('cbc:TaxAmount', d.vatTotal),
      groups.map((g) =>
        el(
          'cac:TaxSubtotal',
          amount('cbc:TaxableAmount', g.base),
          amount('cbc:TaxAmount', g.vat),
          taxCategory('cac:TaxCategory', g.category, g.rate, g.exemptionReason),
        ),
      ),
    ),
    el(
      'cac:LegalMonetaryTotal',
      amount('cbc:LineExtensionAmount', d.lineTotal),
      amount('cbc:TaxExclusiveAmount', d.netTotal),
      amount('cbc:TaxInclusiveAmount', d.grossTotal),
      d.discountTotal !== 0 && amount('cbc:AllowanceTotalAmount', d.discountTotal),
      amount('cbc:PrepaidAmount', 0),
      amount('cbc:PayableAmount', d.grossTotal),
    ),
    d.lines.map(line),
  );
  return serializeXml(root);
}
