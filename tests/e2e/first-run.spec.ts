import { expect, field, openApp, screenshotPath, test } from './fixtures';

test('a new company file opens on the first-run screen, and creating the company opens the app', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Créer votre société' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ouvrir une société de démonstration' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.screenshot({ path: screenshotPath('first-run'), fullPage: true });

  // Nothing typed yet: required fields say so, in French.
  await page.getByRole('button', { name: 'Créer la société' }).click();
  await expect(page.getByText(/Champ obligatoire/).first()).toBeVisible();

  await field(page, 'Raison sociale').fill('Atelier Coulisse');
  await page.getByRole('combobox', { name: 'Forme juridique' }).click();
  await page.getByRole('option', { name: 'SARL' }).click();
  await field(page, 'SIREN').fill('732 829 320');
  await field(page, 'SIRET du siège').fill('73282932000009');
  await page.getByRole('button', { name: 'Calculer le n° de TVA depuis le SIREN' }).click();
  await expect(field(page, 'N° de TVA intracommunautaire')).toHaveValue('FR44732829320');
  await field(page, 'Adresse').fill('12 rue des Coulisses');
  await field(page, 'Code postal').fill('69002');
  await field(page, 'Ville').fill('Lyon');
  await field(page, 'E-mail').fill('contact@atelier-coulisse.fr');
  await page.getByRole('button', { name: 'Créer la société' }).click();

  await expect(page.getByTestId('company-name')).toHaveText('Atelier Coulisse');
  await expect(page.getByRole('heading', { name: 'Atelier Coulisse' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tiers', exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath('dashboard') });
});
