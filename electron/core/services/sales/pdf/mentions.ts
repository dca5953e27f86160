import type { SalesDocument } from '../../../../../shared/contract/sales-documents';
import { isInvoiceKind, LATE_PENALTY_RATE_BP, RECOVERY_FEE_CENTS } from '../../../../../shared/domain/sales';
import { formatDate, formatMoney, formatRate, type PdfLanguage } from './pdf-format';
import type { PdfStrings } from './pdf-strings';

/**
 * The conditions printed under the totals. Invoices, deposit invoices and credit notes carry every mention French
 * law requires (Code de commerce L441-9 and L441-10, CGI 242 nonies A, and the e-invoicing reform's operation
 * category); the VAT exemption mentions are printed with the VAT breakdown.
 */
export function documentMentions(doc: SalesDocument, s: PdfStrings, lang: PdfLanguage): string[] {
  const terms = s.terms[doc.paymentTerms];
  if (isInvoiceKind(doc.kind)) {
    return [
      s.operation(s.operations[doc.operationType]),
      doc.dueDate ? s.dueOn(terms, formatDate(doc.dueDate, lang)) : s.paymentTerms(terms),
      s.noEarlyDiscount,
      s.penalties(formatRate(LATE_PENALTY_RATE_BP, lang)),
      s.recoveryFee(formatMoney(RECOVERY_FEE_CENTS, lang, 'EUR', true)),
      doc.vatOnDebits ? s.vatOnDebits : '',
    ].filter(Boolean);
  }
  if (doc.kind === 'quote') {
    return [doc.validUntil ? s.quoteValidity(formatDate(doc.validUntil, lang)) : '', s.paymentTerms(terms)].filter(
      Boolean,
    );
  }
  if (doc.kind === 'order') return [s.paymentTerms(terms)];
  return [];
}
