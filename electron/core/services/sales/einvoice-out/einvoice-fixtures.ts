import type { Company } from '../../../../../shared/contract/admin';
import type { DocumentLine, SalesDocument } from '../../../../../shared/contract/sales-documents';
import {
  computeDocumentTotals,
  EXEMPTION_MENTIONS,
  type DocumentKind,
  type VatCategory,
} from '../../../../../shared/domain/sales';

// Hand-built validated documents for the e-invoice tests: every amount comes from the shared totals rules, as
// the documents core stores them.

export const SELLER: Company = {
  legalName: 'Atelier Coulisse SARL',
  legalForm: 'SARL',
  siren: '123456789',
  siret: '12345678900012',
  vatNumber: 'FR32123456789',
  addressLine1: '12 rue des Lilas',
  addressLine2: 'Bâtiment B',
  postalCode: '69003',
  city: 'Lyon',
  country: 'FR',
  email: 'compta@atelier-coulisse.fr',
  phone: null,
  fiscalYearStart: '01-01',
  currency: 'EUR',
  logo: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export interface LineSpec {
  label: string;
  quantity: number;
  unitPrice: number;
  unit?: string;
  discountBp?: number;
  vatCategory?: VatCategory;
  vatRate?: number;
  description?: string;
  depositId?: number;
}

export interface DocumentSpec {
  kind?: DocumentKind;
  number?: string;
  date?: string;
  discountBp?: number;
  lines: LineSpec[];
  buyerName?: string;
  buyerSiren?: string | null;
  buyerVatNumber?: string | null;
  billingAddress?: string;
  deliveryAddress?: string | null;
  vatRegime?: SalesDocument['vatRegime'];
  operationType?: SalesDocument['operationType'];
  credited?: { id: number; number: string; date: string } | null;
  language?: 'fr' | 'en';
}

export function makeDocument(spec: DocumentSpec): SalesDocument {
  const kind = spec.kind ?? 'invoice';
  const date = spec.date ?? '2026-03-10';
  const discountBp = spec.discountBp ?? 0;
  const inputs = spec.lines.map((l) => ({
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    discountBp: l.discountBp ?? 0,
    vatCategory: l.vatCategory ?? 'S',
    vatRate: l.vatCategory && l.vatCategory !== 'S' ? 0 : (l.vatRate ?? 2000),
  }));
  const totals = computeDocumentTotals(inputs, discountBp);
  const lines: DocumentLine[] = spec.lines.map((l, i) => {
    const input = inputs[i]!;
    return {
      id: i + 1,
      lineNo: i + 1,
      productId: null,
      reference: `REF-${i + 1}`,
      label: l.label,
      description: l.description ?? null,
      kind: 'service',
      unit: l.unit ?? 'u',
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discountBp: input.discountBp,
      netAmount: totals.lineNets[i]!,
      vatCategory: input.vatCategory,
      vatRate: input.vatRate,
      accountNumber: '706000',
      depositId: l.depositId ?? null,
    };
  });
  return {
    id: 1,
    kind,
    number: spec.number ?? 'FA-2026-00001',
    status: 'validated',
    partyId: 7,
    partyCode: 'C0007',
    buyerName: spec.buyerName ?? 'Boulangerie Martin',
    date,
    dueDate: '2026-04-09',
    netTotal: totals.net,
    vatTotal: totals.vat,
    grossTotal: totals.gross,
    openAmount: totals.gross,
    payment: 'unpaid',
    updatedAt: '2026-03-10T09:00:00.000Z',
    saleDate: null,
    validUntil: null,
    paymentTerms: 'days_30',
    language: spec.language ?? 'fr',
    currency: 'EUR',
    customerReference: 'BC-4512',
    buyerSiren: spec.buyerSiren === undefined ? '987654321' : spec.buyerSiren,
    buyerVatNumber: spec.buyerVatNumber === undefined ? 'FR44987654321' : spec.buyerVatNumber,
    billingAddress: spec.billingAddress ?? 'Boulangerie Martin\n4 place du Marché\n75011 Paris\nFrance',
    deliveryAddress: spec.deliveryAddress ?? null,
    vatRegime: spec.vatRegime ?? 'france',
    operationType: spec.operationType ?? 'mixed',
    vatOnDebits: false,
    discountBp,
    notes: 'Merci de votre confiance.',
    lineTotal: totals.lineTotal,
    discountTotal: totals.discountTotal,
    lines,
    vat: totals.vatBreakdown.map((g) => ({
      category: g.category,
      rate: g.rate,
      base: g.base,
      vat: g.vat,
      exemptionReason: g.category === 'S' ? null : EXEMPTION_MENTIONS[g.category].fr,
    })),
    source: null,
    children: [],
    credited: spec.credited ? { ...spec.credited, kind: 'invoice', status: 'validated', grossTotal: 0 } : null,
    creditNotes: [],
    allocations: [],
    dunnings: [],
    entryId: 12,
    entryNumber: 'VT-2026-00012',
    createdAt: '2026-03-10T08:00:00.000Z',
    validatedAt: '2026-03-10T09:00:00.000Z',
  };
}

/** The cases French small businesses invoice, one document each. */
export const CASES: Record<string, SalesDocument> = {
  'three rates with line and overall discounts': makeDocument({
    discountBp: 500,
    lines: [
      { label: 'Installation', quantity: 2500, unitPrice: 6000, unit: 'h', vatRate: 2000, discountBp: 1000 },
      { label: 'Travaux de rénovation', quantity: 1000, unitPrice: 120_000, unit: 'j', vatRate: 1000 },
      { label: 'Farine bio', quantity: 12_345, unitPrice: 199, unit: 'kg', vatRate: 550 },
      { label: 'Câble', quantity: 3000, unitPrice: 333, unit: 'm', vatRate: 2000 },
    ],
  }),
  'exempt small business (art. 293 B)': makeDocument({
    lines: [{ label: 'Cours de piano', quantity: 4000, unitPrice: 3500, unit: 'h', vatCategory: 'E' }],
    operationType: 'services',
  }),
  'intra-EU reverse charge': makeDocument({
    buyerName: 'Müller GmbH',
    buyerSiren: null,
    buyerVatNumber: 'DE123456789',
    billingAddress: 'Hauptstraße 5\nD-10115 Berlin\nAllemagne',
    vatRegime: 'intra_eu',
    operationType: 'services',
    lines: [{ label: 'Conseil', quantity: 3000, unitPrice: 80_000, unit: 'jour', vatCategory: 'AE' }],
  }),
  'intra-EU supply of goods': makeDocument({
    buyerName: 'Rossi SpA',
    buyerSiren: null,
    buyerVatNumber: 'IT12345678901',
    billingAddress: 'Via Roma 1\n20121 Milano\nIT',
    vatRegime: 'intra_eu',
    operationType: 'goods',
    lines: [{ label: 'Chaises', quantity: 10_000, unitPrice: 4500, vatCategory: 'K' }],
  }),
  'export outside the EU': makeDocument({
    buyerName: 'Maple Ltd',
    buyerSiren: null,
    buyerVatNumber: null,
    billingAddress: '200 King Street\nToronto ON M5H 3T4\nCanada',
    deliveryAddress: 'Maple Ltd\nWarehouse 4\n300 Bay Street\nM5J 2T3 Toronto\nCanada',
    vatRegime: 'export',
    operationType: 'goods',
    language: 'en',
    lines: [{ label: 'Tables', quantity: 5000, unitPrice: 25_000, vatCategory: 'G' }],
  }),
  'deposit invoice': makeDocument({
    kind: 'deposit',
    number: 'FA-2026-00002',
    lines: [{ label: 'Acompte 30 % sur devis DE-2026-00004', quantity: 1000, unitPrice: 150_000, vatRate: 2000 }],
  }),
  'credit note': makeDocument({
    kind: 'credit_note',
    number: 'AV-2026-00001',
    credited: { id: 3, number: 'FA-2026-00001', date: '2026-03-01' },
    lines: [{ label: 'Retour marchandise', quantity: 2000, unitPrice: 1250, vatRate: 550 }],
  }),
  'final invoice deducting a deposit': makeDocument({
    number: 'FA-2026-00003',
    lines: [
      { label: 'Cuisine équipée', quantity: 1000, unitPrice: 500_000, vatRate: 2000 },
      { label: 'Acompte FA-2026-00002', quantity: -1000, unitPrice: 150_000, vatRate: 2000, depositId: 2 },
    ],
  }),
};
