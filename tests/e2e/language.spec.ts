import { expect, openApp, screenshotPath, test } from './fixtures';

test('the clerk switches to English, and the choice is remembered', async ({ page }) => {
  await openApp(page, '/parties');
  await expect(page.getByRole('heading', { name: 'Tiers' })).toBeVisible();
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'English' }).click();

  await expect(page.getByRole('heading', { name: 'Third parties' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Accounting' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New third party' }).first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /Postal code/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: screenshotPath('party-list-en') });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Third parties' })).toBeVisible();
  await page.getByRole('link', { name: 'HR' }).click();
  await expect(page.getByText('Coming', { exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath('coming-en') });

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { name: 'RH' })).toBeVisible();
});
