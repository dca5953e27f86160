// E-invoices out: a validated sales document as CII, UBL 2.1 or Factur-X.
export { buildCii, EN16931_GUIDELINE } from './build-cii';
export { buildUbl } from './build-ubl';
export { buildFacturX, FACTURX_FILE_NAME, type FacturXMeta } from './build-facturx';
export { exportEInvoice } from './export-einvoice';
export { parseAddressText } from './address';
export type { EInvoiceSource, PostalAddress } from './source';
