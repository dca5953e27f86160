import type { SalesDocument } from '../../../../../shared/contract/sales-documents';
import { parseAddressText } from './address';
import type { EInvoiceSource, PostalAddress } from './source';

export function buyerAddressOf(src: EInvoiceSource): PostalAddress {
  const d = src.document;
  return src.buyerAddress ?? parseAddressText(d.billingAddress, { skipName: d.buyerName, vatNumber: d.buyerVatNumber });
}

/**
 * The deliver-to address (BG-15): the document's own delivery address, or for an intra-community supply of
 * goods the billing address, since EN 16931 wants the country goods leave to (BR-IC-12).
 */
export function deliveryAddressOf(src: EInvoiceSource): PostalAddress | null {
  const d = src.document;
  if (d.deliveryAddress) {
    return parseAddressText(d.deliveryAddress, { skipName: d.buyerName, vatNumber: d.buyerVatNumber });
  }
  if (d.lines.some((l) => l.vatCategory === 'K')) return buyerAddressOf(src);
  return null;
}

/**
 * When VAT falls due (BT-8): at invoicing when the seller opted to pay VAT on debits, at payment for services
 * otherwise (art. 269 of the CGI); goods follow the delivery, the default, stated by no code.
 */
export function vatDueDate(d: SalesDocument): 'invoice' | 'paid' | 'none' {
  if (!d.lines.some((l) => l.vatCategory === 'S')) return 'none';
  if (d.vatOnDebits) return 'invoice';
  return d.operationType === 'services' ? 'paid' : 'none';
}
