import { expect, test as base, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { E2E_TOKEN } from './env';

export { expect };

/** Every test talks to the server started by global-setup.ts. */
export const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  baseURL: async ({}, use) => {
    const url = process.env.COULISSE_E2E_URL;
    if (!url) throw new Error('COULISSE_E2E_URL is not set: run the tests through playwright.config.ts');
    await use(url);
  },
});

/** Opens the app the way the server's printed link does: the token in the fragment, then a screen by its route. */
export async function openApp(page: Page, route = '/'): Promise<void> {
  await page.goto(`/#token=${E2E_TOKEN}`);
  // The app takes the token out of the address bar as soon as it starts.
  await expect(page).not.toHaveURL(/token=/);
  if (route !== '/') await page.evaluate(`location.hash = ${JSON.stringify(`#${route}`)}`);
}

/** Calls the core directly, for test data that is not the subject of the test. */
export async function call<T = unknown>(request: APIRequestContext, route: string, input: unknown): Promise<T> {
  const res = await request.post(`${process.env.COULISSE_E2E_URL}rpc/${route}`, {
    headers: { authorization: `Bearer ${E2E_TOKEN}`, 'content-type': 'application/json' },
    data: input,
  });
  const body = (await res.json()) as { ok: boolean; data?: T; error?: unknown };
  if (!body.ok) throw new Error(`${route}: ${JSON.stringify(body.error)}`);
  return body.data as T;
}

export function screenshotPath(name: string): string {
  return `test-results/screenshots/${name}.png`;
}

/** A text input by its label, exactly (the required-field asterisk is not part of the name). */
export function field(scope: Page | Locator, label: string) {
  return scope.getByRole('textbox', { name: label, exact: true });
}
