import { apiSignIn, call, expect, field, openApp, screenshotPath, test } from './fixtures';

// One clerk's day with third parties, in order: each test starts where the previous one left the company file.
test.describe.configure({ mode: 'serial' });

const CITIES = ['Lyon', 'Paris', 'Marseille', 'Lille', 'Nantes', 'Bordeaux', 'Rennes', 'Dijon'];

// Other specs share the company file (a supplier imported from an e-invoice, say): counts are taken relative to
// what the file holds before these tests.
const before = { all: 0, customers: 0, suppliers: 0, lyonSuppliers: 0 };

test.beforeAll(async ({ playwright }) => {
  // Enough neighbours for paging and scrolling; they are not the subject of these tests.
  const request = await playwright.request.newContext();
  const session = await apiSignIn(request);
  const count = async (filter: Record<string, string>) =>
    (await call<{ total: number }>(request, 'parties.party.list', { pageSize: 1, ...filter }, session)).total;
  before.all = await count({});
  before.customers = await count({ role: 'customer' });
  before.suppliers = await count({ role: 'supplier' });
  before.lyonSuppliers = await count({ role: 'supplier', city: 'lyon' });
  for (let i = 1; i <= 60; i++) {
    await call(
      request,
      'parties.party.create',
      {
        name: `Fournisseur ${String(i).padStart(2, '0')}`,
        isCustomer: i % 3 === 0,
        isSupplier: true,
        addresses: [
          { line1: `${i} avenue de la Gare`, postalCode: `${10000 + i * 971}`.slice(0, 5), city: CITIES[i % 8] },
        ],
      },
      session,
    );
  }
  await request.dispose();
});

test('a clerk adds a customer with a contact and an address', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Tiers', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Nouveau tiers' })).toBeVisible();
  // 'n' on the list opens a new third party.
  await page.locator('body').press('n');
  await expect(page.getByRole('heading', { name: 'Nouveau tiers' })).toBeVisible();

  // The name has the focus: typing goes straight into it.
  await page.keyboard.type('Boulangerie Martin');
  await expect(field(page, 'Nom')).toHaveValue('Boulangerie Martin');
  await expect(page.getByRole('checkbox', { name: 'Client' })).toBeChecked();
  await field(page, 'SIREN').fill('732829338');
  await page.getByRole('button', { name: 'Calculer le n° de TVA depuis le SIREN' }).click();
  await expect(field(page, 'N° de TVA')).toHaveValue('FR01732829338');
  await field(page, 'E-mail').fill('bonjour@boulangerie-martin.fr');
  await field(page, 'Téléphone').fill('04 78 00 00 01');

  await page.getByRole('button', { name: 'Ajouter une adresse' }).click();
  const address = page.getByTestId('address-0');
  await field(address, 'Adresse').fill('2 place du Marché');
  await field(address, 'Code postal').fill('69001');
  await field(address, 'Ville').fill('Lyon');

  await page.getByRole('button', { name: 'Ajouter un contact' }).click();
  const contact = page.getByTestId('contact-0');
  await field(contact, 'Prénom').fill('Anne');
  await field(contact, 'Nom').fill('Martin');
  await field(contact, 'Fonction').fill('Gérante');
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: screenshotPath('party-form'), fullPage: true });

  // Enter in a field saves.
  await field(page, 'Nom').first().press('Enter');
  await expect(page.getByRole('heading', { name: 'Boulangerie Martin' })).toBeVisible();
  await expect(page.getByText('2 place du Marché')).toBeVisible();
  await expect(page.getByText('69001 Lyon')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Anne Martin' })).toBeVisible();
  await expect(page.getByText('FR01732829338')).toBeVisible();
  await page.screenshot({ path: screenshotPath('party-detail') });
});

