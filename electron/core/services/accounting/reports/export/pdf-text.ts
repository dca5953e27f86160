import {
  beginText,
  endText,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  type PDFPage,
  type RGB,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  showText,
} from 'pdf-lib';

/** Operators pushed per call: a spread of tens of thousands would overflow the stack. */
const CHUNK = 1000;

/**
 * Collects a page's text into one text object written once. pdf-lib's drawText wraps every string in its own
 * graphics state, which costs about twenty times as much on a page of several hundred cells.
 */
export class PageText {
  private readonly ops: PDFOperator[] = [];
  private readonly fontKeys = new Map<PDFFont, PDFName>();

  constructor(readonly page: PDFPage) {}

  /** `text` must already be encodable by `font`. */
  draw(text: string, options: { x: number; y: number; size: number; font: PDFFont; color: RGB }): void {
    const { x, y, size, font, color } = options;
    let key = this.fontKeys.get(font);
    if (!key) {
      key = this.page.node.newFontDictionary(font.name, font.ref);
      this.fontKeys.set(font, key);
    }
    this.ops.push(
      setFontAndSize(key, size),
      setFillingColor(color),
      setTextMatrix(1, 0, 0, 1, x, y),
      showText(font.encodeText(text)),
    );
  }

  /** Writes the collected text above whatever the page already holds. */
  flush(): void {
    if (this.ops.length === 0) return;
    const all = [beginText(), ...this.ops, endText()];
    for (let i = 0; i < all.length; i += CHUNK) this.page.pushOperators(...all.slice(i, i + CHUNK));
    this.ops.length = 0;
  }
}
