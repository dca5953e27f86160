import { degrees, type PDFImage } from 'pdf-lib';
import type { Company } from '../../../../../shared/contract/admin';
import { A4, type Canvas, COLORS, CONTENT_WIDTH, MARGIN } from './pdf-canvas';
import type { PdfStrings } from './pdf-strings';

// What every page the company sends carries: its logo and identity on top, its legal identity at the bottom.

const LOGO_MAX = { width: 150, height: 54 };

/** The logo when it is a PNG or JPEG data URL that decodes; an SVG (or a broken image) prints the name instead. */
export async function embedLogo(c: Canvas, logo: string | null): Promise<PDFImage | null> {
  const m = logo ? /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(logo) : null;
  if (!m) return null;
  try {
    const bytes = Buffer.from(m[2] ?? '', 'base64');
    return m[1] === 'png' ? await c.doc.embedPng(bytes) : await c.doc.embedJpg(bytes);
  } catch {
    return null;
  }
}

export function companyAddress(company: Company): string[] {
  return [
    company.addressLine1,
    company.addressLine2 ?? '',
    `${company.postalCode} ${company.city}`,
    company.country === 'FR' ? '' : company.country,
  ].filter((l) => l.trim().length > 0);
}

function spaced(digits: string, groups: number[]): string {
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    out.push(digits.slice(i, i + g));
    i += g;
  }
  return out.filter(Boolean).join(' ');
}

export const formatSiren = (s: string) => (/^\d{9}$/.test(s) ? spaced(s, [3, 3, 3]) : s);
export const formatSiret = (s: string) => (/^\d{14}$/.test(s) ? spaced(s, [3, 3, 3, 5]) : s);

/** Logo (or name) and the seller's identity from the top-left corner; returns the y below the block. */
export function drawSeller(c: Canvas, company: Company, logo: PDFImage | null, s: PdfStrings): number {
  let y = A4.height - MARGIN;
  if (logo) {
    const scale = Math.min(LOGO_MAX.width / logo.width, LOGO_MAX.height / logo.height, 1);
    const w = logo.width * scale;
    const h = logo.height * scale;
    c.page.drawImage(logo, { x: MARGIN, y: y - h, width: w, height: h });
    y -= h + 10;
  }
  c.text(company.legalName, MARGIN, y - 13, { size: logo ? 11 : 15, bold: true, color: COLORS.accent });
  y -= logo ? 17 : 21;
  const lines = [
    company.legalForm,
    ...companyAddress(company),
    `${s.siren} ${formatSiren(company.siren)}`,
    company.vatNumber ? `${s.vatNumber} ${company.vatNumber}` : '',
    [company.phone ? `${s.phone} ${company.phone}` : '', company.email ?? ''].filter(Boolean).join(' · '),
  ].filter(Boolean);
  for (const line of lines) {
    c.text(line, MARGIN, y - 8.5, { size: 8.5, color: COLORS.muted });
    y -= 11.5;
  }
  return y;
}

/** The large faint mark across a draft; drawn first, so the content stays on top and no transparency is needed. */
export function drawWatermark(c: Canvas, word: string): void {
  const size = 92;
  const w = c.bold.widthOfTextAtSize(word, size);
  const angle = (Math.PI / 180) * 45;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const half = size * 0.36;
  const x = A4.width / 2 - (w / 2) * cos + half * sin;
  const y = A4.height / 2 - (w / 2) * sin - half * cos;
  c.page.drawText(word, { x, y, size, font: c.bold, color: COLORS.watermark, rotate: degrees(45) });
}

/** The legal footer and "Page i/n" on every page, once the number of pages is known. */
export function drawFooters(c: Canvas, company: Company, s: PdfStrings): void {
  const identity = [
    company.legalName,
    company.legalForm,
    `${s.siren} ${formatSiren(company.siren)}`,
    `${s.siret} ${formatSiret(company.siret)}`,
    company.vatNumber ? `${s.vatNumber} ${company.vatNumber}` : '',
  ].filter(Boolean);
  const text = `${identity.join(' · ')}\n${companyAddress(company).join(', ')}`;
  const n = c.pages.length;
  c.pages.forEach((page, i) => {
    c.page = page;
    c.rule(MARGIN, 52, MARGIN + CONTENT_WIDTH);
    const lines = c.wrap(text, CONTENT_WIDTH - 70, { size: 7 });
    lines.slice(0, 3).forEach((line, k) => {
      c.text(line, MARGIN, 42 - k * 9, { size: 7, color: COLORS.muted });
    });
    c.text(s.page(i + 1, n), MARGIN + CONTENT_WIDTH, 42, { size: 7.5, color: COLORS.muted, align: 'right' });
  });
}
