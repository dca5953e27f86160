import type { Company } from '../../../../../shared/contract/admin';
import type { SalesDocument } from '../../../../../shared/contract/sales-documents';
import { documentTitle, drawDocumentHeader } from './document-header';
import { drawFooters, drawWatermark, embedLogo } from './letterhead';
import { drawLineTable } from './line-table';
import { documentMentions } from './mentions';
import { A4, Canvas, COLORS, CONTENT_WIDTH, MARGIN } from './pdf-canvas';
import type { PdfLanguage } from './pdf-format';
import { PDF_STRINGS, type PdfStrings } from './pdf-strings';
import { drawTotals } from './totals-block';

/** Pages after the first start with a one-line reminder of who sends what. */
function drawRunningHeader(c: Canvas, company: Company, doc: SalesDocument, s: PdfStrings): void {
  const y = A4.height - MARGIN;
  c.text(company.legalName, MARGIN, y - 10, { size: 10, bold: true, color: COLORS.accent });
  c.text(`${documentTitle(doc, s)} (${s.continued})`, MARGIN + CONTENT_WIDTH, y - 10, { size: 9, align: 'right' });
  c.rule(MARGIN, y - 17, MARGIN + CONTENT_WIDTH);
  c.y = y - 30;
}

/** The box the customer signs: "Bon pour accord" on a quote, receipt of the goods on a delivery note. */
function drawSignatureBox(c: Canvas, title: string, text: string): void {
  const width = 250;
  const x = MARGIN + CONTENT_WIDTH - width;
  const lines = c.wrap(text, width - 16, { size: 7.5 });
  const height = 86 + lines.length * 9.5;
  c.ensure(height + 8);
  c.box(x, c.y - height, width, height, { border: COLORS.muted });
  c.text(title, x + 8, c.y - 15, { size: 9.5, bold: true });
  lines.forEach((l, i) => c.text(l, x + 8, c.y - 27 - i * 9.5, { size: 7.5, color: COLORS.muted }));
  c.y -= height + 10;
}

/**
 * A sales document as the customer receives it: A4, the company's letterhead, every legal mention of its kind,
 * the fonts embedded (the Factur-X export wraps this PDF into a PDF/A-3). A draft carries no number and a
 * large "BROUILLON" across each page.
 */
export async function renderDocumentPdf(
  company: Company,
  doc: SalesDocument,
  language: PdfLanguage,
): Promise<Uint8Array> {
  const s = PDF_STRINGS[language];
  const c = await Canvas.create();
  const logo = await embedLogo(c, company.logo);
  const draft = doc.status === 'draft';
  let repeatTableHeader: (() => void) | null = null;
  c.onNewPage = () => {
    if (draft) drawWatermark(c, s.watermark);
    if (c.pages.length === 1) return;
    drawRunningHeader(c, company, doc, s);
    repeatTableHeader?.();
  };
  c.addPage();
  drawDocumentHeader(c, company, doc, logo, s, language);
  drawLineTable(c, doc, s, language, (f) => {
    repeatTableHeader = f;
  });
  c.y -= 14;
  if (doc.kind !== 'delivery') drawTotals(c, doc, s, language);
  if (doc.notes) {
    c.paragraph(doc.notes, MARGIN, CONTENT_WIDTH, { size: 9 });
    c.y -= 8;
  }
  const mentions = documentMentions(doc, s, language);
  for (const m of mentions) c.paragraph(m, MARGIN, CONTENT_WIDTH, { size: 8, color: COLORS.muted }, 10.5);
  if (mentions.length) c.y -= 10;
  if (doc.kind === 'quote') drawSignatureBox(c, s.approvalTitle, s.approvalText);
  if (doc.kind === 'delivery') drawSignatureBox(c, s.receiptTitle, s.receiptText);
  drawFooters(c, company, s);
  return c.save({
    title: documentTitle(doc, s),
    author: company.legalName,
    subject: `${documentTitle(doc, s)} — ${doc.buyerName}`,
    language: language === 'fr' ? 'fr-FR' : 'en-GB',
    date: new Date(doc.validatedAt ?? doc.updatedAt),
  });
}
