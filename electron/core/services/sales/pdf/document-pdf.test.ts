import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderDocumentPdf } from './document-pdf';
import { company, longInvoice, makeDocument } from './pdf-fixtures';
import { grayPixels, hasPoppler, pdfFonts, pdfImages, pdfText, pngDataUrl } from './pdf-test-helpers';

if (!hasPoppler) console.warn('pdftotext not found (Debian package poppler-utils): the PDF text checks are skipped.');

const INVOICE_MENTIONS = [
  'Atelier Lumière',
  'SARL',
  'SIREN 732 829 320',
  'N° TVA FR44732829320',
  'Boulangerie Martin & Fils',
  'SIREN 552 100 554',
  'N° TVA FR27552100554',
  'Date de facture',
  'Échéance',
  '11/04/2026',
  'Lampe de bureau en laiton',
  'Finition laiton brossé',
  'Détail de la TVA',
  'Base HT',
  "Catégorie de l'opération : Mixte",
  'Conditions de paiement : 30 jours date de facture, soit au plus tard le 11/04/2026.',
  "Pas d'escompte pour paiement anticipé.",
  'pénalités de retard au taux annuel de 12 %',
  'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €.',
  'SIRET 732 829 320 00074',
  'Page 1/1',
];

describe.skipIf(!hasPoppler)('sales document PDFs', () => {
  it('prints an invoice with every mandatory mention, its VAT per rate and its totals', async () => {
    const doc = makeDocument('invoice', {
      discountBp: 500,
      saleDate: '2026-03-10',
      deliveryAddress: 'Chantier Martin\n18 quai Saint-Antoine\n69002 Lyon',
      vatOnDebits: true,
    });
    const text = pdfText(await renderDocumentPdf(company, doc, 'fr'));
    for (const m of INVOICE_MENTIONS) expect(text).toContain(m);
    expect(text).toContain('FACTURE');
    expect(text).toContain('N° FA-2026-00042');
    expect(text).toContain('Date de la vente / prestation');
    expect(text).toContain('10/03/2026');
    expect(text).toContain('ADRESSE DE LIVRAISON');
    expect(text).toContain('18 quai Saint-Antoine');
    expect(text).toContain("Option pour le paiement de la TVA d'après les débits.");
    expect(text).toMatch(/20 %\s+538,65 €\s+107,73 €/);
    expect(text).toMatch(/5,5 %\s+11,40 €\s+0,63 €/);
    expect(text).toMatch(/Total HT avant remise\s+725,25 €/);
    expect(text).toMatch(/Remise globale 5 %\s+-36,26 €/);
    expect(text).toMatch(/Total HT\s+688,99 €/);
    expect(text).toMatch(/Total TTC\s+811,24 €/);
    expect(text).not.toContain('BROUILLON');
    expect(text).not.toContain('3 fois le taux');
  });

  it('embeds its fonts, subset', async () => {
    const bytes = await renderDocumentPdf(company, makeDocument('invoice'), 'fr');
    const fonts = pdfFonts(bytes)
      .split('\n')
      .filter((l) => l.includes('LiberationSans'));
    expect(fonts).toHaveLength(2);
    for (const f of fonts) expect(f).toMatch(/CID TrueType\s+Identity-H\s+yes/);
    expect(bytes.length).toBeLessThan(80_000);
  });

  it('prints a draft quote without number, with its validity and the "Bon pour accord" box', async () => {
    const draft = await renderDocumentPdf(company, makeDocument('quote', { status: 'draft' }), 'fr');
    const text = pdfText(draft);
    expect(text).toContain('DEVIS');
    expect(text).toContain('Brouillon');
    // The faint diagonal mark is not text a reader extracts: count its light grey on the rendered page instead.
    const validated = await renderDocumentPdf(company, makeDocument('quote'), 'fr');
    expect(grayPixels(draft, 222, 236)).toBeGreaterThan(grayPixels(validated, 222, 236) + 500);
    expect(text).not.toContain('N° DE-');
    expect(text).toContain("Valable jusqu'au");
    expect(text).toContain("Devis valable jusqu'au 12/04/2026.");
    expect(text).toContain('Bon pour accord');
    expect(text).toMatch(/Total TTC\s+853,94 €/);
    expect(text).not.toContain('Indemnité forfaitaire');
  });

  it('prints an order confirmation with its payment terms', async () => {
    const text = pdfText(await renderDocumentPdf(company, makeDocument('order'), 'fr'));
    expect(text).toContain('CONFIRMATION DE COMMANDE');
    expect(text).toContain('N° CO-2026-00042');
    expect(text).toContain('Conditions de paiement : 30 jours date de facture.');
  });

  it('prints a delivery note with quantities, units and the delivery address, but no price', async () => {
    const doc = makeDocument('delivery', { deliveryAddress: 'Entrepôt Nord\n3 rue du Port\n69007 Lyon' });
    const text = pdfText(await renderDocumentPdf(company, doc, 'fr'));
    expect(text).toContain('BON DE LIVRAISON');
    expect(text).toContain('Date de livraison');
    expect(text).toContain('ADRESSE DE LIVRAISON');
    expect(text).toContain('Entrepôt Nord');
    expect(text).toMatch(/Pose et raccordement\s+2,5\s+h/);
    expect(text).toContain('Réception de la marchandise');
    for (const price of ['€', '189,00', '65,00', 'P.U. HT', 'Montant HT', 'Total', 'Détail de la TVA']) {
      expect(text).not.toContain(price);
    }
  });

  it('prints the billing address as the delivery address of a delivery note that names none', async () => {
    const text = pdfText(await renderDocumentPdf(company, makeDocument('delivery'), 'fr'));
    expect(text).toContain('ADRESSE DE LIVRAISON');
    expect(text.match(/4 place Bellecour/g)).toHaveLength(2);
  });

  it('prints a deposit invoice and a final invoice that deducts it', async () => {
    const deposit = makeDocument('deposit', {}, [
      { label: 'Acompte de 30 % sur la commande CO-2026-00003', quantity: 1000, unitPrice: 30000 },
    ]);
    const depositText = pdfText(await renderDocumentPdf(company, deposit, 'fr'));
    expect(depositText).toContain("FACTURE D'ACOMPTE");
    for (const m of INVOICE_MENTIONS.slice(-6)) expect(depositText).toContain(m);

    const final = makeDocument('invoice', {}, [
      { label: 'Rénovation de la vitrine', quantity: 1000, unitPrice: 100000 },
      {
        label: 'Acompte versé — facture FA-2026-00040 du 2026-02-01',
        quantity: -1000,
        unitPrice: 30000,
        depositId: 40,
      },
    ]);
    const text = pdfText(await renderDocumentPdf(company, final, 'fr'));
    expect(text).toMatch(/Total HT des lignes\s+1 000,00 €/);
    expect(text).toMatch(/Acomptes déduits HT\s+-300,00 €/);
    expect(text).toMatch(/Net à payer TTC\s+840,00 €/);
  });

  it('prints a credit note naming the invoice it corrects', async () => {
    const doc = makeDocument('credit_note', {
      credited: {
        id: 9,
        kind: 'invoice',
        number: 'FA-2026-00007',
        status: 'validated',
        date: '2026-03-01',
        grossTotal: 1,
      },
    });
    const text = pdfText(await renderDocumentPdf(company, doc, 'fr'));
    expect(text).toContain('AVOIR');
    expect(text).toContain('N° AV-2026-00042');
    expect(text).toContain('Avoir sur facture FA-2026-00007');
    expect(text).toContain("Montant TTC de l'avoir");
    for (const m of INVOICE_MENTIONS) expect(text).toContain(m);
  });

  it('prints the exemption mentions of untaxed lines, in the document language', async () => {
    const specs = [{ label: 'Machine', quantity: 1000, unitPrice: 500000, vatCategory: 'K' as const, vatRate: 0 }];
    const doc = makeDocument('invoice', { vatRegime: 'intra_eu', operationType: 'goods' }, specs);
    const fr = pdfText(await renderDocumentPdf(company, doc, 'fr'));
    expect(fr).toContain('Exonération de TVA, art. 262 ter I du CGI (livraison intracommunautaire)');
    expect(fr).toContain("Catégorie de l'opération : Livraison de biens.");
    expect(fr).toMatch(/Livraison intracom\. \(K\)\s+5 000,00 €\s+0,00 €/);
    const en = pdfText(await renderDocumentPdf(company, doc, 'en'));
    expect(en).toContain('VAT exempt, art. 262 ter I of the French CGI (intra-community supply)');
  });

  it('prints an invoice the same once payments came in: what was paid since is not on it', async () => {
    const doc = makeDocument('invoice', {
      openAmount: 11240,
      allocations: [
        {
          paymentId: 1,
          creditNoteId: null,
          creditNoteNumber: null,
          date: '2026-03-20',
          method: 'transfer',
          amount: 70000,
        },
      ],
    });
    const text = pdfText(await renderDocumentPdf(company, doc, 'fr'));
    expect(text).not.toContain('Déjà réglé');
    expect(text).toBe(
      pdfText(await renderDocumentPdf(company, { ...doc, allocations: [], openAmount: doc.grossTotal }, 'fr')),
    );
  });

  it('spreads 80 lines over several pages, with the headings repeated and the pages numbered', async () => {
    const bytes = await renderDocumentPdf(company, longInvoice(80), 'fr');
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = pdfText(bytes);
    for (let i = 1; i <= 80; i++) expect(text).toContain(`Article numéro ${i}\n`.replace('\n', ''));
    expect(text).toContain(`Page 1/${pages}`);
    expect(text).toContain(`Page 2/${pages}`);
    const second = pdfText(bytes, 2);
    expect(second).toContain('Facture FA-2026-00042 (suite)');
    expect(second).toContain('Désignation');
    expect(second).toContain('SIREN 732 829 320');
    expect(pdfText(bytes, pages)).toContain('Total TTC');
  });

  it('prints in English', async () => {
    const text = pdfText(await renderDocumentPdf(company, makeDocument('invoice', { language: 'en' }), 'en'));
    for (const m of [
      'INVOICE',
      'No. FA-2026-00042',
      'Invoice date',
      '11 Apr 2026',
      'Net amount',
      'VAT breakdown',
      'Operation category: mixed',
      'No discount for early payment.',
      'penalties at an annual rate of 12%',
      'Fixed compensation for recovery costs in case of late payment: €40.',
      'Page 1/1',
    ]) {
      expect(text).toContain(m);
    }
    expect(text).toMatch(/Total incl\. VAT\s+€853\.94/);
    expect(text).not.toContain('Facture');
  });

  it('draws a PNG logo, and the company name when the logo is an SVG', async () => {
    const withPng = await renderDocumentPdf(company, makeDocument('invoice'), 'fr').then(() =>
      renderDocumentPdf({ ...company, logo: pngDataUrl(120, 40, [20, 70, 120]) }, makeDocument('invoice'), 'fr'),
    );
    expect(pdfImages(withPng).trim().split('\n').length).toBe(3);
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`;
    const withSvg = await renderDocumentPdf({ ...company, logo: svg }, makeDocument('invoice'), 'fr');
    expect(pdfImages(withSvg).trim().split('\n').length).toBe(2);
    expect(pdfText(withSvg)).toContain('Atelier Lumière');
  });
});
