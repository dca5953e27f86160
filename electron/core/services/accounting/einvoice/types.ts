/**
 * A received e-invoice, normalized from CII (Factur-X, ZUGFeRD, XRechnung) or UBL 2.1.
 * Amounts are integer cents of the invoice currency, rates integer basis points (20 % = 2000),
 * dates YYYY-MM-DD. The EN 16931 business term of each field is given where it helps.
 */

export type EInvoiceSyntax = 'CII' | 'UBL';

export interface EInvoiceAddress {
  lines: string[];
  postcode: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
}

export interface EInvoiceParty {
  name: string | null;
  /** 9-digit SIREN, from a SIREN (scheme 0002) or SIRET (scheme 0009) identifier, when the party gives one. */
  siren: string | null;
  /** SIRET (14 digits) when the party gives one. */
  siret: string | null;
  /** Legal registration identifier as written (BT-30 / BT-47), whatever its scheme. */
  legalId: string | null;
  legalIdScheme: string | null;
  /** VAT identifier (BT-31 / BT-48), e.g. FR32123456789. */
  vatNumber: string | null;
  address: EInvoiceAddress | null;
}

export interface EInvoiceLine {
  id: string;
  name: string | null;
  /** Invoiced quantity as exact decimal text ("3", "2.5"); null when absent. */
  quantity: string | null;
  unitCode: string | null;
  /** Net unit price as exact decimal text: EN 16931 allows more than 2 decimals here. */
  unitPrice: string | null;
  /** The same price in cents, rounded half away from zero. */
  unitPriceCents: number | null;
  netAmountCents: number;
  vatCategory: string | null;
  vatRateBasisPoints: number | null;
}

export interface EInvoiceVatBreakdown {
  category: string;
  rateBasisPoints: number | null;
  baseCents: number;
  vatCents: number;
  exemptionReason: string | null;
}

export interface EInvoiceTotals {
  /** BT-106, sum of line net amounts; null when the profile has no lines (MINIMUM, BASIC WL may omit it). */
  lineTotalCents: number | null;
  allowanceTotalCents: number;
  chargeTotalCents: number;
  /** BT-109, total without VAT (HT). */
  taxBasisCents: number;
  /** BT-110, VAT total in the invoice currency (TVA); 0 when the document states none. */
  vatCents: number;
  /** BT-112, total with VAT (TTC). */
  grandTotalCents: number;
  prepaidCents: number;
  roundingCents: number;
  /** BT-115, amount due. */
  dueCents: number;
}

export interface EInvoicePaymentMeans {
  /** UNTDID 4461 code (30 credit transfer, 58 SEPA credit transfer, 59 SEPA direct debit…). */
  code: string;
  iban: string | null;
}

export interface EInvoice {
  syntax: EInvoiceSyntax;
  /** BT-24 specification identifier, e.g. urn:cen.eu:en16931:2017. */
  guideline: string | null;
  /** Factur-X profile read from the guideline, when it names one. */
  profile: EInvoiceProfile | null;
  number: string;
  /** UNTDID 1001: 380 invoice, 381 credit note, 384 corrective, 389 self-billed, 393 factored… */
  typeCode: string;
  issueDate: string;
  dueDate: string | null;
  currency: string;
  seller: EInvoiceParty;
  buyer: EInvoiceParty;
  lines: EInvoiceLine[];
  vatBreakdown: EInvoiceVatBreakdown[];
  totals: EInvoiceTotals;
  paymentMeans: EInvoicePaymentMeans[];
  /** Business rules the document breaks without being refused (see checks.ts). */
  warnings: EInvoiceWarning[];
}

export interface EInvoiceWarning {
  rule: string;
  expected: number;
  actual: number;
  category?: string;
}

export type EInvoiceProfile = 'MINIMUM' | 'BASICWL' | 'BASIC' | 'EN16931' | 'EXTENDED' | 'XRECHNUNG';

/** i18n keys of the reasons a file is refused. */
export type EInvoiceRefusal =
  | 'einvoice.notAnInvoice'
  | 'einvoice.malformedPdf'
  | 'einvoice.noEmbeddedXml'
  | 'einvoice.malformedXml'
  | 'einvoice.unsupportedSyntax'
  | 'einvoice.invalidStructure'
  | 'einvoice.missingField'
  | 'einvoice.invalidValue'
  | 'einvoice.totalsMismatch';

export type EInvoiceResult =
  | { ok: true; invoice: EInvoice; source: { container: 'XML' | 'PDF'; attachmentName: string | null } }
  | { ok: false; reason: EInvoiceRefusal; details: Record<string, unknown> };

/** Thrown inside the parsers, turned into `{ ok: false }` by parseEInvoice. */
export class EInvoiceRefused extends Error {
  constructor(
    readonly reason: EInvoiceRefusal,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${reason} ${JSON.stringify(details)}`);
    this.name = 'EInvoiceRefused';
  }
}
