import {
  ADMIN,
  apiSignIn,
  call,
  expect,
  field,
  fillSignIn,
  goTo,
  openApp,
  openSignedOut,
  passwordField,
  presetRoleId,
  screenshotPath,
  test,
} from './fixtures';

const LOCKED_LOGIN = 'julien.essai';

test.beforeAll(async ({ playwright }) => {
  // An account of its own for the lockout, so that the administrator's stays usable for the other tests.
  const request = await playwright.request.newContext();
  const session = await apiSignIn(request);
  const { rows } = await call<{ rows: { login: string }[] }>(request, 'admin.user.list', {}, session);
  // Already there when a failed test made the runner start this file's remaining tests again.
  if (!rows.some((u) => u.login === LOCKED_LOGIN)) {
    await call(
      request,
      'admin.user.create',
      {
        login: LOCKED_LOGIN,
        displayName: 'Julien Essai',
        roleId: await presetRoleId(request, session, 'commercial'),
        password: 'mot-de-passe-initial',
      },
      session,
    );
  }
  await request.dispose();
});

test('a wrong password is refused with a clear message, and the right one signs in', async ({ page }) => {
  await openSignedOut(page);
  await expect(page.getByTestId('company-name')).toHaveText('Atelier Coulisse');
  await expect(field(page, 'Identifiant')).toBeFocused();
  await page.screenshot({ path: screenshotPath('login') });

  await fillSignIn(page, ADMIN.login, 'pas-le-bon-mot-de-passe');
  await expect(page.getByText('Identifiant ou mot de passe incorrect.')).toBeVisible();
  // The password is emptied and takes the focus again, the login stays.
  await expect(passwordField(page, 'Mot de passe')).toBeFocused();
  await expect(passwordField(page, 'Mot de passe')).toHaveValue('');
  await expect(field(page, 'Identifiant')).toHaveValue(ADMIN.login);

  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('user-name')).toHaveText(ADMIN.displayName);
});

test('five wrong passwords in a row lock the account, and the message says until when', async ({ page }) => {
  await openSignedOut(page);
  for (let attempt = 1; attempt <= 4; attempt++) {
    const answered = page.waitForResponse((r) => r.url().endsWith('/rpc/system.auth.login'));
    await fillSignIn(page, LOCKED_LOGIN, `faux-mot-de-passe-${attempt}`);
    await answered;
    await expect(page.getByText('Identifiant ou mot de passe incorrect.')).toBeVisible();
  }
  await fillSignIn(page, LOCKED_LOGIN, 'faux-mot-de-passe-5');
  // The time alone when the lock ends today, with the date when it ends after midnight.
  const locked = page.getByText(/Trop d’essais infructueux : ce compte est bloqué jusqu’à (?:.+, )?\d{2}:\d{2}\./);
  await expect(locked).toBeVisible();
  await expect(page.getByRole('button', { name: 'Se connecter' })).not.toHaveAttribute('data-loading');
  await page.screenshot({ path: screenshotPath('lockout') });

  // Locked means locked: even the right password waits.
  const answered = page.waitForResponse((r) => r.url().endsWith('/rpc/system.auth.login'));
  await fillSignIn(page, LOCKED_LOGIN, 'mot-de-passe-initial');
  await answered;
  await expect(locked).toBeVisible();

  // The administrator sees the lockout, and lifts it with a new temporary password.
  await openApp(page, '/admin/users');
  const row = page.getByRole('row', { name: /Julien Essai/ });
  await expect(row).toContainText(/Bloqué jusqu’à (?:.+, )?\d{2}:\d{2}/);
  await page.getByRole('button', { name: 'Réinitialiser le mot de passe de Julien Essai' }).click();
  await passwordField(page.getByRole('dialog'), 'Mot de passe provisoire').fill('debloque-julien-1');
  await page.getByRole('dialog').getByRole('button', { name: 'Réinitialiser' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Fermer' }).click();
  await expect(row).not.toContainText('Bloqué');
  await expect(row).toContainText('Mot de passe provisoire');
});

test('the screen locks when left idle, over a form being typed, and unlocking gives the form back as it was', async ({
  page,
}) => {
  // The test hook: lock after 3 idle seconds instead of the company's minutes.
  await page.addInitScript(() => window.localStorage.setItem('coulisse.idleSeconds', '3'));
  await openApp(page, '/parties/new');
  await expect(page.getByRole('heading', { name: 'Nouveau tiers' })).toBeVisible();
  await field(page, 'Nom').click();
  await page.keyboard.type('Fromagerie des Alpes');
  await field(page, 'E-mail').click();
  await page.keyboard.type('bonjour@fromagerie-alpes.fr');

  const lock = page.getByRole('dialog', { name: 'Session verrouillée' });
  await expect(lock).toBeVisible({ timeout: 10_000 });
  await expect(lock.getByText(`${ADMIN.displayName} (${ADMIN.login})`)).toBeVisible();
  await expect(passwordField(lock, 'Mot de passe')).toBeFocused();
  await page.screenshot({ path: screenshotPath('idle-lock') });

  await page.keyboard.type('pas-le-bon-mot-de-passe');
  await page.keyboard.press('Enter');
  await expect(lock.getByText('Mot de passe incorrect.')).toBeVisible();
  await passwordField(lock, 'Mot de passe').fill(ADMIN.password);
  await lock.getByRole('button', { name: 'Déverrouiller' }).click();

  await expect(lock).toBeHidden();
  await expect(field(page, 'Nom')).toHaveValue('Fromagerie des Alpes');
  await expect(field(page, 'E-mail')).toHaveValue('bonjour@fromagerie-alpes.fr');
});

test('the user menu shows who is signed in, locks at once, and signs out', async ({ page }) => {
  await openApp(page, '/parties');
  await page.getByTestId('user-menu').click();
  await expect(page.getByText(`Connecté : ${ADMIN.displayName}`)).toBeVisible();
  await expect(page.getByText('Rôle : Administrateur')).toBeVisible();
  await page.screenshot({ path: screenshotPath('user-menu') });
  await page.getByRole('menuitem', { name: 'Verrouiller' }).click();

  const lock = page.getByRole('dialog', { name: 'Session verrouillée' });
  await expect(lock).toBeVisible();
  await lock.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();

  // Signed out for good: the address of a screen leads back to the sign-in.
  await goTo(page, '/parties');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
});
