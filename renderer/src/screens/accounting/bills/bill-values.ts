import type { Bill, BillInput } from '../../../../../shared/contract/accounting-bills';
import { computeTotals } from '../../../../../shared/domain/bill-totals';
import { centsToDecimal, parseAmount } from '../../../../../shared/domain/money';

export interface BillLineValues {
  key: string;
  label: string;
  quantity: string;
  /** As typed: "1 234,56". */
  amount: string;
  vatRate: string;
  accountNumber: string;
  fixedAsset: boolean;
}

export interface BillFormValues {
  partyId: string | null;
  /** Shown in the supplier picker before any search. */
  supplierName: string;
  kind: 'invoice' | 'credit_note';
  number: string;
  issueDate: string;
  dueDate: string;
  currency: string;
  paymentMeans: string;
  lines: BillLineValues[];
}

let keySeq = 0;
const nextKey = () => `line-${(keySeq += 1)}`;

export function emptyLine(): BillLineValues {
  return {
    key: nextKey(),
    label: '',
    quantity: '',
    amount: '',
    vatRate: '2000',
    accountNumber: '606',
    fixedAsset: false,
  };
}

export function newBillValues(today: string): BillFormValues {
  return {
    partyId: null,
    supplierName: '',
    kind: 'invoice',
    number: '',
    issueDate: today,
    dueDate: '',
    currency: 'EUR',
    paymentMeans: '',
    lines: [emptyLine()],
  };
}

export function billToValues(bill: Bill): BillFormValues {
  return {
    partyId: String(bill.partyId),
    supplierName: bill.supplierName,
    kind: bill.kind,
    number: bill.number,
    issueDate: bill.issueDate,
    dueDate: bill.dueDate ?? '',
    currency: bill.currency,
    paymentMeans: bill.paymentMeans ?? '',
    lines: bill.lines.map((l) => ({
      key: nextKey(),
      label: l.label,
      quantity: l.quantity ?? '',
      amount: centsToDecimal(l.netAmount).replace('.', ','),
      vatRate: String(l.vatRate),
      accountNumber: l.accountNumber,
      fixedAsset: l.fixedAsset,
    })),
  };
}

/** What the contract's schema checks; an amount that is not one becomes NaN, which the schema refuses. */
export function valuesToBillInput(v: BillFormValues): BillInput {
  return {
    partyId: v.partyId ? Number(v.partyId) : 0,
    kind: v.kind,
    number: v.number,
    issueDate: v.issueDate,
    dueDate: v.dueDate || null,
    currency: v.currency,
    paymentMeans: v.paymentMeans || null,
    lines: v.lines.map((l) => ({
      label: l.label,
      quantity: l.quantity.replace(',', '.') || null,
      netAmount: parseAmount(l.amount) ?? Number.NaN,
      vatRate: Number(l.vatRate),
      accountNumber: l.accountNumber,
      fixedAsset: l.fixedAsset,
    })),
  };
}

/** The totals as the core will compute them, for the form to show while the clerk types. */
export function liveTotals(v: BillFormValues) {
  return computeTotals(
    v.lines.map((l) => ({ netAmount: parseAmount(l.amount) ?? 0, vatRate: Number(l.vatRate) || 0 })),
  );
}
