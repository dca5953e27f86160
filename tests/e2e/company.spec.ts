import { expect, field, openApp, screenshotPath, test } from './fixtures';

// A 1×1 PNG, the smallest logo there is.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('the company details are edited in Administration, logo included', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { name: 'Société' })).toBeVisible();
  await expect(field(page, 'Raison sociale')).toHaveValue('Atelier Coulisse');

  await field(page, 'Téléphone').fill('04 72 00 00 00');
  await page.locator('input[type="file"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByRole('img', { name: 'Aperçu du logo' })).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Fiche société enregistrée')).toBeVisible();

  await page.reload();
  await expect(field(page, 'Téléphone')).toHaveValue('04 72 00 00 00');
  await expect(page.getByRole('banner').locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await page.screenshot({ path: screenshotPath('company'), fullPage: true });
});

test('a logo that is not an image is refused before it is sent', async ({ page }) => {
  await openApp(page, '/admin/company');
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByText('Le logo doit être une image PNG, JPEG ou SVG.')).toBeVisible();
});
