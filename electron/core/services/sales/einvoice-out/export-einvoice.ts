import type { EInvoiceFormat, FileOut } from '../../../../../shared/contract/sales-documents';
import { buildCii } from './build-cii';
import { buildFacturX } from './build-facturx';
import { buildUbl } from './build-ubl';
import { checkExportable, type EInvoiceSource } from './source';

const TITLES = {
  fr: { invoice: 'Facture', deposit: 'Facture d’acompte', credit_note: 'Avoir' },
  en: { invoice: 'Invoice', deposit: 'Deposit invoice', credit_note: 'Credit note' },
} as const;

const base64 = (bytes: Uint8Array | string): string =>
  (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes)).toString('base64');

/**
 * A validated invoice, deposit invoice or credit note as an e-invoice file: Factur-X (the document's own PDF
 * with its CII attached; `pdf` is then required), CII XML or UBL 2.1 XML. Named after the document number.
 */
export async function exportEInvoice(
  src: EInvoiceSource,
  format: EInvoiceFormat,
  pdf?: Uint8Array,
  options: { now?: Date } = {},
): Promise<FileOut> {
  const { number } = checkExportable(src);
  if (format === 'ubl') {
    return { fileName: `${number}-ubl.xml`, mimeType: 'application/xml', base64: base64(buildUbl(src)) };
  }
  const cii = buildCii(src);
  if (format === 'cii') return { fileName: `${number}-cii.xml`, mimeType: 'application/xml', base64: base64(cii) };
  if (!pdf) throw new Error('A Factur-X export needs the document PDF');
  const d = src.document;
  const kind = d.kind === 'deposit' || d.kind === 'credit_note' ? d.kind : 'invoice';
  const bytes = await buildFacturX(pdf, cii, {
    documentNumber: number,
    sellerName: src.seller.legalName,
    date: d.date,
    title: `${TITLES[d.language][kind]} ${number}`,
    ...(options.now ? { now: options.now } : {}),
  });
  return { fileName: `${number}.pdf`, mimeType: 'application/pdf', base64: base64(bytes) };
}
