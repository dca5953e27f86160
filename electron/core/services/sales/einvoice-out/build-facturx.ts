import { createHash } from 'node:crypto';
import { AFRelationship, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { SRGB_ICC_BASE64 } from './srgb-icc.generated';
import { facturXXmp, type PdfMetadata } from './xmp';

export const FACTURX_FILE_NAME = 'factur-x.xml';
const PRODUCER = 'Coulisse';

export interface FacturXMeta {
  documentNumber: string;
  sellerName: string;
  /** The invoice date, YYYY-MM-DD. */
  date: string;
  /** The PDF's title; "Facture <number>" when not given. */
  title?: string;
  /** When the file is written; fixed by the tests so that the output is reproducible. */
  now?: Date;
}

/**
 * Turns the invoice's PDF into a Factur-X 1.0 file (EN 16931 profile): the CII attached as factur-x.xml
 * (associated file, relationship Data), the XMP packet declaring PDF/A-3b and the Factur-X properties, an sRGB
 * output intent, and an information dictionary and trailer ID consistent with the XMP. The visual PDF must
 * itself embed its fonts for the result to be PDF/A; this step adds what the hybrid invoice needs.
 */
export async function buildFacturX(pdf: Uint8Array, ciiXml: string, meta: FacturXMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const { context, catalog } = doc;
  const now = meta.now ?? new Date();
  const xml = new TextEncoder().encode(ciiXml);

  const info: PdfMetadata = {
    title: meta.title ?? `Facture ${meta.documentNumber}`,
    author: meta.sellerName,
    subject: `Factur-X EN 16931 ${meta.documentNumber} (${meta.date})`,
    creatorTool: PRODUCER,
    producer: PRODUCER,
    created: now,
    modified: now,
  };
  doc.setTitle(info.title);
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setCreator(info.creatorTool);
  doc.setProducer(info.producer);
  doc.setCreationDate(info.created);
  doc.setModificationDate(info.modified);
  // Keywords the visual PDF may carry would need their XMP twin (pdf:Keywords): the e-invoice states none.
  const infoDict = context.lookup(context.trailerInfo.Info);
  if (infoDict instanceof PDFDict) infoDict.delete(PDFName.of('Keywords'));

  await doc.attach(xml, FACTURX_FILE_NAME, {
    mimeType: 'text/xml',
    description: `Factur-X invoice ${meta.documentNumber}`,
    creationDate: now,
    modificationDate: now,
    afRelationship: AFRelationship.Data,
  });

  const xmp = new TextEncoder().encode(facturXXmp(info));
  const metadata = context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));

  const icc = Uint8Array.from(Buffer.from(SRGB_ICC_BASE64, 'base64'));
  const profile = context.register(context.flateStream(icc, { N: 3, Alternate: 'DeviceRGB' }));
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: profile,
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(intent)]));

  // PDF/A wants a file identifier; derived from the content so the same invoice gives the same file.
  const id = createHash('sha256').update(meta.documentNumber).update(xml).update(pdf).digest('hex').slice(0, 32);
  const idArray = PDFArray.withContext(context);
  idArray.push(PDFHexString.of(id));
  idArray.push(PDFHexString.of(id));
  context.trailerInfo.ID = idArray;

  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
