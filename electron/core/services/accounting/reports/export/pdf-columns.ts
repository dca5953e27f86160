import type { PDFFont } from 'pdf-lib';
import type { ReportTable } from '../../../../../../shared/report-table';
import { cellForPrint } from './cell-text';

export interface ColumnFonts {
  regular: PDFFont;
  bold: PDFFont;
  clean: (text: string) => string;
}

/** Text columns keep at least this share of the line, however wide the figures are. */
const TEXT_SHARE = 0.25;

/**
 * Column widths in points. Relative widths share the line, except that amount, number and date columns are
 * never narrower than their widest value (and their heading): a figure is never cut, a label may be.
 */
export function columnWidths(
  table: ReportTable,
  fonts: ColumnFonts,
  usable: number,
  size: number,
  padding: number,
): number[] {
  const weights = table.columns.map((c) => Math.max(0, c.width ?? 1) || 1);
  const needs = table.columns.map((column) => {
    if (column.kind === 'text') return 0;
    let widest = fonts.bold.widthOfTextAtSize(fonts.clean(column.label), size);
    for (const row of table.rows) {
      const text = cellForPrint(row.cells[column.key] ?? null, column, table.locale);
      if (!text) continue;
      const font = row.style ? fonts.bold : fonts.regular;
      widest = Math.max(widest, font.widthOfTextAtSize(fonts.clean(text), size));
    }
    // A little more than the padding, so neighbouring figures never read as one.
    return widest + 2 * padding + 4;
  });
  const hasText = table.columns.some((c) => c.kind === 'text');
  const totalNeed = needs.reduce((a, b) => a + b, 0);
  const room = hasText ? usable * (1 - TEXT_SHARE) : usable;
  // Figures wider than the page allows all shrink by the same factor; their text is then drawn smaller.
  const scale = totalNeed > room ? room / totalNeed : 1;
  const fixed = new Array<number | null>(table.columns.length).fill(null);
  for (;;) {
    const fixedSum = fixed.reduce<number>((a, b) => a + (b ?? 0), 0);
    const freeWeight = weights.reduce((a, w, i) => a + (fixed[i] === null ? w : 0), 0);
    let changed = false;
    weights.forEach((w, i) => {
      const need = (needs[i] ?? 0) * scale;
      if (fixed[i] === null && freeWeight > 0 && ((usable - fixedSum) * w) / freeWeight < need) {
        fixed[i] = need;
        changed = true;
      }
    });
    if (!changed) {
      return weights.map((w, i) => fixed[i] ?? (freeWeight > 0 ? ((usable - fixedSum) * w) / freeWeight : 0));
    }
  }
}
