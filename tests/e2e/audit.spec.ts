import Database from 'better-sqlite3';
import { expect, field, openApp, screenshotPath, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

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

test('a row edited behind the app’s back breaks the chain, and the screen names it in red', async ({ page }) => {
  const file = process.env.COULISSE_E2E_DB;
  if (!file) throw new Error('COULISSE_E2E_DB is not set: run the tests through playwright.config.ts');
  const db = new Database(file);
  const first = db.prepare('select id, after_json from audit_log order by id limit 1').get() as {
    id: number;
    after_json: string;
  };
  const edit = db.prepare('update audit_log set after_json = ? where id = ?');
  try {
    edit.run(first.after_json.replace('Atelier Coulisse', 'Atelier Contrefait'), first.id);
    await openApp(page, '/admin/integrity');
    await page.getByRole('button', { name: 'Vérifier maintenant' }).click();
    const verdict = page.getByTestId('chain-verdict');
    await expect(verdict).toContainText('Chaîne rompue');
    await expect(verdict).toContainText(`audit_log#${first.id}`);
    await expect(page.getByText('Rompue', { exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath('integrity-broken'), fullPage: true });
  } finally {
    // Put back as it was: the chain holds again for whatever runs next.
    edit.run(first.after_json, first.id);
    db.close();
  }
  await page.getByRole('button', { name: 'Vérifier maintenant' }).click();
  await expect(page.getByTestId('chain-verdict')).toContainText('Chaîne intègre');
});
