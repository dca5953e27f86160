import { apiSignIn, call, expect, field, openApp, screenshotPath, test } from './fixtures';
import { pressEnd, recordPages, wheelToRow } from './lists';

// The catalog and a customer's selling terms, in order: the product created first is edited next.
test.describe.configure({ mode: 'serial' });

// Other specs share the company file: this run's references and names are its own.
const suffix = String(Date.now()).slice(-6);
const reference = `CONS-${suffix}`;

test.beforeAll(async ({ playwright }) => {
  // Neighbours for the list to sort and page through; they are not the subject of these tests.
  const request = await playwright.request.newContext();
  const session = await apiSignIn(request);
  for (let i = 1; i <= 12; i++) {
    await call(
      request,
      'sales.product.create',
      {
        reference: `ART-${suffix}-${String(i).padStart(2, '0')}`,
        label: `Fourniture ${i}`,
        kind: 'goods',
        unitPrice: 1000 * i,
        vatRate: i % 4 === 0 ? 550 : 2000,
      },
      session,
    );
  }
  await request.dispose();
});

test('a clerk creates a product and finds it in the catalog', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Ventes', exact: true }).click();
  await page.getByRole('tab', { name: 'Catalogue' }).click();
  await page.getByRole('button', { name: 'Nouvel article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvel article' });
  await field(dialog, 'Référence').fill(reference);
  await field(dialog, 'Libellé').fill('Journée de conseil');
  await field(dialog, 'Prix unitaire HT').fill('800');
  await dialog.getByRole('button', { name: 'Ajouter un prix' }).click();
  await dialog.getByRole('combobox', { name: 'Catégorie' }).fill('Revendeur');
  await dialog.getByRole('textbox', { name: 'Prix HT' }).fill('720');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('textbox', { name: 'Rechercher dans le catalogue' }).fill(`cons-${suffix}`);
  const row = page.getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('Journée de conseil');
  await expect(row).toContainText('800,00 €');
  await expect(row).toContainText('706');
  await page.getByRole('textbox', { name: 'Rechercher dans le catalogue' }).fill('');
  await page.getByRole('button', { name: 'Prix unitaire HT' }).click();
  await expect(page.getByRole('row').nth(1)).not.toContainText(reference);
  await page.screenshot({ path: screenshotPath('sales-catalog-list'), fullPage: true });
});

test('a clerk changes the price of a product', async ({ page }) => {
  await openApp(page, `/sales/catalog?q=${reference}`);
  await page.getByRole('row').filter({ hasText: reference }).click();
  const dialog = page.getByRole('dialog', { name: `Article ${reference}` });
  await expect(field(dialog, 'Prix unitaire HT')).toHaveValue('800,00');
  await field(dialog, 'Prix unitaire HT').fill('850');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: reference })).toContainText('850,00 €');

  // A reference already taken is refused on its field, named.
  await page.getByRole('button', { name: 'Nouvel article' }).click();
  const other = page.getByRole('dialog', { name: 'Nouvel article' });
  await field(other, 'Référence').fill(reference.toLowerCase());
  await field(other, 'Libellé').fill('Doublon');
  await field(other, 'Prix unitaire HT').fill('1');
  await other.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(other).toContainText(`La référence ${reference.toLowerCase()} est déjà utilisée`);
});

test("a clerk sets a customer's selling terms on its page", async ({ page }) => {
  const session = await apiSignIn(page.request);
  const party = await call<{ id: number }>(
    page.request,
    'parties.party.create',
    { name: `Client Catalogue ${suffix}`, isCustomer: true, isSupplier: false },
    session,
  );
  await openApp(page, `/parties/${party.id}`);
  await expect(page.getByRole('heading', { name: 'Ventes' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Catégorie de prix' }).fill('Revendeur');
  await page.getByRole('combobox', { name: 'Conditions de paiement' }).click();
  await page.getByRole('option', { name: '45 jours fin de mois' }).click();
  await page.getByRole('combobox', { name: 'Régime de TVA' }).click();
  await page.getByRole('option', { name: 'Union européenne (autoliquidation)' }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Conditions de vente enregistrées.')).toBeVisible();

  const terms = await call<{ priceCategory: string; paymentTerms: string; vatRegime: string }>(
    page.request,
    'sales.customer.get',
    { partyId: party.id },
    session,
  );
  expect(terms).toMatchObject({ priceCategory: 'Revendeur', paymentTerms: 'days_45_eom', vatRegime: 'intra_eu' });
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Régime de TVA' })).toHaveValue('Union européenne (autoliquidation)');
});

test('the catalog scrolls past its first page, and a row opens from the keyboard', async ({ page }) => {
  // More products than the list fetches at once, found together by their references.
  const COUNT = 130;
  const prefix = `DEF-${suffix}`;
  const session = await apiSignIn(page.request);
  for (let i = 1; i <= COUNT; i++) {
    await call(
      page.request,
      'sales.product.create',
      {
        reference: `${prefix}-${String(i).padStart(3, '0')}`,
        label: `Pièce détachée ${i}`,
        kind: 'goods',
        unitPrice: 100 * i,
        vatRate: 2000,
      },
      session,
    );
  }

  const pagesAsked = recordPages(page, 'sales.product.list');
  await openApp(page, '/sales/catalog');
  await expect(page.getByTestId('catalog-row').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('sales-catalog-virtual') });
  await page.getByRole('textbox', { name: 'Rechercher dans le catalogue' }).fill(prefix);
  await expect(page.getByTestId('catalog-count')).toHaveText('130 articles');
  await expect(page.getByTestId('catalog-list-range')).toContainText('sur 130');
  await expect(page.getByTestId('catalog-row').first()).toContainText(`${prefix}-001`);

  // The wheel brings the rows past the first hundred, fetched as they come into view.
  const last = await wheelToRow(page, 'catalog-list', 131);
  await expect(last).toContainText(`${prefix}-130`);
  await expect(last).toContainText('130,00 €');
  expect(pagesAsked).toContain(1);

  // End highlights the last; Enter opens it, and it stays highlighted behind its dialog.
  await pressEnd(page, 'Catalogue', last);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Article ${prefix}-130` });
  await expect(field(dialog, 'Prix unitaire HT')).toHaveValue('130,00');
  await expect(page).toHaveURL(/product=\d+/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/product=/);
});
