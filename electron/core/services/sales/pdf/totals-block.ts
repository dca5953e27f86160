import type { SalesDocument } from '../../../../../shared/contract/sales-documents';
import { EXEMPTION_MENTIONS, type VatCategory } from '../../../../../shared/domain/sales';
import { A4, type Canvas, COLORS, MARGIN } from './pdf-canvas';
import { formatMoney, formatRate, type PdfLanguage } from './pdf-format';
import type { PdfStrings } from './pdf-strings';

// Under the lines: the VAT per category and rate with its bases (left) and the totals down to what is due (right).

const VAT_WIDTH = 250;
const TOTALS_X = 318;
const RIGHT = A4.width - MARGIN;
const ROW = 14.5;

/** The legal mention of an untaxed VAT row, in the document's language when it is one the app wrote. */
export function exemptionMention(category: VatCategory, reason: string | null, lang: PdfLanguage): string | null {
  if (category === 'S') return null;
  const known = EXEMPTION_MENTIONS[category];
  if (!reason || reason === known.fr || reason === known.en) return known[lang];
  return reason;
}

interface TotalRow {
  label: string;
  value: number;
  strong?: boolean;
}

function totalRows(
  doc: SalesDocument,
  s: PdfStrings,
  lang: PdfLanguage,
): { rows: TotalRow[]; final: TotalRow; after: TotalRow[] } {
  const rows: TotalRow[] = [];
  const deductions = doc.lines.filter((l) => l.depositId !== null);
  if (deductions.length) {
    const deducted = deductions.reduce((sum, l) => sum + l.netAmount, 0);
    rows.push({ label: s.totals.lines, value: doc.lineTotal - deducted });
    rows.push({ label: s.totals.depositsDeducted, value: deducted });
  } else if (doc.discountTotal) {
    rows.push({ label: s.totals.linesBeforeDiscount, value: doc.lineTotal });
  }
  if (doc.discountTotal)
    rows.push({ label: s.totals.discount(formatRate(doc.discountBp, lang)), value: -doc.discountTotal });
  rows.push({ label: s.totals.net, value: doc.netTotal, strong: true });
  rows.push({ label: s.totals.vat, value: doc.vatTotal });
  const finalLabel =
    doc.kind === 'credit_note' ? s.totals.creditTotal : deductions.length ? s.totals.netToPay : s.totals.gross;
  // What was paid since is not printed: the invoice reads the same every time it is printed, like its e-invoice.
  const after: TotalRow[] = [];
  return { rows, final: { label: finalLabel, value: doc.grossTotal }, after };
}

export function drawTotals(c: Canvas, doc: SalesDocument, s: PdfStrings, lang: PdfLanguage): void {
  const money = (v: number) => formatMoney(v, lang, doc.currency);
  const { rows, final, after } = totalRows(doc, s, lang);
  const mentions = doc.vat
    .map((v) => exemptionMention(v.category, v.exemptionReason, lang))
    .filter((m, i, all): m is string => !!m && all.indexOf(m) === i);
  const vatHeight = 16 + 16 + doc.vat.length * ROW;
  const totalsHeight = rows.length * ROW + 26 + after.length * ROW;
  c.ensure(Math.max(vatHeight, totalsHeight) + 6);
  const top = c.y;

  // VAT breakdown
  let y = top;
  c.text(s.vatBreakdown, MARGIN, y - 9, { size: 9, bold: true, color: COLORS.accent });
  y -= 16;
  const cols = [MARGIN + 4, MARGIN + 165, MARGIN + VAT_WIDTH - 4];
  c.box(MARGIN, y - 15, VAT_WIDTH, 15, { fill: COLORS.fill });
  c.text(s.vatColumns.rate, cols[0] ?? 0, y - 10.5, { size: 8, bold: true });
  c.text(s.vatColumns.base, cols[1] ?? 0, y - 10.5, { size: 8, bold: true, align: 'right' });
  c.text(s.vatColumns.vat, cols[2] ?? 0, y - 10.5, { size: 8, bold: true, align: 'right' });
  y -= 16;
  for (const v of doc.vat) {
    const label = v.category === 'S' ? formatRate(v.rate, lang) : `${s.categories[v.category]} (${v.category})`;
    c.text(label, cols[0] ?? 0, y - 10, { size: 8.5 });
    c.text(money(v.base), cols[1] ?? 0, y - 10, { size: 8.5, align: 'right' });
    c.text(money(v.vat), cols[2] ?? 0, y - 10, { size: 8.5, align: 'right' });
    y -= ROW;
    c.rule(MARGIN, y, MARGIN + VAT_WIDTH, COLORS.rule, 0.4);
  }
  const vatBottom = y;

  // Totals
  y = top;
  for (const r of rows) {
    c.text(r.label, TOTALS_X + 8, y - 10, { size: 9, bold: r.strong });
    c.text(money(r.value), RIGHT - 8, y - 10, { size: 9, bold: r.strong, align: 'right' });
    y -= ROW;
  }
  y -= 4;
  c.box(TOTALS_X, y - 22, RIGHT - TOTALS_X, 22, { fill: COLORS.accent });
  c.text(final.label, TOTALS_X + 8, y - 15, { size: 10.5, bold: true, color: COLORS.white });
  c.text(money(final.value), RIGHT - 8, y - 15, { size: 10.5, bold: true, color: COLORS.white, align: 'right' });
  y -= 26;
  for (const r of after) {
    c.text(r.label, TOTALS_X + 8, y - 10, { size: 9, bold: r.strong });
    c.text(money(r.value), RIGHT - 8, y - 10, { size: 9, bold: r.strong, align: 'right' });
    y -= ROW;
  }
  c.y = Math.min(vatBottom, y) - 14;
  // Untaxed rows' legal mentions across the page, where the customer (and the tax inspector) sees them.
  for (const m of mentions) c.paragraph(m, MARGIN, A4.width - 2 * MARGIN, { size: 8.5, bold: true }, 11.5);
  if (mentions.length) c.y -= 8;
}
