import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';

export interface PdfAttachment {
  name: string;
  bytes: Uint8Array;
}

/** Attachment names of the hybrid invoice standards, in order of preference. */
export const INVOICE_ATTACHMENT_NAMES = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml'];

/** Thrown when pdf-lib cannot read the file at all. */
export class PdfUnreadable extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PdfUnreadable';
  }
}

/**
 * The files embedded in a PDF, from the EmbeddedFiles name tree of the catalog and from its AF array
 * (PDF/A-3 associated files), without duplicates.
 */
export async function listPdfAttachments(bytes: Uint8Array): Promise<PdfAttachment[]> {
  try {
    const pdf = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
    return attachmentsOf(pdf);
  } catch (error) {
    // pdf-lib recovers what it can from a damaged file; a file without even a catalog fails here.
    throw new PdfUnreadable(error);
  }
}

function attachmentsOf(pdf: PDFDocument): PdfAttachment[] {
  const context = pdf.context;
  const lookup = (object: PDFObject | undefined): PDFObject | undefined =>
    object instanceof PDFRef ? context.lookup(object) : object;

  const specs: PDFDict[] = [];
  const seen = new Set<PDFDict>();
  const addSpec = (object: PDFObject | undefined): void => {
    const spec = lookup(object);
    if (spec instanceof PDFDict && !seen.has(spec)) {
      seen.add(spec);
      specs.push(spec);
    }
  };

  const visitNameTree = (object: PDFObject | undefined, depth: number): void => {
    const node = lookup(object);
    if (!(node instanceof PDFDict) || depth > 32) return;
    const names = lookup(node.get(PDFName.of('Names')));
    if (names instanceof PDFArray) {
      for (let i = 1; i < names.size(); i += 2) addSpec(names.get(i));
    }
    const kids = lookup(node.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) {
      for (let i = 0; i < kids.size(); i += 1) visitNameTree(kids.get(i), depth + 1);
    }
  };

  const catalog = pdf.catalog;
  const namesDict = lookup(catalog.get(PDFName.of('Names')));
  if (namesDict instanceof PDFDict) visitNameTree(namesDict.get(PDFName.of('EmbeddedFiles')), 0);
  const associated = lookup(catalog.get(PDFName.of('AF')));
  if (associated instanceof PDFArray) {
    for (let i = 0; i < associated.size(); i += 1) addSpec(associated.get(i));
  }

  const attachments: PdfAttachment[] = [];
  for (const spec of specs) {
    const name = fileName(lookup(spec.get(PDFName.of('UF'))) ?? lookup(spec.get(PDFName.of('F'))));
    const embedded = lookup(spec.get(PDFName.of('EF')));
    if (!(embedded instanceof PDFDict) || name === null) continue;
    const stream = lookup(embedded.get(PDFName.of('F')) ?? embedded.get(PDFName.of('UF')));
    if (!(stream instanceof PDFRawStream)) continue;
    try {
      attachments.push({ name, bytes: decodePDFRawStream(stream).decode() });
    } catch {
      // An attachment compressed with a filter pdf-lib does not decode is skipped, not fatal.
    }
  }
  return attachments;
}

function fileName(object: PDFObject | undefined): string | null {
  if (object instanceof PDFString || object instanceof PDFHexString) return object.decodeText();
  return null;
}

/**
 * The invoice XML embedded in a hybrid PDF (Factur-X, ZUGFeRD, XRechnung): the attachment with a known
 * name first, else the only XML attachment. Null when there is none.
 */
export async function extractInvoiceXml(bytes: Uint8Array): Promise<PdfAttachment | null> {
  const attachments = await listPdfAttachments(bytes);
  for (const wanted of INVOICE_ATTACHMENT_NAMES) {
    const found = attachments.find((attachment) => attachment.name.toLowerCase() === wanted);
    if (found) return found;
  }
  const xml = attachments.filter((attachment) => attachment.name.toLowerCase().endsWith('.xml'));
  return xml.length === 1 ? (xml[0] ?? null) : null;
}
