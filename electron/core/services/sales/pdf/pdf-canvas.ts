import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb, type RGB } from 'pdf-lib';
import { cleanText } from './pdf-format';

// A thin layer over pdf-lib: a cursor going down A4 pages, text that wraps and aligns, and a new page (with its
// repeated header) whenever a block would cross the footer.

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 42;
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;
/** Content stops here; the legal footer and the page number live below. */
export const CONTENT_BOTTOM = 66;

export const COLORS = {
  text: rgb(0.13, 0.13, 0.15),
  muted: rgb(0.4, 0.42, 0.45),
  accent: rgb(0.09, 0.27, 0.47),
  rule: rgb(0.78, 0.8, 0.83),
  fill: rgb(0.93, 0.95, 0.97),
  white: rgb(1, 1, 1),
  watermark: rgb(0.9, 0.9, 0.9),
};

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: RGB;
  align?: 'left' | 'right' | 'center';
}

let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null;

/** The fonts' module is large: loaded on the first document, once. */
function loadFontBytes() {
  fontBytes ??= import('./fonts.generated').then((m) => ({
    regular: Buffer.from(m.regular, 'base64'),
    bold: Buffer.from(m.bold, 'base64'),
  }));
  return fontBytes;
}

export class Canvas {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;
  /** Draws what every new page starts with (watermark, repeated header); returns where content starts. */
  onNewPage: (c: Canvas) => void = () => {};

  private constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {}

  static async create(): Promise<Canvas> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const bytes = await loadFontBytes();
    // Subset: a document carries only the glyphs it prints, a few kilobytes instead of 800.
    const regular = await doc.embedFont(bytes.regular, { subset: true });
    const bold = await doc.embedFont(bytes.bold, { subset: true });
    return new Canvas(doc, regular, bold);
  }

  addPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - MARGIN;
    this.onNewPage(this);
  }

  /** Starts a new page unless `height` still fits above the footer; true when it did. */
  ensure(height: number): boolean {
    if (this.y - height >= CONTENT_BOTTOM) return false;
    this.addPage();
    return true;
  }

  font(bold?: boolean): PDFFont {
    return bold ? this.bold : this.regular;
  }

  width(s: string, style: TextStyle = {}): number {
    return this.font(style.bold).widthOfTextAtSize(cleanText(s), style.size ?? 9);
  }

  /** One line of text whose baseline is at `y`; `x` is its left, right or centre edge depending on `align`. */
  text(s: string, x: number, y: number, style: TextStyle = {}): void {
    const t = cleanText(s);
    if (!t) return;
    const size = style.size ?? 9;
    const w = this.width(t, style);
    const left = style.align === 'right' ? x - w : style.align === 'center' ? x - w / 2 : x;
    this.page.drawText(t, { x: left, y, size, font: this.font(style.bold), color: style.color ?? COLORS.text });
  }

  /** Splits text into lines no wider than `width`; newlines are kept and over-long words are cut. */
  wrap(s: string, width: number, style: TextStyle = {}): string[] {
    const out: string[] = [];
    for (const para of cleanText(s).split('\n')) {
      let line = '';
      for (const word of para.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (this.width(candidate, style) <= width) {
          line = candidate;
          continue;
        }
        if (line) out.push(line);
        line = word;
        while (this.width(line, style) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && this.width(line.slice(0, cut), style) > width) cut--;
          out.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      out.push(line);
    }
    return out;
  }

  /** Wrapped text from the cursor down, breaking pages between lines; moves the cursor below it. */
  paragraph(s: string, x: number, width: number, style: TextStyle = {}, leading?: number): void {
    const size = style.size ?? 9;
    const lead = leading ?? size * 1.35;
    for (const line of this.wrap(s, width, style)) {
      this.ensure(lead);
      this.text(line, style.align === 'right' ? x + width : x, this.y - size, style);
      this.y -= lead;
    }
  }

  rule(x1: number, y: number, x2: number, color = COLORS.rule, thickness = 0.6): void {
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, color, thickness });
  }

  box(x: number, y: number, w: number, h: number, opts: { fill?: RGB; border?: RGB } = {}): void {
    this.page.drawRectangle({
      x,
      y,
      width: w,
      height: h,
      color: opts.fill,
      borderColor: opts.border,
      borderWidth: opts.border ? 0.6 : 0,
    });
  }

  async save(meta: { title: string; author: string; subject: string; language: string; date: Date }) {
    this.doc.setTitle(meta.title, { showInWindowTitleBar: true });
    this.doc.setAuthor(meta.author);
    this.doc.setSubject(meta.subject);
    this.doc.setCreator('Coulisse');
    this.doc.setProducer('Coulisse');
    this.doc.setLanguage(meta.language);
    this.doc.setCreationDate(meta.date);
    this.doc.setModificationDate(meta.date);
    return this.doc.save();
  }
}
