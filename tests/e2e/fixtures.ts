import { expect, test as base, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { ADMIN, E2E_TOKEN, type Credentials } from './env';

export { expect };
export { ADMIN, type Credentials };

/** Every test talks to the server started by global-setup.ts. */
export const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  baseURL: async ({}, use) => {
    const url = process.env.COULISSE_E2E_URL;
    if (!url) throw new Error('COULISSE_E2E_URL is not set: run the tests through playwright.config.ts');
    await use(url);
  },
});

/** Opens the app the way the server's printed link does: the token in the fragment, nobody signed in yet. */
export async function openSignedOut(page: Page): Promise<void> {
  // From a page of the app, only the fragment would change and the app would not start again.
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  await page.goto(`/#token=${E2E_TOKEN}`);
  // The app takes the token out of the address bar as soon as it starts.
  await expect(page).not.toHaveURL(/token=/);
}

/** Types credentials into the sign-in screen and submits with Enter. */
export async function fillSignIn(page: Page, login: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await field(page, 'Identifiant').fill(login);
  await passwordField(page, 'Mot de passe').fill(password);
  await passwordField(page, 'Mot de passe').press('Enter');
}

/**
 * Opens the app signed in (the administrator unless told otherwise), then a screen by its route. Signing in
 * through the screen has tests of its own (session.spec.ts); here the session is opened through the core and
 * handed to the tab where the browser transport keeps it, which saves every other test the detour.
 */
export async function openApp(page: Page, route = '/', user: Credentials = ADMIN): Promise<void> {
  const session = await apiSignIn(page.request, user);
  await page.addInitScript((token) => window.sessionStorage.setItem('coulisse.session', token), session);
  await openSignedOut(page);
  await expect(page.getByTestId('user-menu')).toBeVisible();
  if (route !== '/') await goTo(page, route);
}

/** Moves to a screen by its address, as typing it in the address bar would, without reloading the app. */
export async function goTo(page: Page, route: string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(`#${route}`)}`);
}

/** Signs in through the core and returns the session token, for test data that is not the subject of the test. */
export async function apiSignIn(request: APIRequestContext, user: Credentials = ADMIN): Promise<string> {
  const data = await call<{ sessionToken: string }>(request, 'system.auth.login', {
    login: user.login,
    password: user.password,
  });
  return data.sessionToken;
}

/** Calls the core directly, as the signed-in session given (or none, for public routes). */
export async function call<T = unknown>(
  request: APIRequestContext,
  route: string,
  input: unknown,
  session?: string,
): Promise<T> {
  const headers: Record<string, string> = { authorization: `Bearer ${E2E_TOKEN}`, 'content-type': 'application/json' };
  if (session) headers['x-coulisse-session'] = session;
  const res = await request.post(`${process.env.COULISSE_E2E_URL}rpc/${route}`, { headers, data: input });
  const body = (await res.json()) as { ok: boolean; data?: T; error?: unknown };
  if (!body.ok) throw new Error(`${route}: ${JSON.stringify(body.error)}`);
  return body.data as T;
}

/** The id of a preset role by its code, for users made through the core. */
export async function presetRoleId(request: APIRequestContext, session: string, code: string): Promise<number> {
  const { rows } = await call<{ rows: { id: number; code: string | null }[] }>(request, 'admin.role.list', {}, session);
  const role = rows.find((r) => r.code === code);
  if (!role) throw new Error(`no preset role ${code}`);
  return role.id;
}

export function screenshotPath(name: string): string {
  return `test-results/screenshots/${name}.png`;
}

/** A text input by its label, exactly (the required-field asterisk is not part of the name). */
export function field(scope: Page | Locator, label: string) {
  return scope.getByRole('textbox', { name: label, exact: true });
}

/** A password input by its label: Playwright gives password inputs the textbox role too. */
export function passwordField(scope: Page | Locator, label: string) {
  return scope.getByRole('textbox', { name: label, exact: true });
}
