import { describe, expect, it } from 'vitest';
import { renderDunningLetter } from './dunning-letter';
import { company, makeDocument } from './pdf-fixtures';
import { hasPoppler, pdfFonts, pdfText } from './pdf-test-helpers';

const invoice = makeDocument('invoice');
const letter = async (level: 1 | 2 | 3, lang: 'fr' | 'en' = 'fr') =>
  pdfText(await renderDunningLetter(company, invoice, { level, date: '2026-05-20', openAmount: 50000 }, lang));

describe.skipIf(!hasPoppler)('dunning letters', () => {
  it('level 1 is a friendly reminder naming the invoice, its dates and what is still due', async () => {
    const text = await letter(1);
    for (const m of [
      'Atelier Lumière',
      'Boulangerie Martin & Fils',
      '4 place Bellecour',
      'Lyon, le 20/05/2026',
      'Objet : rappel — facture FA-2026-00042',
      'Madame, Monsieur,',
      'arrivée à échéance le 11/04/2026',
      'FA-2026-00042',
      '12/03/2026',
      '853,94 €',
      '500,00 €',
      'SIREN 732 829 320',
      'Page 1/1',
    ]) {
      expect(text).toContain(m);
    }
    expect(text).not.toContain('mise en demeure');
    expect(text).not.toContain('RECOMMANDÉE');
  });

  it('level 2 is firm and recalls the late-payment terms', async () => {
    const text = await letter(2);
    expect(text).toContain('Objet : relance — facture FA-2026-00042 impayée');
    expect(text).toContain('sous huit jours');
    expect(text.replace(/\s+/g, ' ')).toContain('pénalités au taux annuel de 12 %');
    expect(text).not.toContain('mise en demeure');
  });

  it('level 3 is a formal notice citing the penalty rate and the 40 € recovery fee', async () => {
    const bytes = await renderDunningLetter(
      company,
      invoice,
      { level: 3, date: '2026-05-20', openAmount: 50000 },
      'fr',
    );
    const text = pdfText(bytes);
    const flat = text.replace(/\s+/g, ' ');
    expect(text).toContain('LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION');
    expect(text).toContain('Objet : mise en demeure de payer — facture FA-2026-00042');
    expect(flat).toContain('nous vous mettons en demeure de nous régler la somme de 500,00 €');
    expect(flat).toContain('pénalités de retard au taux annuel de 12 %');
    expect(flat).toContain('indemnité forfaitaire pour frais de recouvrement de 40 €');
    expect(flat).toContain('L441-10');
    expect(pdfFonts(bytes)).toMatch(/LiberationSans.*yes/);
  });

  it('writes in English', async () => {
    const text = (await letter(3, 'en')).replace(/\s+/g, ' ');
    expect(text).toContain('REGISTERED LETTER WITH ACKNOWLEDGEMENT OF RECEIPT');
    expect(text).toContain('Formal notice to pay — invoice FA-2026-00042');
    expect(text).toContain('Lyon, 20 May 2026');
    expect(text).toContain('annual rate of 12%');
    expect(text).toContain('recovery costs of €40');
    expect(text).toContain('€500.00');
    expect((await letter(1, 'en')).replace(/\s+/g, ' ')).toContain('Reminder — invoice FA-2026-00042');
  });
});
