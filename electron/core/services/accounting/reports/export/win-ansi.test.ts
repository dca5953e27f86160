import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { formatCents } from '../../../../../../shared/domain/money';
import { winAnsiSanitizer } from './win-ansi';

async function sanitizer() {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  return { clean: winAnsiSanitizer(font), font };
}

describe('text for the standard PDF fonts', () => {
  test('French text the code page has is kept as it is', async () => {
    const { clean } = await sanitizer();
    const text = 'Reçu à l’œuvre — « Ça » “oui” ‘non’ … 12 € ÉÈÊËÀÂÎÏÔÙÛÜŸÇŒÆ';
    expect(clean(text)).toBe(text);
  });

  test('the narrow no-break space of French amounts becomes a space', async () => {
    const { clean } = await sanitizer();
    expect(clean(formatCents(123_456_789, 'fr'))).toBe('1 234 567,89');
  });

  test('other characters fall back to their base letter, a close sign, or a question mark', async () => {
    const { clean, font } = await sanitizer();
    expect(clean('Łódź ăőř')).toBe('Lódz aor');
    expect(clean('a\u2212b\u2011c')).toBe('a-b-c');
    expect(clean('ligne\nsuivante\tici')).toBe('ligne suivante ici');
    expect(clean('中 ✓ 😀')).toBe('? ? ?');
    expect(clean('\u0007bip')).toBe('bip');
    // Whatever comes out, the font can draw it.
    expect(() => font.encodeText(clean('Zoë → Łódź ✓ 中文 \u202f\u2009'))).not.toThrow();
  });
});
