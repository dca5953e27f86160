import type { PDFImage } from 'pdf-lib';
import type { Company } from '../../../../../shared/contract/admin';
import type { SalesDocument } from '../../../../../shared/contract/sales-documents';
import { isInvoiceKind } from '../../../../../shared/domain/sales';
import { drawSeller, formatSiren } from './letterhead';
import { A4, type Canvas, COLORS, MARGIN } from './pdf-canvas';
import { formatDate, type PdfLanguage, textLines } from './pdf-format';
import type { PdfStrings } from './pdf-strings';

// The first page's top half: who sells, what the document is, to whom, and where the goods go.

const RIGHT = A4.width - MARGIN;
const BOX_X = 318;
const BOX_WIDTH = RIGHT - BOX_X;

export function documentTitle(doc: SalesDocument, s: PdfStrings): string {
  return `${s.titles[doc.kind]} ${doc.number ?? s.draft}`;
}

function metaRows(doc: SalesDocument, s: PdfStrings, lang: PdfLanguage): [string, string][] {
  const d = (iso: string) => formatDate(iso, lang);
  const invoice = isInvoiceKind(doc.kind);
  const rows: [string, string | null][] = [
    [invoice ? s.meta.invoiceDate : doc.kind === 'delivery' ? s.meta.deliveryDate : s.meta.date, d(doc.date)],
    [s.meta.saleDate, invoice && doc.saleDate && doc.saleDate !== doc.date ? d(doc.saleDate) : null],
    [s.meta.dueDate, invoice && doc.dueDate ? d(doc.dueDate) : null],
    [s.meta.validUntil, doc.kind === 'quote' && doc.validUntil ? d(doc.validUntil) : null],
    [s.meta.customerCode, doc.partyCode || null],
    [s.meta.customerReference, doc.customerReference],
    [
      s.meta.source,
      doc.source?.number && doc.kind !== 'credit_note' ? `${s.titles[doc.source.kind]} ${doc.source.number}` : null,
    ],
  ];
  return rows.filter((r): r is [string, string] => !!r[1]);
}

function drawTitle(c: Canvas, doc: SalesDocument, s: PdfStrings, lang: PdfLanguage): number {
  let y = A4.height - MARGIN;
  const title = s.titles[doc.kind].toUpperCase();
  const size = c.width(title, { size: 20, bold: true }) > RIGHT - BOX_X ? 15 : 20;
  c.text(title, RIGHT, y - size, { size, bold: true, color: COLORS.accent, align: 'right' });
  y -= size + 8;
  c.text(doc.number ? s.number(doc.number) : s.draft, RIGHT, y - 11, { size: 11, bold: true, align: 'right' });
  y -= 17;
  if (doc.kind === 'credit_note' && doc.credited) {
    c.text(s.creditedInvoice(doc.credited.number ?? s.draft), RIGHT, y - 10, { size: 10, bold: true, align: 'right' });
    y -= 16;
  }
  y -= 4;
  for (const [label, value] of metaRows(doc, s, lang)) {
    c.text(label, BOX_X, y - 8.5, { size: 8.5, color: COLORS.muted });
    const max = RIGHT - BOX_X - c.width(label, { size: 8.5 }) - 10;
    const v = c.wrap(value, max, { size: 8.5, bold: true })[0] ?? '';
    c.text(v, RIGHT, y - 8.5, { size: 8.5, bold: true, align: 'right' });
    y -= 12.5;
  }
  return y;
}

function addressBox(
  c: Canvas,
  x: number,
  top: number,
  heading: string,
  name: string | null,
  lines: string[],
  ids: string[],
): number {
  const inner = BOX_WIDTH - 20;
  const nameLines = name ? c.wrap(name, inner, { size: 10.5, bold: true }) : [];
  const body = lines.flatMap((l) => c.wrap(l, inner, { size: 9.5 }));
  const height = 22 + nameLines.length * 13.5 + body.length * 12 + (ids.length ? 4 + ids.length * 11 : 0) + 6;
  c.box(x, top - height, BOX_WIDTH, height, { border: COLORS.rule });
  c.box(x, top - height, 2.5, height, { fill: COLORS.accent });
  let y = top - 8;
  c.text(heading.toUpperCase(), x + 10, y - 7, { size: 7, bold: true, color: COLORS.muted });
  y -= 14;
  for (const l of nameLines) {
    c.text(l, x + 10, y - 10.5, { size: 10.5, bold: true });
    y -= 13.5;
  }
  for (const l of body) {
    c.text(l, x + 10, y - 9.5, { size: 9.5 });
    y -= 12;
  }
  if (ids.length) y -= 4;
  for (const l of ids) {
    c.text(l, x + 10, y - 8.5, { size: 8.5, color: COLORS.muted });
    y -= 11;
  }
  return top - height;
}

const normalized = (s: string | null) => textLines(s).join('\n').toLowerCase();

/** The delivery address the document prints, if any: always on a delivery note, elsewhere only when it differs. */
export function deliveryAddressOf(doc: SalesDocument): string | null {
  if (doc.kind === 'delivery') return doc.deliveryAddress || doc.billingAddress;
  if (!doc.deliveryAddress || normalized(doc.deliveryAddress) === normalized(doc.billingAddress)) return null;
  return doc.deliveryAddress;
}

/** Draws the first page's header and leaves the cursor below it. */
export function drawDocumentHeader(
  c: Canvas,
  company: Company,
  doc: SalesDocument,
  logo: PDFImage | null,
  s: PdfStrings,
  lang: PdfLanguage,
): void {
  const sellerBottom = drawSeller(c, company, logo, s);
  const titleBottom = drawTitle(c, doc, s, lang);
  const buyerTop = Math.min(titleBottom - 8, A4.height - 150);
  const ids = [
    doc.buyerSiren ? `${s.siren} ${formatSiren(doc.buyerSiren)}` : '',
    doc.buyerVatNumber ? `${s.vatNumber} ${doc.buyerVatNumber}` : '',
  ].filter(Boolean);
  const buyerBottom = addressBox(c, BOX_X, buyerTop, s.customer, doc.buyerName, textLines(doc.billingAddress), ids);
  let bottom = Math.min(buyerBottom, sellerBottom);
  const delivery = deliveryAddressOf(doc);
  if (delivery) {
    const top = Math.min(sellerBottom - 8, buyerTop);
    const lines = textLines(delivery);
    bottom = Math.min(bottom, addressBox(c, MARGIN, top, s.deliveryAddress, null, lines, []));
  }
  c.y = bottom - 22;
}
