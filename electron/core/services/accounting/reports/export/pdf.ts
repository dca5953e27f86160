import { PDFDocument, type PDFFont, PageSizes, StandardFonts, rgb } from 'pdf-lib';
import type { ReportColumn, ReportRow, ReportTable } from '../../../../../../shared/report-table';
import { cellForPrint, isRightAligned } from './cell-text';
import { type ColumnFonts, columnWidths } from './pdf-columns';
import { PageText } from './pdf-text';
import { winAnsiSanitizer } from './win-ansi';

const MARGIN = 36;
const FOOTER_GAP = 22;
const TITLE_SIZE = 14;
const SUBTITLE_SIZE = 9.5;
const FONT_SIZE = 8.5;
const FOOTER_SIZE = 7.5;
/** The smallest size a figure or heading is drawn at before anything is cut. */
const MIN_SIZE = 5.5;
const ROW_HEIGHT = 12;
const PADDING = 3;
const ELLIPSIS = '…';
const INK = rgb(0, 0, 0);
const GREY = rgb(0.4, 0.4, 0.4);
const SHADE = rgb(0.93, 0.93, 0.93);

type Fonts = ColumnFonts;

interface Layout {
  width: number;
  height: number;
  /** Each column with its left edge and width. */
  columns: { column: ReportColumn; x: number; width: number }[];
}

function layoutFor(table: ReportTable, fonts: Fonts): Layout {
  const [short, long] = PageSizes.A4;
  const [width, height] = table.landscape ? [long, short] : [short, long];
  const widths = columnWidths(table, fonts, width - 2 * MARGIN, FONT_SIZE, PADDING);
  let x = MARGIN;
  const columns = table.columns.map((c, i) => {
    const w = widths[i] ?? 0;
    const placed = { column: c, x, width: w };
    x += w;
    return placed;
  });
  return { width, height, columns };
}

