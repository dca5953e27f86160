/** An open invoice the payment may settle. */
export interface OpenInvoice {
  documentId: number;
  openAmount: number;
}

/**
 * Spreads `amount` over the invoices in the order given (oldest due first), each up to what it still owes: how a
 * customer's transfer is usually meant. Returns cents per document id; invoices left at zero are omitted.
 */
export function fillOldest(amount: number, invoices: readonly OpenInvoice[]): Record<number, number> {
  const result: Record<number, number> = {};
  let left = Math.max(0, amount);
  for (const inv of invoices) {
    if (left <= 0) break;
    const part = Math.min(left, inv.openAmount);
    if (part > 0) {
      result[inv.documentId] = part;
      left -= part;
    }
  }
  return result;
}

/** The preselected invoice first, then the others in their order. */
export function preselectedFirst<T extends OpenInvoice>(invoices: readonly T[], documentId: number | null): T[] {
  if (documentId === null) return [...invoices];
  const chosen = invoices.filter((i) => i.documentId === documentId);
  return [...chosen, ...invoices.filter((i) => i.documentId !== documentId)];
}
