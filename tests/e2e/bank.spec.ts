import { apiSignIn, call, expect, field, openApp, screenshotPath, test } from './fixtures';
import { pressEnd, recordPages, sortBy, wheelToRow } from './lists';

const CSV = 'electron/core/services/accounting/bank/testdata/releve-credit-agricole.csv';

test.beforeAll(async ({ playwright }) => {
  // The customer invoice the bank receipt settles, posted as the sales department would.
  const request = await playwright.request.newContext();
  const session = await apiSignIn(request);
  await call(
    request,
    'accounting.entry.post',
    {
      journalCode: 'VT',
      date: '2026-02-20',
      label: 'Facture FA-2026-0007 Maison Perrin',
      reference: 'FA-2026-0007',
      lines: [
        { accountNumber: '411', debit: 144000 },
        { accountNumber: '706', credit: 120000 },
        { accountNumber: '445711', credit: 24000 },
      ],
    },
    session,
  );
  await request.dispose();
});

test('a clerk opens a bank account, imports a CSV statement with its columns, and matches a receipt', async ({
  page,
}) => {
  await openApp(page, '/accounting/bank');
  await expect(page.getByRole('heading', { name: 'Banque' })).toBeVisible();

  await page.getByRole('button', { name: 'Nouveau compte bancaire' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau compte bancaire' });
  await field(dialog, 'Nom').fill('Crédit Agricole');
  await field(dialog, 'IBAN').fill('FR76 3000 3012 3400 0500 0123 456');
  await field(dialog, 'BIC').click();
  await expect(dialog.getByText('IBAN invalide (clé de contrôle ou longueur).')).toBeVisible();
  await field(dialog, 'IBAN').fill('fr9330003012340005000123456');
  await field(dialog, 'BIC').fill('AGRIFRPP');
  await expect(field(dialog, 'IBAN')).toHaveValue('FR93 3000 3012 3400 0500 0123 456');
  await dialog.getByRole('button', { name: 'Créer' }).click();
  await expect(page.getByText('Compte bancaire « Crédit Agricole » créé (compte 5121, journal BQ).')).toBeVisible();

  await page.getByRole('button', { name: 'Importer un relevé' }).click();
  const upload = page.getByRole('dialog', { name: 'Importer un relevé bancaire' });
  await upload.locator('input[type="file"]').setInputFiles(CSV);
  await expect(upload.getByText('Format reconnu : CSV')).toBeVisible();
  await upload.getByRole('textbox', { name: 'Lignes à sauter avant l’en-tête' }).fill('2');
  await upload.getByText('Débit et crédit', { exact: true }).click();
  const choose = async (label: string, option: string) => {
    await upload.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option }).click();
  };
  await choose('Colonne débit', 'Colonne 4 · Débit euros');
  await choose('Colonne crédit', 'Colonne 5 · Crédit euros');
  await choose('Colonne référence', 'Colonne 3 · Référence');
  await expect(upload.getByText('Opérations lues (6)')).toBeVisible();
  await expect(
    upload.getByRole('table', { name: 'Opérations lues (6)' }).getByRole('cell', { name: '-1 200,00' }),
  ).toBeVisible();
  await page.screenshot({ path: screenshotPath('bank-import-mapping'), fullPage: true });
  await upload.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByText('6 opérations ajoutées, 0 déjà connues.')).toBeVisible();

  const lines = page.getByRole('table', { name: 'Opérations' });
  await expect(lines.getByTestId('bank-line')).toHaveCount(6);
  await lines.getByRole('button', { name: /Traiter VIR SEPA RECU DE MAISON PERRIN/ }).click();
  const match = page.getByRole('button', { name: 'Lettrer avec FA-2026-0007' });
  await expect(match).toBeVisible();
  await page.screenshot({ path: screenshotPath('bank-suggestions'), fullPage: true });
  await match.click();
  await expect(page.getByText('Opération rapprochée et pièce lettrée.')).toBeVisible();
  await expect(lines.getByTestId('bank-line')).toHaveCount(5);
  await expect(page.getByLabel('Solde comptable')).toHaveText('1\u202f440,00');

  await page.getByText('Rapprochées', { exact: true }).click();
  await expect(lines.getByTestId('bank-line')).toHaveCount(1);
  await expect(lines.getByText('Rapprochée', { exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath('bank-matched'), fullPage: true });
});

test('a bank account’s lines scroll past the first page, sort by amount, and a deep line is treated', async ({
  page,
}) => {
  // More lines than the list fetches at once, one a day from 1 January, 1.00 € more each day, on an account
  // of their own.
  const COUNT = 130;
  const session = await apiSignIn(page.request);
  const name = `Défilement ${Date.now() % 100000}`;
  const account = await call<{ id: number }>(
    page.request,
    'accounting.bankaccount.create',
    { name, iban: 'FR7630004000031234567890143' },
    session,
  );
  const csv = ['Date;Libellé;Montant;Référence'];
  for (let i = 1; i <= COUNT; i++) {
    const date = new Date(Date.UTC(2026, 0, i)).toISOString().slice(0, 10).split('-').reverse().join('/');
    csv.push(`${date};VIR DEFIL ${String(i).padStart(3, '0')};${i},00;REF-${i}`);
  }
  await call(
    page.request,
    'accounting.statement.import',
    {
      bankAccountId: account.id,
      fileName: 'defilement.csv',
      contentBase64: Buffer.from(csv.join('\n')).toString('base64'),
      mapping: { dateColumn: 0, labelColumn: 1, amountColumn: 2, referenceColumn: 3 },
    },
    session,
  );

  const pagesAsked = recordPages(page, 'accounting.bankline.list');
  await openApp(page, '/accounting/bank');
  await page.getByRole('combobox', { name: 'Compte bancaire' }).click();
  await page.getByRole('option', { name: new RegExp(name) }).click();
  await expect(page.getByTestId('bank-lines-range')).toContainText('sur 130');
  const rows = page.getByTestId('bank-line');
  await expect(rows.first()).toContainText('VIR DEFIL 130');
  await page.screenshot({ path: screenshotPath('bank-lines-virtual') });

  // The wheel brings the lines past the first hundred, fetched as they come into view.
  const last = await wheelToRow(page, 'bank-lines', 131);
  await expect(last).toContainText('01/01/2026');
  await expect(last).toContainText('VIR DEFIL 001');
  expect(pagesAsked).toContain(1);

  // By amount, largest first; End goes down to the smallest and Enter opens it below the list.
  await sortBy(page, 'Montant', 'descending');
  await expect(rows.first()).toContainText('130,00');
  await pressEnd(page, 'Opérations', last);
  await expect(last).toContainText('VIR DEFIL 001');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('bank-line-panel');
  await expect(panel).toContainText('VIR DEFIL 001');
  await expect(panel.getByText('Aucune pièce ouverte de ce montant.')).toBeVisible();
  await expect(last.getByRole('button', { name: 'Traiter VIR DEFIL 001' })).toHaveAttribute('aria-expanded', 'true');
  await page.screenshot({ path: screenshotPath('bank-line-open') });

  // Ignored, it leaves the lines to treat; put back, it returns.
  await panel.getByRole('button', { name: 'Ignorer' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId('bank-lines-range')).toContainText('sur 129');
  await page.getByText('Ignorées', { exact: true }).click();
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('button', { name: 'Remettre à traiter' }).click();
  await expect(page.getByText('Aucune opération.')).toBeVisible();
  await page.getByRole('button', { name: 'À traiter', exact: true }).click();
  await expect(page.getByTestId('bank-lines-range')).toContainText('sur 130');
});
