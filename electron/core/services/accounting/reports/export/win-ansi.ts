import type { PDFFont } from 'pdf-lib';

// The standard PDF fonts only know the WinAnsi code page. Characters outside it would make pdf-lib throw, so
// each is replaced by the nearest character the font has, or by a question mark as a last resort.
const NEAREST: Record<string, string> = {
  '\u202f': ' ', // narrow no-break space, the French thousands separator
  '\u2009': ' ',
  '\u2007': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u200b': '',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u201b': "'",
  '\u201f': '"',
  '\u2044': '/',
  '\u2215': '/',
  // Letters with a stroke have no decomposed form to fall back on.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
};

/** Returns a function that rewrites text into characters the font can draw. */
export function winAnsiSanitizer(font: PDFFont): (text: string) => string {
  const known = new Set(font.getCharacterSet());
  const cache = new Map<string, string>();
  const convert = (ch: string): string => {
    const near = NEAREST[ch];
    if (near !== undefined) return near;
    if (ch < ' ') return '';
    // Letters with accents WinAnsi lacks (ă, ł, ő…) keep their base letter.
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base && [...base].every((c) => known.has(c.codePointAt(0) ?? -1))) return base;
    return '?';
  };
  return (text) => {
    let out = '';
    for (const ch of text) {
      if (known.has(ch.codePointAt(0) ?? -1) && ch >= ' ') {
        out += ch;
        continue;
      }
      let replaced = cache.get(ch);
      if (replaced === undefined) {
        replaced = convert(ch);
        cache.set(ch, replaced);
      }
      out += replaced;
    }
    return out;
  };
}