/** Cuts text to fit `max` points, ending with an ellipsis; binary search keeps long labels cheap. */
function fit(text: string, font: PDFFont, size: number, max: number): string {
  if (font.widthOfTextAtSize(text, size) <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (font.widthOfTextAtSize(text.slice(0, mid) + ELLIPSIS, size) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : text.slice(0, lo).trimEnd() + ELLIPSIS;
}

function drawText(
  out: PageText,
  raw: string,
  font: PDFFont,
  fonts: Fonts,
  box: { x: number; width: number },
  y: number,
  options: { right: boolean; shrink: boolean },
): void {
  if (!raw) return;
  const max = box.width - 2 * PADDING;
  let size = FONT_SIZE;
  let text = fonts.clean(raw);
  if (options.shrink) {
    // Figures and headings get smaller rather than lose characters.
    const natural = font.widthOfTextAtSize(text, size);
    if (natural > max) size = Math.max(MIN_SIZE, (size * max) / natural);
  }
  text = fit(text, font, size, max);
  if (!text) return;
  const x = options.right ? box.x + box.width - PADDING - font.widthOfTextAtSize(text, size) : box.x + PADDING;
  out.draw(text, { x, y, size, font, color: INK });
}

function rule(out: PageText, layout: Layout, y: number, thickness: number): void {
  out.page.drawLine({
    start: { x: MARGIN, y },
    end: { x: layout.width - MARGIN, y },
    thickness,
    color: INK,
  });
}

/** The header row, its top at `top`; returns the top of the first data row. */
function drawHeader(out: PageText, layout: Layout, fonts: Fonts, top: number): number {
  out.page.drawRectangle({
    x: MARGIN,
    y: top - ROW_HEIGHT - 2,
    width: layout.width - 2 * MARGIN,
    height: ROW_HEIGHT + 2,
    color: SHADE,
  });
  const baseline = top - ROW_HEIGHT + 1;
  for (const box of layout.columns) {
    drawText(out, box.column.label, fonts.bold, fonts, box, baseline, {
      right: isRightAligned(box.column),
      shrink: true,
    });
  }
  rule(out, layout, top - ROW_HEIGHT - 2, 0.75);
  return top - ROW_HEIGHT - 4;
}

function drawRow(out: PageText, row: ReportRow, table: ReportTable, layout: Layout, fonts: Fonts, top: number): void {
  const font = row.style ? fonts.bold : fonts.regular;
  if (row.style === 'section' || row.style === 'subtotal') rule(out, layout, top, 0.5);
  if (row.style === 'total') {
    rule(out, layout, top, 0.5);
    rule(out, layout, top - 1.5, 0.5);
  }
  const baseline = top - ROW_HEIGHT + 3;
  for (const box of layout.columns) {
    const text = cellForPrint(row.cells[box.column.key] ?? null, box.column, table.locale);
    drawText(out, text, font, fonts, box, baseline, {
      right: isRightAligned(box.column),
      shrink: box.column.kind !== 'text',
    });
  }
}

function drawFooters(pdf: PDFDocument, table: ReportTable, layout: Layout, fonts: Fonts): void {
  const pages = pdf.getPages();
  const title = fonts.clean(table.title);
  pages.forEach((page, i) => {
    const label = `Page ${i + 1} / ${pages.length}`;
    const labelWidth = fonts.regular.widthOfTextAtSize(label, FOOTER_SIZE);
    page.drawText(label, {
      x: layout.width - MARGIN - labelWidth,
      y: FOOTER_GAP,
      size: FOOTER_SIZE,
      font: fonts.regular,
      color: GREY,
    });
    const left = fit(title, fonts.regular, FOOTER_SIZE, layout.width - 2 * MARGIN - labelWidth - 24);
    page.drawText(left, { x: MARGIN, y: FOOTER_GAP, size: FOOTER_SIZE, font: fonts.regular, color: GREY });
  });
}

/**
 * The table as an A4 PDF in the standard Helvetica: title and subtitle on the first page, the header row
 * repeated on every page, amounts right-aligned as the locale writes them, "Page n / N" at the foot.
 */
export async function writePdf(table: ReportTable): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const fonts: Fonts = { regular, bold, clean: winAnsiSanitizer(regular) };
  const layout = layoutFor(table, fonts);
  const bottom = MARGIN + 8;
  const usable = layout.width - 2 * MARGIN;

  let out = new PageText(pdf.addPage([layout.width, layout.height]));
  let top = layout.height - MARGIN;
  out.draw(fit(fonts.clean(table.title), bold, TITLE_SIZE, usable), {
    x: MARGIN,
    y: top - TITLE_SIZE,
    size: TITLE_SIZE,
    font: bold,
    color: INK,
  });
  top -= TITLE_SIZE + 6;
  if (table.subtitle) {
    out.draw(fit(fonts.clean(table.subtitle), regular, SUBTITLE_SIZE, usable), {
      x: MARGIN,
      y: top - SUBTITLE_SIZE,
      size: SUBTITLE_SIZE,
      font: regular,
      color: GREY,
    });
    top -= SUBTITLE_SIZE + 6;
  }
  top = drawHeader(out, layout, fonts, top - 6);

  table.rows.forEach((row, i) => {
    // A section heading never ends a page without at least one of its rows under it.
    const needed = row.style === 'section' && i + 1 < table.rows.length ? 2 * ROW_HEIGHT : ROW_HEIGHT;
    if (top - needed < bottom) {
      out.flush();
      out = new PageText(pdf.addPage([layout.width, layout.height]));
      top = drawHeader(out, layout, fonts, layout.height - MARGIN);
    }
    drawRow(out, row, table, layout, fonts, top);
    top -= ROW_HEIGHT;
  });

  out.flush();
  drawFooters(pdf, table, layout, fonts);
  // Document properties are Unicode strings: they keep the text as given.
  pdf.setTitle(table.title);
  pdf.setSubject(table.subtitle);
  pdf.setCreator('Coulisse');
  pdf.setProducer('Coulisse');
  pdf.setLanguage(table.locale === 'fr' ? 'fr-FR' : 'en-GB');
  return pdf.save();
}