test('the list finds it by search, and the keyboard opens it', async ({ page }) => {
  await openApp(page, '/parties');
  await expect(page.getByTestId('party-total')).toHaveText(`${before.all + 61} tiers`);
  await expect(page.getByTestId('party-list-range')).toContainText(`sur ${before.all + 61}`);
  await page.screenshot({ path: screenshotPath('party-list') });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await expect(page.getByText(`Lignes exportées : ${before.all + 61}`)).toBeVisible();

  // The whole list scrolls in one piece: End reaches its last row.
  await page.locator('body').press('End');
  const lastRow = page.locator(`tbody tr[aria-rowindex="${before.all + 61 + 1}"]`);
  await expect(lastRow).toBeInViewport();
  await expect(lastRow).toHaveAttribute('aria-selected', 'true');

  // '/' jumps to the search box from anywhere on the list.
  await page.locator('body').press('/');
  await expect(page.getByRole('searchbox', { name: 'Rechercher dans les tiers' })).toBeFocused();
  await page.keyboard.type('boulang');
  await expect(page.getByTestId('party-total')).toHaveText('1 tiers');
  const row = page.getByRole('row', { name: /Boulangerie Martin/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('69001');
  await page.screenshot({ path: screenshotPath('party-list-search') });

  await page.keyboard.press('ArrowDown');
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Boulangerie Martin' })).toBeVisible();
});

test('sorting and filters go to the core', async ({ page }) => {
  await openApp(page, '/parties');
  await page.getByText('Clients', { exact: true }).click();
  await expect(page.getByTestId('party-total')).toHaveText(`${before.customers + 21} tiers`);
  await page.getByRole('button', { name: /^Nom/ }).click();
  await expect(page.getByRole('row').nth(1)).toContainText('Fournisseur 60');
  await page.getByText('Fournisseurs', { exact: true }).click();
  await expect(page.getByTestId('party-total')).toHaveText(`${before.suppliers + 60} tiers`);
  await field(page, 'Ville').fill('lyon');
  await expect(page.getByTestId('party-total')).toHaveText(`${before.lyonSuppliers + 7} tiers`);
  await expect(page).toHaveURL(/city=lyon/);
});

test('while a new filter loads, the rows already shown stay on screen', async ({ page }) => {
  await openApp(page, '/parties');
  const firstRow = page.getByRole('row').nth(1);
  await expect(firstRow).toBeVisible();
  const shown = (await firstRow.textContent()) ?? '';
  // The suppliers' first page is held back until the rows have been looked at.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/rpc/parties.party.list', async (route) => {
    const input = route.request().postDataJSON() as { role?: string };
    if (input.role === 'supplier') await held;
    await route.continue();
  });
  await page.getByText('Fournisseurs', { exact: true }).click();
  await expect(page).toHaveURL(/role=supplier/);
  await expect(firstRow).toHaveText(shown);
  release();
  await expect(page.getByTestId('party-total')).toHaveText(`${before.suppliers + 60} tiers`);
  await page.unroute('**/rpc/parties.party.list');
});

test('Ctrl+K finds it from anywhere', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Atelier Coulisse' })).toBeVisible();
  await page.keyboard.press('Control+K');
  const search = page.getByPlaceholder('Rechercher un tiers, un service…');
  await expect(search).toBeFocused();
  await search.fill('martin');
  await expect(page.getByRole('button', { name: /Boulangerie Martin/ })).toBeVisible();
  await page.screenshot({ path: screenshotPath('search') });
  await page.getByRole('button', { name: /Boulangerie Martin/ }).click();
  await expect(page.getByRole('heading', { name: 'Boulangerie Martin' })).toBeVisible();
});

test('a clerk edits it', async ({ page }) => {
  await openApp(page, '/parties?q=boulangerie');
  await page.getByRole('row', { name: /Boulangerie Martin/ }).click();
  await page.getByRole('link', { name: 'Modifier' }).click();
  await expect(field(page, 'Nom').first()).toBeFocused();
  await field(page, 'Téléphone').first().fill('04 78 00 00 02');
  await field(page.getByTestId('address-0'), 'Ville').fill('Villeurbanne');
  await field(page.getByTestId('address-0'), 'Code postal').fill('69100');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('69100 Villeurbanne')).toBeVisible();
  await expect(page.getByText('04 78 00 00 02')).toBeVisible();
});

test('a bad SIREN is refused with a French message, and nothing is saved', async ({ page }) => {
  await openApp(page, '/parties?q=boulangerie');
  await page.getByRole('row', { name: /Boulangerie Martin/ }).click();
  await page.getByRole('link', { name: 'Modifier' }).click();
  await field(page, 'SIREN').fill('123456789');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(/SIREN invalide/)).toBeVisible();
  await expect(field(page, 'SIREN')).toHaveAttribute('aria-invalid', 'true');
  // Escape cancels the edit.
  await field(page, 'SIREN').press('Escape');
  await expect(page.getByRole('heading', { name: 'Boulangerie Martin' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('732829338', { exact: true })).toBeVisible();
});

test('an unused third party can be archived, restored and deleted', async ({ page }) => {
  await openApp(page, '/parties?q=Fournisseur 01');
  await page.getByRole('row', { name: /Fournisseur 01/ }).click();
  await page.getByRole('button', { name: 'Archiver' }).click();
  await expect(page.getByText('Archivé', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Restaurer' }).click();
  await expect(page.getByRole('button', { name: 'Archiver' })).toBeVisible();
  await page.getByRole('button', { name: 'Supprimer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Supprimer ce tiers ?' });
  await dialog.getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByRole('heading', { name: 'Tiers' })).toBeVisible();
  await expect(page.getByTestId('party-total')).toHaveText(`${before.all + 60} tiers`);
});
