import {
  ADMIN,
  expect,
  field,
  fillSignIn,
  goTo,
  openApp,
  openSignedOut,
  passwordField,
  screenshotPath,
  test,
} from './fixtures';

// An administrator takes on a read-only colleague, who then sees only what the role allows.
test.describe.configure({ mode: 'serial' });

const READER = { login: 'louis.lecteur', displayName: 'Louis Lecteur', temporary: 'provisoire-louis-1' };
const READER_PASSWORD = 'louis-choisit-le-sien';

test('an administrator creates a read-only user from the Users screen', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('tab', { name: 'Utilisateurs' }).click();
  await expect(page.getByRole('heading', { name: 'Utilisateurs' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(ADMIN.displayName) })).toContainText('Administrateur');

  await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvel utilisateur' });
  await field(dialog, 'Identifiant').fill(READER.login);
  await field(dialog, 'Nom').fill(READER.displayName);
  await dialog.getByRole('combobox', { name: 'Rôle' }).click();
  await page.getByRole('option', { name: 'Lecture seule' }).click();
  await passwordField(dialog, 'Mot de passe provisoire').fill(READER.temporary);
  await dialog.getByRole('button', { name: 'Créer' }).click();

  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(READER.displayName) });
  await expect(row).toContainText('Lecture seule');
  await expect(row).toContainText('Mot de passe provisoire');
  await expect(row).toContainText('Jamais');
  await page.screenshot({ path: screenshotPath('users'), fullPage: true });
});

test('the new user chooses a password first, then sees only what a read-only role allows', async ({ page }) => {
  await openSignedOut(page);
  await fillSignIn(page, READER.login, READER.temporary);
  await expect(page.getByRole('heading', { name: 'Choisissez votre mot de passe' })).toBeVisible();
  await passwordField(page, 'Mot de passe actuel').fill(READER.temporary);
  await passwordField(page, 'Nouveau mot de passe').fill(READER_PASSWORD);
  await passwordField(page, 'Confirmation du mot de passe').fill(READER_PASSWORD);
  await page.screenshot({ path: screenshotPath('forced-password') });
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();

  await expect(page.getByTestId('user-name')).toHaveText(READER.displayName);
  await expect(page.getByTestId('user-role')).toHaveText('Lecture seule');
  const nav = page.getByRole('navigation', { name: 'Services' });
  await expect(nav.getByRole('link', { name: 'Tiers' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Comptabilité' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Administration' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'RH' })).toHaveCount(0);

  await nav.getByRole('link', { name: 'Tiers' }).click();
  await expect(page.getByRole('heading', { name: 'Tiers' })).toBeVisible();
  await expect(page.getByTestId('party-total')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nouveau tiers' })).toHaveCount(0);

  // Hidden is also out of reach by address.
  for (const route of ['/admin/users', '/parties/new', '/hr']) {
    await goTo(page, route);
    await expect(page.getByRole('heading', { name: 'Accès non autorisé' })).toBeVisible();
  }
  await page.screenshot({ path: screenshotPath('not-allowed') });
});

test('preset roles show their grid read only; a custom role is built by ticking it', async ({ page }) => {
  await openApp(page, '/admin/roles');
  await page.getByRole('button', { name: /^Comptable/ }).click();
  const grid = page.getByTestId('permission-grid');
  await expect(page.getByText('Rôle prédéfini')).toBeVisible();
  await expect(grid.getByRole('checkbox', { name: 'Comptabilité : Valider' })).toBeChecked();
  await expect(grid.getByRole('checkbox', { name: 'RH : Consulter' })).not.toBeChecked();
  await page.screenshot({ path: screenshotPath('roles'), fullPage: true });

  await page.getByRole('button', { name: 'Nouveau rôle' }).click();
  await field(page, 'Nom du rôle').fill('Stagiaire');
  await grid.getByRole('checkbox', { name: 'Tiers : Consulter' }).check();
  // Editing sales implies seeing them.
  await grid.getByRole('checkbox', { name: 'Ventes : Créer et modifier' }).check();
  await expect(grid.getByRole('checkbox', { name: 'Ventes : Consulter' })).toBeChecked();
  await page.getByRole('button', { name: 'Créer' }).click();
  await expect(page.getByText('Rôle « Stagiaire » enregistré')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Stagiaire/ })).toContainText('Personnalisé');
  await page.screenshot({ path: screenshotPath('roles-custom'), fullPage: true });
});

test('a reset password is temporary again', async ({ page }) => {
  await openApp(page, '/admin/users');
  await page.getByRole('button', { name: `Réinitialiser le mot de passe de ${READER.displayName}` }).click();
  const dialog = page.getByRole('dialog');
  await passwordField(dialog, 'Mot de passe provisoire').fill('nouveau-provisoire-2');
  await dialog.getByRole('button', { name: 'Réinitialiser' }).click();
  await expect(dialog.getByText(`${READER.displayName} devra choisir un nouveau mot de passe`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(page.getByRole('row', { name: new RegExp(READER.displayName) })).toContainText(
    'Mot de passe provisoire',
  );
});
