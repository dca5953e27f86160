import type { Product, ProductInput } from '../../../../../shared/contract/sales-catalog';
import { centsToDecimal, parseAmount } from '../../../../../shared/domain/money';
import { EXEMPTION_MENTIONS } from '../../../../../shared/domain/sales';

/** What the form edits: amounts as typed text, VAT as one choice (a rate in basis points, or exempt). */
export interface ProductValues {
  reference: string;
  label: string;
  description: string;
  kind: 'goods' | 'service';
  unit: string;
  unitPrice: string;
  vat: string;
  exemptionReason: string;
  revenueAccount: string;
  active: boolean;
  prices: { category: string; unitPrice: string }[];
}

export const EXEMPT = 'E';

export function emptyProductValues(): ProductValues {
  return {
    reference: '',
    label: '',
    description: '',
    kind: 'service',
    unit: 'u',
    unitPrice: '',
    vat: '2000',
    exemptionReason: EXEMPTION_MENTIONS.E.fr,
    revenueAccount: '',
    active: true,
    prices: [],
  };
}

const amountText = (cents: number) => centsToDecimal(cents).replace('.', ',');

export function productToValues(p: Product): ProductValues {
  return {
    reference: p.reference,
    label: p.label,
    description: p.description ?? '',
    kind: p.kind,
    unit: p.unit,
    unitPrice: amountText(p.unitPrice),
    vat: p.vatCategory === 'E' ? EXEMPT : String(p.vatRate),
    exemptionReason: p.exemptionReason ?? EXEMPTION_MENTIONS.E.fr,
    revenueAccount: p.revenueAccount,
    active: p.active,
    prices: p.prices.map((pr) => ({ category: pr.category, unitPrice: amountText(pr.unitPrice) })),
  };
}

/** An amount the clerk typed, or NaN so that the contract's schema names the field. */
const cents = (text: string) => parseAmount(text) ?? Number.NaN;

export function valuesToInput(v: ProductValues): ProductInput {
  const exempt = v.vat === EXEMPT;
  return {
    reference: v.reference,
    label: v.label,
    description: v.description || null,
    kind: v.kind,
    unit: v.unit,
    unitPrice: cents(v.unitPrice),
    vatCategory: exempt ? 'E' : 'S',
    vatRate: exempt ? 0 : Number(v.vat),
    exemptionReason: exempt ? v.exemptionReason : null,
    revenueAccount: v.revenueAccount.trim() || undefined,
    active: v.active,
    prices: v.prices.map((p) => ({ category: p.category, unitPrice: cents(p.unitPrice) })),
  };
}
