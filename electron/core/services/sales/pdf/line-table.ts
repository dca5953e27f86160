import type { DocumentLine, SalesDocument } from '../../../../../shared/contract/sales-documents';
import { formatCents } from '../../../../../shared/domain/money';
import { formatQuantity } from '../../../../../shared/domain/sales';
import { type Canvas, COLORS, CONTENT_WIDTH, MARGIN } from './pdf-canvas';
import { formatRate, type PdfLanguage } from './pdf-format';
import type { PdfStrings } from './pdf-strings';

// The lines, one row each, the label and its description wrapped; a page break repeats the column headings.

interface Column {
  key: 'reference' | 'label' | 'quantity' | 'unit' | 'unitPrice' | 'discount' | 'vatRate' | 'amount';
  width: number;
  align: 'left' | 'right';
  value: (l: DocumentLine) => string;
}

const PAD = 3.5;
const HEADER_HEIGHT = 18;
const LABEL = { size: 9 };
const DESCRIPTION = { size: 8, color: COLORS.muted };

function columns(doc: SalesDocument, lang: PdfLanguage): Column[] {
  const money = (c: number) => formatCents(c, lang);
  const cols: (Column | false)[] = [
    doc.lines.some((l) => l.reference) && {
      key: 'reference',
      width: doc.kind === 'delivery' ? 80 : 56,
      align: 'left',
      value: (l) => l.reference ?? '',
    },
    { key: 'label', width: 0, align: 'left', value: (l) => l.label },
    {
      key: 'quantity',
      width: doc.kind === 'delivery' ? 60 : 42,
      align: 'right',
      value: (l) => formatQuantity(l.quantity, lang),
    },
    { key: 'unit', width: doc.kind === 'delivery' ? 60 : 36, align: 'left', value: (l) => l.unit },
  ];
  // A delivery note shows what leaves the warehouse, never what it costs.
  if (doc.kind !== 'delivery') {
    cols.push(
      { key: 'unitPrice', width: 62, align: 'right', value: (l) => money(l.unitPrice) },
      doc.lines.some((l) => l.discountBp > 0) && {
        key: 'discount',
        width: 42,
        align: 'right',
        value: (l) => (l.discountBp ? formatRate(l.discountBp, lang) : ''),
      },
      {
        key: 'vatRate',
        width: 40,
        align: 'right',
        value: (l) => (l.vatCategory === 'S' ? formatRate(l.vatRate, lang) : l.vatCategory),
      },
      { key: 'amount', width: 66, align: 'right', value: (l) => money(l.netAmount) },
    );
  }
  const kept = cols.filter((c): c is Column => !!c);
  const label = kept.find((c) => c.key === 'label');
  if (label) label.width = CONTENT_WIDTH - kept.reduce((s, c) => s + c.width, 0);
  return kept;
}

function cellX(cols: Column[], i: number): number {
  return MARGIN + cols.slice(0, i).reduce((s, c) => s + c.width, 0);
}

function drawHeader(c: Canvas, cols: Column[], s: PdfStrings): void {
  c.box(MARGIN, c.y - HEADER_HEIGHT, CONTENT_WIDTH, HEADER_HEIGHT, { fill: COLORS.accent });
  cols.forEach((col, i) => {
    const x = col.align === 'right' ? cellX(cols, i) + col.width - PAD : cellX(cols, i) + PAD;
    c.text(s.columns[col.key], x, c.y - 12, { size: 8, bold: true, color: COLORS.white, align: col.align });
  });
  c.y -= HEADER_HEIGHT;
}

/**
 * Draws the table from the cursor. `setRepeat` receives the function that redraws the headings, for the page
 * breaks the table causes, and null once the table is done.
 */
export function drawLineTable(
  c: Canvas,
  doc: SalesDocument,
  s: PdfStrings,
  lang: PdfLanguage,
  setRepeat: (f: (() => void) | null) => void,
): void {
  const cols = columns(doc, lang);
  const labelIndex = cols.findIndex((col) => col.key === 'label');
  const labelWidth = (cols[labelIndex]?.width ?? 100) - 2 * PAD;
  c.ensure(HEADER_HEIGHT + 30);
  drawHeader(c, cols, s);
  setRepeat(() => drawHeader(c, cols, s));

  doc.lines.forEach((line, n) => {
    const text = [
      ...c.wrap(line.label, labelWidth, LABEL).map((t) => ({ t, style: LABEL, lead: 11.5 })),
      ...(line.description ? c.wrap(line.description, labelWidth, DESCRIPTION) : []).map((t) => ({
        t,
        style: DESCRIPTION,
        lead: 10.5,
      })),
    ];
    const height = text.reduce((h, l) => h + l.lead, 0) + 2 * PAD + 1;
    // A row that fits on a page is never split; a longer one (a very long description) flows over.
    c.ensure(Math.min(height, 200));
    if (n % 2 === 1) {
      c.box(MARGIN, c.y - Math.min(height, c.y - 66), CONTENT_WIDTH, Math.min(height, c.y - 66), {
        fill: COLORS.fill,
      });
    }
    const top = c.y - PAD;
    cols.forEach((col, i) => {
      if (i === labelIndex) return;
      const x = col.align === 'right' ? cellX(cols, i) + col.width - PAD : cellX(cols, i) + PAD;
      const v = c.wrap(col.value(line), col.width - 2 * PAD, LABEL)[0] ?? '';
      c.text(v, x, top - 9, { ...LABEL, align: col.align });
    });
    c.y = top;
    const x = cellX(cols, labelIndex) + PAD;
    for (const l of text) {
      c.ensure(l.lead + PAD);
      c.text(l.t, x, c.y - l.style.size, l.style);
      c.y -= l.lead;
    }
    c.y -= PAD + 1;
    c.rule(MARGIN, c.y, MARGIN + CONTENT_WIDTH, COLORS.rule, 0.4);
  });
  setRepeat(null);
}
