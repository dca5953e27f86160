import { checkTotals } from './checks';
import { extractInvoiceXml, PdfUnreadable } from './extract-pdf';
import { parseCii } from './parse-cii';
import { parseUbl } from './parse-ubl';
import { EInvoiceRefused, type EInvoice, type EInvoiceResult } from './types';
import { parseXml } from './xml';

const PDF_MAGIC = '%PDF-';
const CII_NAMESPACE = 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100';
const UBL_NAMESPACE = 'urn:oasis:names:specification:ubl:schema:xsd:';

function startsWithPdf(bytes: Uint8Array): boolean {
  // The PDF header may follow up to 1024 bytes of junk (ISO 32000-1, 7.5.2 implementation note).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes(PDF_MAGIC);
}

function looksLikeXml(bytes: Uint8Array): boolean {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  while (start < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[start] ?? 0)) start += 1;
  return bytes[start] === 0x3c; // '<'
}

/** The invoice of an XML document, by its root element. */
export function parseInvoiceXml(bytes: Uint8Array): EInvoice {
  let body: string;
  try {
    body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EInvoiceRefused('einvoice.malformedXml', { problem: 'encoding' });
  }
  const root = parseXml(body);
  let invoice: EInvoice;
  if (root.name === 'CrossIndustryInvoice' && root.namespace === CII_NAMESPACE) invoice = parseCii(root.node);
  else if (root.name === 'Invoice' && root.namespace === `${UBL_NAMESPACE}Invoice-2`) {
    invoice = parseUbl(root.node, 'Invoice');
  } else if (root.name === 'CreditNote' && root.namespace === `${UBL_NAMESPACE}CreditNote-2`) {
    invoice = parseUbl(root.node, 'CreditNote');
  } else throw new EInvoiceRefused('einvoice.unsupportedSyntax', { root: root.name, namespace: root.namespace });
  return { ...invoice, warnings: checkTotals(invoice) };
}

/**
 * Reads a received e-invoice: a CII or UBL XML file, or a hybrid PDF (Factur-X, ZUGFeRD) with its XML attached.
 * Never throws for a bad file: the refusal reason is an i18n key, the details say what was found.
 */
export async function parseEInvoice(bytes: Uint8Array, fileName?: string): Promise<EInvoiceResult> {
  const file = fileName === undefined ? {} : { fileName };
  try {
    if (startsWithPdf(bytes)) {
      let attachment;
      try {
        attachment = await extractInvoiceXml(bytes);
      } catch (error) {
        if (error instanceof PdfUnreadable) return { ok: false, reason: 'einvoice.malformedPdf', details: file };
        throw error;
      }
      if (!attachment) return { ok: false, reason: 'einvoice.noEmbeddedXml', details: file };
      const invoice = parseInvoiceXml(attachment.bytes);
      return { ok: true, invoice, source: { container: 'PDF', attachmentName: attachment.name } };
    }
    if (looksLikeXml(bytes)) {
      return { ok: true, invoice: parseInvoiceXml(bytes), source: { container: 'XML', attachmentName: null } };
    }
    return { ok: false, reason: 'einvoice.notAnInvoice', details: file };
  } catch (error) {
    if (error instanceof EInvoiceRefused) {
      return { ok: false, reason: error.reason, details: { ...file, ...error.details } };
    }
    throw error;
  }
}
