import { apiSignIn, call, expect, openApp, screenshotPath, test } from './fixtures';

// An after-sales request from its opening to its resolution, as a clerk at the counter handles it.
test('a clerk opens a request for a customer, notes a call, resolves it, and the list files it', async ({ page }) => {
  const session = await apiSignIn(page.request);
  const customer = `Brasserie du Quai ${Date.now()}`;
  await call(page.request, 'parties.party.create', { name: customer, isCustomer: true, isSupplier: false }, session);

  await openApp(page, '/sales/requests');
  await expect(page.getByRole('heading', { name: 'Demandes SAV' })).toBeVisible();
  await page.getByRole('button', { name: 'Nouvelle demande' }).click();
  await expect(page.getByRole('heading', { name: 'Nouvelle demande' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Client' }).fill('Quai');
  await page.getByRole('option', { name: new RegExp(customer) }).click();
  await page.getByRole('textbox', { name: 'Objet' }).fill('Percolateur qui fuit');
  await page.getByRole('combobox', { name: 'Priorité' }).click();
  await page.getByRole('option', { name: 'Urgente' }).click();
  await page.getByRole('textbox', { name: 'Échéance' }).fill('2020-01-10');
  await page.getByRole('textbox', { name: 'Description' }).fill('Fuite sous le réservoir depuis la livraison.');
  await page.getByRole('button', { name: 'Créer' }).click();

  const heading = page.getByRole('heading', { level: 1, name: /^SAV-\d{4}-\d{5} · Percolateur qui fuit$/ });
  await expect(heading).toBeVisible();
  const number = (await heading.textContent())!.split(' · ')[0]!;
  await expect(page.getByText('Nouvelle', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: customer })).toBeVisible();

  // The list finds it among the late ones, in red.
  await page.getByRole('link', { name: 'Demandes SAV' }).click();
  await page.getByRole('tab', { name: 'En retard' }).click();
  const lateRow = page.getByRole('row', { name: new RegExp(number) });
  await expect(lateRow).toContainText('Urgente');
  await expect(lateRow.getByRole('img', { name: 'En retard' })).toBeVisible();
  await lateRow.getByRole('link', { name: number }).click();

  await page.getByRole('textbox', { name: 'Ajouter une note' }).fill('Client rappelé : joint à changer.');
  await page.getByRole('button', { name: 'Ajouter la note' }).click();
  await expect(page.getByText('Client rappelé : joint à changer.')).toBeVisible();
  await page.getByRole('button', { name: 'Prendre en charge' }).click();
  await expect(page.getByText('Nouvelle → En traitement')).toBeVisible();
  await page.getByRole('textbox', { name: 'Ajouter une note' }).fill('Joint remplacé sur place.');
  await page.getByRole('button', { name: 'Marquer résolue' }).click();
  await expect(page.getByText('En traitement → Résolue')).toBeVisible();
  await expect(page.getByText('Joint remplacé sur place.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Clôturer' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('sales-request-detail'), fullPage: true });

  // Resolved: no longer open nor late, filed under its status.
  await page.getByRole('link', { name: 'Demandes SAV' }).click();
  await expect(page.getByRole('tab', { name: 'En cours', selected: true })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(number) })).toHaveCount(0);
  await page.getByRole('tab', { name: 'En retard' }).click();
  await expect(page.getByRole('row', { name: new RegExp(number) })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Résolue' }).click();
  await expect(page.getByRole('row', { name: new RegExp(number) })).toContainText('Résolue');
  await page.screenshot({ path: screenshotPath('sales-request-list'), fullPage: true });
});
