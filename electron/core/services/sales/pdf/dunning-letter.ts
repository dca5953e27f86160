import type { Company } from '../../../../../shared/contract/admin';
import type { SalesDocument } from '../../../../../shared/contract/sales-documents';
import { LATE_PENALTY_RATE_BP, RECOVERY_FEE_CENTS } from '../../../../../shared/domain/sales';
import { drawFooters, drawSeller, embedLogo } from './letterhead';
import { A4, Canvas, COLORS, CONTENT_WIDTH, MARGIN } from './pdf-canvas';
import { formatDate, formatMoney, formatRate, type PdfLanguage, textLines } from './pdf-format';
import { PDF_STRINGS } from './pdf-strings';

export interface DunningLetterInput {
  /** 1 friendly reminder, 2 firm reminder, 3 formal notice ("mise en demeure"). */
  level: 1 | 2 | 3;
  date: string;
  /** What the customer still owes on the invoice on the letter's date, cents. */
  openAmount: number;
}

const RECIPIENT_X = 318;

function drawInvoiceTable(c: Canvas, doc: SalesDocument, dunning: DunningLetterInput, lang: PdfLanguage): void {
  const t = PDF_STRINGS[lang].dunning.table;
  const d = (iso: string | null) => (iso ? formatDate(iso, lang) : '—');
  const money = (v: number) => formatMoney(v, lang, doc.currency);
  const cols: { x: number; align: 'left' | 'right'; head: string; value: string; bold?: boolean }[] = [
    { x: MARGIN + 6, align: 'left', head: t.invoice, value: doc.number ?? '' },
    { x: MARGIN + 150, align: 'left', head: t.date, value: d(doc.date) },
    { x: MARGIN + 240, align: 'left', head: t.dueDate, value: d(doc.dueDate) },
    { x: MARGIN + 420, align: 'right', head: t.total, value: money(doc.grossTotal) },
    { x: MARGIN + CONTENT_WIDTH - 6, align: 'right', head: t.open, value: money(dunning.openAmount), bold: true },
  ];
  c.ensure(44);
  c.box(MARGIN, c.y - 17, CONTENT_WIDTH, 17, { fill: COLORS.accent });
  for (const col of cols)
    c.text(col.head, col.x, c.y - 11.5, { size: 8.5, bold: true, color: COLORS.white, align: col.align });
  c.y -= 17;
  for (const col of cols) c.text(col.value, col.x, c.y - 13, { size: 9.5, align: col.align, bold: col.bold });
  c.y -= 20;
  c.rule(MARGIN, c.y, MARGIN + CONTENT_WIDTH);
  c.y -= 18;
}

/**
 * A reminder on the company's letterhead for one unpaid invoice: level 1 a friendly reminder, level 2 a firm one
 * recalling the late-payment terms, level 3 the formal notice to pay ("mise en demeure") that precedes legal
 * recovery and states the penalty rate and the fixed 40 € recovery fee.
 */
export async function renderDunningLetter(
  company: Company,
  doc: SalesDocument,
  dunning: DunningLetterInput,
  language: PdfLanguage,
): Promise<Uint8Array> {
  const s = PDF_STRINGS[language];
  const l = s.dunning;
  const c = await Canvas.create();
  const logo = await embedLogo(c, company.logo);
  c.onNewPage = () => {
    if (c.pages.length > 1) c.y = A4.height - MARGIN - 10;
  };
  c.addPage();
  const sellerBottom = drawSeller(c, company, logo, s);
  const right = MARGIN + CONTENT_WIDTH;
  let y = A4.height - MARGIN;
  if (dunning.level === 3) {
    for (const line of c.wrap(l.registered.toUpperCase(), right - RECIPIENT_X, { size: 8.5, bold: true })) {
      c.text(line, RECIPIENT_X, y - 8.5, { size: 8.5, bold: true, color: COLORS.accent });
      y -= 11;
    }
  }
  y = Math.min(y - 10, A4.height - 150);
  c.text(doc.buyerName, RECIPIENT_X, y - 10.5, { size: 10.5, bold: true });
  y -= 14;
  for (const line of textLines(doc.billingAddress)) {
    c.text(line, RECIPIENT_X, y - 10, { size: 10 });
    y -= 13;
  }
  c.y = Math.min(y, sellerBottom) - 28;
  c.text(l.placeDate(company.city, formatDate(dunning.date, language)), right, c.y - 10, { size: 10, align: 'right' });
  c.y -= 36;

  const number = doc.number ?? s.draft;
  c.paragraph(l.subject[dunning.level](number), MARGIN, CONTENT_WIDTH, { size: 10.5, bold: true });
  c.y -= 14;
  c.paragraph(l.salutation, MARGIN, CONTENT_WIDTH, { size: 10 });
  c.y -= 6;
  const due = formatDate(doc.dueDate ?? doc.date, language);
  const rate = formatRate(LATE_PENALTY_RATE_BP, language);
  const fee = formatMoney(RECOVERY_FEE_CENTS, language, 'EUR', true);
  const amount = formatMoney(dunning.openAmount, language, doc.currency);
  const body =
    dunning.level === 1
      ? l.body[1](due)
      : dunning.level === 2
        ? l.body[2](due, rate, fee)
        : l.body[3](due, amount, rate, fee);
  const [first, ...rest] = body;
  c.paragraph(first ?? '', MARGIN, CONTENT_WIDTH, { size: 10 }, 14);
  c.y -= 12;
  drawInvoiceTable(c, doc, dunning, language);
  for (const p of rest) {
    c.paragraph(p, MARGIN, CONTENT_WIDTH, { size: 10 }, 14);
    c.y -= 8;
  }
  c.y -= 6;
  c.paragraph(l.closing, MARGIN, CONTENT_WIDTH, { size: 10 }, 14);
  c.y -= 28;
  c.ensure(40);
  c.text(company.legalName, right, c.y - 10, { size: 10, bold: true, align: 'right' });
  c.text(l.accounts, right, c.y - 24, { size: 9.5, color: COLORS.muted, align: 'right' });
  drawFooters(c, company, s);
  return c.save({
    title: l.subject[dunning.level](number),
    author: company.legalName,
    subject: l.subject[dunning.level](number),
    language: language === 'fr' ? 'fr-FR' : 'en-GB',
    date: new Date(`${dunning.date}T12:00:00Z`),
  });
}
