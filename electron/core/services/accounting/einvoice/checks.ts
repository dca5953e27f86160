import { applyRate } from './decimal';
import { EInvoiceRefused, type EInvoice, type EInvoiceWarning } from './types';

function mismatch(rule: string, expected: number, actual: number, extra: Record<string, unknown> = {}): never {
  throw new EInvoiceRefused('einvoice.totalsMismatch', { rule, expected, actual, ...extra });
}

/**
 * The EN 16931 sums (BR-CO-10 to BR-CO-16) on integer cents. Stated totals must agree exactly where the
 * standard asks for a plain sum; HT + TVA may differ from TTC by one cent per VAT line (rounding per line),
 * and so may the VAT total from the sum of the VAT lines.
 *
 * Returned, not refused: BR-CO-17 (VAT line = base × rate, off by more than a cent), a warning in EN 16931,
 * since currencies without cents (HUF) round VAT to the unit; and BR-CO-16 on a MINIMUM document, whose
 * profile cannot state the prepaid amount that explains the difference.
 */
export function checkTotals(invoice: EInvoice): EInvoiceWarning[] {
  const warnings: EInvoiceWarning[] = [];
  const { totals, lines, vatBreakdown } = invoice;
  const vatLines = Math.max(1, vatBreakdown.length);

  if (lines.length > 0 && totals.lineTotalCents !== null) {
    const sum = lines.reduce((acc, line) => acc + line.netAmountCents, 0);
    if (sum !== totals.lineTotalCents) mismatch('BR-CO-10', totals.lineTotalCents, sum);
  }
  if (totals.lineTotalCents !== null) {
    const basis = totals.lineTotalCents - totals.allowanceTotalCents + totals.chargeTotalCents;
    if (basis !== totals.taxBasisCents) mismatch('BR-CO-13', totals.taxBasisCents, basis);
  }
  for (const line of vatBreakdown) {
    if (line.rateBasisPoints === null) continue;
    const computed = applyRate(line.baseCents, line.rateBasisPoints);
    if (Math.abs(computed - line.vatCents) > 1) {
      warnings.push({ rule: 'BR-CO-17', expected: line.vatCents, actual: computed, category: line.category });
    }
  }
  if (vatBreakdown.length > 0) {
    const vat = vatBreakdown.reduce((acc, line) => acc + line.vatCents, 0);
    if (Math.abs(vat - totals.vatCents) > vatBreakdown.length) mismatch('BR-CO-14', totals.vatCents, vat);
  }
  const ttc = totals.taxBasisCents + totals.vatCents;
  if (Math.abs(ttc - totals.grandTotalCents) > vatLines) mismatch('BR-CO-15', totals.grandTotalCents, ttc);
  const due = totals.grandTotalCents - totals.prepaidCents + totals.roundingCents;
  if (due !== totals.dueCents) {
    if (invoice.profile === 'MINIMUM') warnings.push({ rule: 'BR-CO-16', expected: totals.dueCents, actual: due });
    else mismatch('BR-CO-16', totals.dueCents, due);
  }
  return warnings;
}
