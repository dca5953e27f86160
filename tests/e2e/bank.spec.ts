import { apiSignIn, call, expect, field, openApp, screenshotPath, test } from './fixtures';

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
