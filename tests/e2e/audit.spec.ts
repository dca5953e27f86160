import { expect, field, openApp, screenshotPath, test } from './fixtures';

test('the audit trail shows what was just done, with the state before and after', async ({ page }) => {
  await openApp(page, '/admin/security');
  const minutes = page.getByRole('textbox', { name: 'Verrouillage après inactivité' });
  await minutes.fill('20');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Réglages de sécurité enregistrés')).toBeVisible();

  await page.getByRole('tab', { name: 'Journal d’audit' }).click();
  await expect(page.getByRole('heading', { name: 'Journal d’audit' })).toBeVisible();
  // Newest first: the change just made.
  const newest = page.getByTestId('audit-row').first();
  await expect(newest).toContainText('admin.settings.update');
  await expect(newest).toContainText('claire.admin');
  await newest.getByRole('button', { name: 'Afficher le détail' }).click();
  await expect(page.getByText('"idleTimeoutMinutes": 15')).toBeVisible();
  await expect(page.getByText('"idleTimeoutMinutes": 20')).toBeVisible();
  await page.screenshot({ path: screenshotPath('audit'), fullPage: true });

  // Filtered by operation: the company's creation, and its first administrator with it.
  await field(page, 'Opération').fill('admin.company.create');
  await expect(page.getByTestId('audit-total')).toHaveText('2 entrées');
  await expect(page).toHaveURL(/route=admin\.company\.create/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await expect(page.getByText('Lignes exportées : 2')).toBeVisible();
});

test('the integrity screen verifies the chain and finds it intact', async ({ page }) => {
  await openApp(page, '/admin/integrity');
  await expect(page.getByRole('heading', { name: 'Intégrité' })).toBeVisible();
  await expect(page.getByTestId('chain-links')).not.toHaveText('0');
  await page.getByRole('button', { name: 'Vérifier maintenant' }).click();
  await expect(page.getByTestId('chain-verdict')).toContainText('Chaîne intègre');
  await expect(page.getByText('Intègre', { exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath('integrity'), fullPage: true });
});
