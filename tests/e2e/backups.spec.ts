import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiSignIn, call, expect, field, openApp, screenshotPath, test } from './fixtures';

const DEFAULTS = {
  autoEnabled: true,
  folder: null,
  onClose: true,
  intervalHours: 24,
  keepDaily: 7,
  keepWeekly: 4,
  keepMonthly: 12,
};

let folder: string;
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'coulisse-e2e-backups-'));
});
test.afterAll(async ({ request }) => {
  // Back to the folder beside the company file: the server's own automatic backups must not fail on a removed one.
  await call(request, 'admin.backup.configure', DEFAULTS, await apiSignIn(request));
  rmSync(folder, { recursive: true, force: true });
});

test('back up into a chosen folder, see the file, test its restore, change the settings', async ({ page }) => {
  await openApp(page, '/admin/backups');
  await expect(page.getByRole('heading', { name: 'Sauvegardes', exact: true })).toBeVisible();

  await page.getByTestId('settings-folder').fill(folder);
  await field(page, 'Intervalle (heures)').fill('12');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Réglages des sauvegardes enregistrés.')).toBeVisible();
  await expect(page.getByText(`Dans ${folder}`)).toBeVisible();
  await expect(page.getByTestId('backup-folder')).toHaveValue(folder);

  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByText(/Sauvegarde créée : .*\.coulisse-backup/)).toBeVisible();
  const row = page.getByTestId('backup-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Manuelle');
  await expect(row).toContainText('Jamais testée');
  await expect(row).toContainText(/\d+(,\d)? (Ko|Mo)/);
  expect(readdirSync(folder).filter((f) => f.endsWith('.coulisse-backup'))).toHaveLength(1);

  await row.getByRole('button', { name: 'Tester la restauration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tester la restauration' });
  await dialog.getByRole('button', { name: 'Lancer le test' }).click();
  await expect(dialog.getByTestId('check-ok')).toContainText('Sauvegarde vérifiée');
  await expect(dialog.getByTestId('check-ok')).toContainText('maillons de chaînage intacts');
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(row).toContainText('Vérifiée');
  await expect(page.getByText(/Prochaine sauvegarde automatique/)).toBeVisible();

  // The whole page in one view, without the toasts over it.
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click();
  await page.setViewportSize({ width: 1280, height: 1480 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath('admin-backups') });
});

test('a failed backup shows in red at the top until a backup succeeds', async ({ page, request }) => {
  const session = await apiSignIn(request);
  await expect(
    call(request, 'admin.backup.create', { folder: join(folder, 'disque-debranche') }, session),
  ).rejects.toThrow(/errors\.backup\.folderMissing/);
  await openApp(page, '/admin/backups');
  const alert = page.getByRole('alert').filter({ hasText: 'La dernière sauvegarde a échoué' });
  await expect(alert).toContainText("Le dossier de sauvegarde n'existe pas");
  await expect(page.getByTestId('backup-run').first()).toContainText('Échouée');
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByTestId('backup-run').first()).toContainText('Réussie');
  await expect(alert).toHaveCount(0);
});
