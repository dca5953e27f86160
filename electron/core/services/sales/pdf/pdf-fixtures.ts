import type { Company } from '../../../../../shared/contract/admin';
import type { DocumentLine, SalesDocument } from '../../../../../shared/contract/sales-documents';
import { computeDocumentTotals, type DocumentKind, EXEMPTION_MENTIONS } from '../../../../../shared/domain/sales';

// Hand-made companies and documents for the PDF tests: what the documents core hands over, built from the contract.

export const company: Company = {
  legalName: 'Atelier Lumière',
  legalForm: 'SARL',
  siren: '732829320',
  siret: '73282932000074',
  vatNumber: 'FR44732829320',
  addressLine1: '12 rue des Tanneurs',
  addressLine2: 'Bâtiment B',
  postalCode: '69002',
  city: 'Lyon',
  country: 'FR',
  email: 'contact@atelier-lumiere.fr',
  phone: '04 78 00 00 00',
  fiscalYearStart: '01-01',
  currency: 'EUR',
  logo: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export type LineSpec = Partial<DocumentLine> & Pick<DocumentLine, 'label' | 'quantity' | 'unitPrice'>;

const SAMPLE_LINES: LineSpec[] = [
  {
    reference: 'LAMP-01',
    label: 'Lampe de bureau en laiton',
    description: 'Finition laiton brossé, abat-jour en lin naturel, câble textile de 2 m.',
    kind: 'goods',
    unit: 'u',
    quantity: 3000,
    unitPrice: 18900,
    vatRate: 2000,
  },
  {
    reference: 'POSE',
    label: 'Pose et raccordement',
    kind: 'service',
    unit: 'h',
    quantity: 2500,
    unitPrice: 6500,
    discountBp: 1000,
    vatRate: 1000,
  },
  { label: 'Guide d’entretien imprimé', kind: 'goods', unit: 'u', quantity: 1000, unitPrice: 1200, vatRate: 550 },
];

export function makeDocument(
  kind: DocumentKind,
  overrides: Partial<SalesDocument> = {},
  specs: LineSpec[] = SAMPLE_LINES,
): SalesDocument {
  const discountBp = overrides.discountBp ?? 0;
  const lines: DocumentLine[] = specs.map((l, i) => ({
    id: i + 1,
    lineNo: i + 1,
    productId: null,
    reference: null,
    description: null,
    kind: 'service',
    unit: 'u',
    discountBp: 0,
    netAmount: 0,
    vatCategory: 'S',
    vatRate: 2000,
    accountNumber: '706000',
    depositId: null,
    ...l,
  }));
  const totals = computeDocumentTotals(lines, discountBp);
  lines.forEach((l, i) => (l.netAmount = totals.lineNets[i] ?? 0));
  const status = overrides.status ?? 'validated';
  const series = { quote: 'DE', order: 'CO', delivery: 'BL', invoice: 'FA', deposit: 'FA', credit_note: 'AV' }[kind];
  return {
    id: 1,
    kind,
    number: status === 'draft' ? null : `${series}-2026-00042`,
    status,
    partyId: 7,
    partyCode: 'C00017',
    buyerName: 'Boulangerie Martin & Fils',
    date: '2026-03-12',
    dueDate: kind === 'invoice' || kind === 'deposit' || kind === 'credit_note' ? '2026-04-11' : null,
    netTotal: totals.net,
    vatTotal: totals.vat,
    grossTotal: totals.gross,
    openAmount: totals.gross,
    payment: null,
    updatedAt: '2026-03-12T09:30:00.000Z',
    saleDate: null,
    validUntil: kind === 'quote' ? '2026-04-12' : null,
    paymentTerms: 'days_30',
    language: 'fr',
    currency: 'EUR',
    customerReference: 'BC-2026-118',
    buyerSiren: '552100554',
    buyerVatNumber: 'FR27552100554',
    billingAddress: '4 place Bellecour\n69002 Lyon\nFrance',
    deliveryAddress: null,
    vatRegime: 'france',
    operationType: 'mixed',
    vatOnDebits: false,
    discountBp,
    notes: null,
    lineTotal: totals.lineTotal,
    discountTotal: totals.discountTotal,
    lines,
    vat: totals.vatBreakdown.map((v) => ({
      category: v.category,
      rate: v.rate,
      base: v.base,
      vat: v.vat,
      exemptionReason: v.category === 'S' ? null : EXEMPTION_MENTIONS[v.category].fr,
    })),
    source: null,
    children: [],
    credited: null,
    creditNotes: [],
    allocations: [],
    dunnings: [],
    entryId: status === 'draft' ? null : 12,
    entryNumber: status === 'draft' ? null : 'VT-2026-00042',
    createdAt: '2026-03-12T09:00:00.000Z',
    validatedAt: status === 'draft' ? null : '2026-03-12T09:30:00.000Z',
    ...overrides,
  };
}

/** An invoice long enough to need several pages. */
export function longInvoice(count = 80): SalesDocument {
  const specs: LineSpec[] = Array.from({ length: count }, (_, i) => ({
    reference: `REF-${String(i + 1).padStart(3, '0')}`,
    label: `Article numéro ${i + 1}`,
    description:
      i % 5 === 0 ? 'Une description un peu plus longue, qui tient sur une ou deux lignes du tableau.' : null,
    kind: 'goods' as const,
    unit: 'u',
    quantity: 1000 + i * 250,
    unitPrice: 1000 + i * 37,
    vatRate: i % 3 === 0 ? 550 : 2000,
  }));
  return makeDocument('invoice', {}, specs);
}
