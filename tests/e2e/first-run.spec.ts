import { ADMIN, expect, field, openSignedOut, passwordField, screenshotPath, test } from './fixtures';

test('a new company file opens on the first-run screen; the company and its administrator are created, who is then signed in', async ({
  page,
}) => {
  await openSignedOut(page);
  await expect(page.getByRole('heading', { name: 'Créer votre société' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ouvrir une société de démonstration' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // The administrator's login takes the focus first.
  await expect(field(page, 'Identifiant')).toBeFocused();
  await page.screenshot({ path: screenshotPath('first-run'), fullPage: true });

  // Nothing typed yet: required fields say so, in French, the administrator's included.
  await page.getByRole('button', { name: 'Créer la société' }).click();
  await expect(page.getByText(/Champ obligatoire/).first()).toBeVisible();
  await expect(field(page, 'Identifiant')).toHaveAttribute('aria-invalid', 'true');

  await field(page, 'Identifiant').fill(ADMIN.login);
  await field(page, 'Nom affiché').fill(ADMIN.displayName);
  await passwordField(page, 'Mot de passe').fill('court');
  await passwordField(page, 'Confirmation du mot de passe').fill('autre');
  await passwordField(page, 'Confirmation du mot de passe').blur();
  await expect(page.getByText('Au moins 10 caractères.')).toBeVisible();
  await expect(page.getByText('Les deux mots de passe ne correspondent pas.')).toBeVisible();
  await passwordField(page, 'Mot de passe').fill(ADMIN.password);
  await passwordField(page, 'Confirmation du mot de passe').fill(ADMIN.password);

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

  // Signed in straight away, as the administrator just created.
  await expect(page.getByTestId('company-name')).toHaveText('Atelier Coulisse');
  await expect(page.getByRole('heading', { name: 'Atelier Coulisse' })).toBeVisible();
  await expect(page.getByTestId('user-name')).toHaveText(ADMIN.displayName);
  await expect(page.getByTestId('user-role')).toHaveText('Administrateur');
  await expect(page.getByRole('link', { name: 'Tiers', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Administration' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('dashboard') });

  // A reload keeps this tab signed in.
  await page.reload();
  await expect(page.getByTestId('user-name')).toHaveText(ADMIN.displayName);
});
