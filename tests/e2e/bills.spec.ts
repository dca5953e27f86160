import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { apiSignIn, call, expect, openApp, screenshotPath, test } from './fixtures';
import { pressEnd, recordPages, sortBy, wheelToRow } from './lists';

// A received Factur-X, from the import button to the purchases journal.
test.describe.configure({ mode: 'serial' });

const SAMPLE = resolve('../shared/samples/einvoice/facturx-pdf/other/akretion_invoice_EN16931.pdf');

test('a clerk imports a Factur-X PDF, reads it as a draft, validates it, and the same file is refused again', async ({
  page,
}) => {
  test.skip(!existsSync(SAMPLE), `sample e-invoice not found at ${SAMPLE}`);
  await openApp(page, '/accounting/bills');
  await expect(page.getByRole('heading', { name: 'Factures fournisseurs' })).toBeVisible();
  await expect(page.getByText('Aucune facture fournisseur pour l’instant.')).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer une facture électronique' }).click();
  await (await chooser).setFiles(SAMPLE);

  await expect(page.getByRole('heading', { name: 'Facture F20260023' })).toBeVisible();
  await expect(page.getByText('Brouillon', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'LE FOURNISSEUR' })).toBeVisible();
  const totals = page.getByTestId('bill-totals');
  await expect(totals).toContainText('100,00 €');
  await expect(totals).toContainText('4,90 €');
  await expect(totals).toContainText('104,90 €');
  await expect(page.getByRole('button', { name: 'akretion_invoice_EN16931.pdf' })).toBeVisible();

  await page.getByRole('button', { name: 'Valider' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Valider et comptabiliser cette facture ?');
  await dialog.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('Validée', { exact: true })).toBeVisible();
  await expect(page.getByTestId('bill-entry')).toHaveText(/^AC\d{4}-\d{6}$/);
  await expect(page.getByRole('button', { name: 'Corriger' })).toHaveCount(0);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: screenshotPath('bill-validated'), fullPage: true });

  // The received file comes back byte for byte.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'akretion_invoice_EN16931.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('akretion_invoice_EN16931.pdf');

  await page.getByRole('link', { name: 'Factures fournisseurs' }).first().click();
  const row = page.getByRole('row', { name: /F20260023/ });
  await expect(row).toContainText('LE FOURNISSEUR');
  await expect(row).toContainText('104,90 €');
  await expect(row).toContainText('Validée');

  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer une facture électronique' }).click();
  await (await again).setFiles(SAMPLE);
  await expect(page.getByText('Ce fournisseur a déjà une facture n° F20260023')).toBeVisible();
  await page.screenshot({ path: screenshotPath('bill-list'), fullPage: true });
});

test('a clerk enters a paper invoice by hand: supplier and accounts picked from lists, totals recomputed live', async ({
  page,
}) => {
  test.skip(!existsSync(SAMPLE), 'follows the import above, whose supplier it reuses');
  await openApp(page, '/accounting/bills');
  await page.getByRole('button', { name: 'Saisir une facture' }).click();
  await expect(page.getByRole('heading', { name: 'Saisir une facture' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Fournisseur' }).fill('fourn');
  await page.getByRole('option', { name: /LE FOURNISSEUR/ }).click();
  await page.getByRole('textbox', { name: 'N° de facture' }).fill('PAPIER-7');

  await page.getByRole('textbox', { name: 'Libellé' }).nth(0).fill('Ramettes A4');
  const account = page.getByRole('combobox', { name: 'Compte' }).nth(0);
  await account.fill('6064');
  await page.getByRole('option', { name: /^6064 — / }).click();
  await expect(account).toHaveValue('6064');
  await page.getByRole('textbox', { name: 'Montant HT' }).nth(0).fill('33,33');

  await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
  await page.getByRole('textbox', { name: 'Libellé' }).nth(1).fill('Guide fiscal');
  await page.getByRole('combobox', { name: 'Taux TVA' }).nth(1).click();
  await page.getByRole('option', { name: '5,5 %' }).click();
  await page.getByRole('textbox', { name: 'Montant HT' }).nth(1).fill('19,99');

  // 20 % of 33.33 is 6.67, 5.5 % of 19.99 is 1.10: 53.32 before tax, 61.09 in all.
  const live = page.getByTestId('bill-live-totals');
  await expect(live).toContainText('53,32 €');
  await expect(live).toContainText('61,09 €');
  await page.screenshot({ path: screenshotPath('bill-form'), fullPage: true });

  await page.getByRole('button', { name: 'Créer' }).click();
  await expect(page.getByRole('heading', { name: 'Facture PAPIER-7' })).toBeVisible();
  await expect(page.getByTestId('bill-totals')).toContainText('61,09 €');
  await expect(page.getByRole('cell', { name: '6064' })).toBeVisible();
});

test('the bills list scrolls past its first page, sorts and opens a row from the keyboard', async ({ page }) => {
  // More drafts than the list fetches at once, one supplier's, dated one a day from 2 January: the oldest last.
  const COUNT = 130;
  const session = await apiSignIn(page.request);
  const name = `Défilement ${Date.now() % 100000}`;
  const supplier = await call<{ id: number }>(
    page.request,
    'parties.party.create',
    { kind: 'company', name, isCustomer: false, isSupplier: true },
    session,
  );
  const ids: number[] = [];
  try {
    for (let i = 1; i <= COUNT; i++) {
      const bill = await call<{ id: number }>(
        page.request,
        'accounting.bill.create',
        {
          partyId: supplier.id,
          number: `DEF-${String(i).padStart(3, '0')}`,
          issueDate: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
          lines: [{ label: `Fournitures ${i}`, netAmount: 100 * i, vatRate: 2000, accountNumber: '6064' }],
        },
        session,
      );
      ids.push(bill.id);
    }

    const pagesAsked = recordPages(page, 'accounting.bill.list');
    await openApp(page, '/accounting/bills');
    await expect(page.getByTestId('bill-row').first()).toBeVisible();
    await page.screenshot({ path: screenshotPath('bill-list-virtual') });
    await page.getByRole('searchbox', { name: 'Rechercher', exact: true }).fill(name);
    await expect(page.getByTestId('bill-total')).toHaveText('130 facture(s)');
    await expect(page.getByTestId('bill-list-range')).toContainText('sur 130');
    const rows = page.getByTestId('bill-row');
    await expect(rows.first()).toContainText('DEF-130');

    // The wheel brings the rows past the first hundred, fetched as they come into view.
    const last = await wheelToRow(page, 'bill-list', 131);
    await expect(last).toContainText('02/01/2026');
    await expect(last).toContainText('DEF-001');
    await expect(last).toContainText('1,20 €');
    expect(pagesAsked).toContain(1);

    // Sorted by number, the first is first; End highlights the last, and Enter opens it as a click would.
    await sortBy(page, 'N° de facture', 'ascending');
    await expect(rows.first()).toContainText('DEF-001');
    await pressEnd(page, 'Factures fournisseurs', last);
    await expect(last).toContainText('DEF-130');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Facture DEF-130' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/accounting/bills/${ids[COUNT - 1]}$`));
  } finally {
    for (const id of ids) await call(page.request, 'accounting.bill.delete', { id }, session);
  }
});
