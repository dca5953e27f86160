import { EInvoiceRefused, type EInvoiceProfile } from './types';
import { allAt, at, childNames, type XmlNode } from './xml';

/**
 * The few structural rules of the Factur-X schemas that change what the document means, checked here
 * because a well-formed file breaking them is not the invoice it claims to be. The full XSD check is not
 * repeated: unknown extra elements are ignored.
 */
export function checkCiiStructure(root: XmlNode, profile: EInvoiceProfile | null): void {
  const transaction = at(root, 'SupplyChainTradeTransaction');
  const settlement = at(transaction, 'ApplicableHeaderTradeSettlement');

  if (profile === 'MINIMUM') {
    // MINIMUM carries the totals only: no lines, no VAT breakdown, no preceding invoice reference.
    const allowed = new Set(['InvoiceCurrencyCode', 'SpecifiedTradeSettlementHeaderMonetarySummation']);
    const extra = childNames(settlement).find((name) => !allowed.has(name));
    if (extra) throw new EInvoiceRefused('einvoice.invalidStructure', { profile, element: extra });
    if (childNames(transaction).includes('IncludedSupplyChainTradeLineItem')) {
      throw new EInvoiceRefused('einvoice.invalidStructure', { profile, element: 'IncludedSupplyChainTradeLineItem' });
    }
  }

  // Every allowance or charge must say which it is (ChargeIndicator) and its amount: without the indicator
  // an amount cannot be signed.
  const allowanceCharges = [
    ...allAt(settlement, 'SpecifiedTradeAllowanceCharge'),
    ...allAt(
      transaction,
      'IncludedSupplyChainTradeLineItem',
      'SpecifiedLineTradeSettlement',
      'SpecifiedTradeAllowanceCharge',
    ),
    ...allAt(
      transaction,
      'IncludedSupplyChainTradeLineItem',
      'SpecifiedLineTradeAgreement',
      'GrossPriceProductTradePrice',
      'AppliedTradeAllowanceCharge',
    ),
  ];
  for (const charge of allowanceCharges) {
    for (const element of ['ChargeIndicator', 'ActualAmount']) {
      if (!childNames(charge).includes(element)) {
        throw new EInvoiceRefused('einvoice.invalidStructure', { element, parent: 'TradeAllowanceCharge' });
      }
    }
  }
}
