import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { expect, openApp, screenshotPath, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

test('the integrity screen exports all the data and downloads the archive', async ({ page }) => {
  await openApp(page, '/admin/integrity');
  const card = page.getByTestId('full-export');
  await expect(card.getByRole('heading', { name: 'Exporter toutes les données' })).toBeVisible();
  const start = card.getByRole('button', { name: 'Exporter', exact: true });
  await start.click();
  const done = page.getByTestId('full-export-done');
  await expect(done).toContainText(/Archive écrite : \d+ tables, [\d\s\u202f]+ lignes, \d+ pièces? jointes?/);
  await expect(done).toContainText(/\(\d+(,\d)? (ko|Mo)\)/);
  await expect(start).toBeEnabled();
  await page.screenshot({ path: screenshotPath('full-export'), fullPage: true });

  const download = page.waitForEvent('download');
  await done.getByRole('button', { name: 'Télécharger l’archive' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-export-\d{8}-\d{6}\.zip$/);
  const files = unzipSync(readFileSync(await file.path()));
  expect(strFromU8(files['README.txt']!)).toContain('Export complet des données');
  expect(Object.keys(files)).toContain('tables/audit_log.csv');
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { files: unknown[] };
  expect(manifest.files.length).toBe(Object.keys(files).length - 1);
});
