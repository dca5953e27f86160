import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN, expect, field, passwordField, screenshotPath, test } from './fixtures';

// This spec starts its own `coulisse serve` without --db, so the app opens on the chooser; the shared server of
// the other specs keeps its one company file.
const root = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'dossiers-e2e-token-0123456789';

let server: ChildProcess | null = null;
let work = '';
let url = '';
let path = '';
let copyPath = '';
const HEADERS = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'coulisse-dossiers-e2e-'));
  path = join(work, 'dossiers', 'atelier.coulisse');
  copyPath = join(work, 'copies', 'atelier-restaure.coulisse');
  const renderer = process.env.COULISSE_E2E_RENDERER ?? join(root, 'out', 'renderer');
  const args = ['bin/coulisse.mjs', 'serve', '--user-data', join(work, 'user-data'), '--port', '0'];
  server = spawn(process.execPath, [...args, '--token', TOKEN, '--renderer', renderer], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const child = server;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  url = await new Promise<string>((done, fail) => {
    let stdout = '';
    const timer = setTimeout(() => fail(new Error(`coulisse serve did not start\n${stderr}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /Coulisse: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        done(m[1]!);
      }
    });
    child.once('exit', (code) => fail(new Error(`coulisse serve exited with ${code}\n${stderr}`)));
  });
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server!.once('exit', done));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  rmSync(work, { recursive: true, force: true });
});

test('without a company file the app opens on the chooser; a dossier is created, set up, closed and reopened', async ({
  page,
}) => {
  await page.goto(`${url}#token=${TOKEN}`);
  await expect(page.getByRole('heading', { name: 'Vos dossiers' })).toBeVisible();
  await expect(page.getByText('Aucun dossier ouvert récemment.')).toBeVisible();
  // Browser mode has no native dialogs: the path is typed, prefilled in the user data folder.
  await expect(page.getByRole('button', { name: 'Parcourir…' })).toHaveCount(0);
  const prefilled = join(work, 'user-data', 'companies', 'mon-entreprise.coulisse');
  await expect(page.getByTestId('create-path')).toHaveValue(prefilled);
  await page.screenshot({ path: screenshotPath('dossiers-chooser-empty'), fullPage: true });

  // A file that is not there is refused in place, in French, and nothing is created.
  await page.getByRole('tab', { name: 'Ouvrir un dossier' }).click();
  const nowhere = join(work, 'nulle-part.coulisse');
  await page.getByTestId('open-path').fill(nowhere);
  await page.getByRole('button', { name: 'Ouvrir un dossier' }).last().click();
  await expect(page.getByTestId('dossier-error')).toHaveText(`Fichier introuvable : ${nowhere}.`);

  await page.getByRole('tab', { name: 'Créer un dossier' }).click();
  await page.getByTestId('create-path').fill(path);
  await page.getByRole('button', { name: 'Créer un dossier' }).last().click();

  // The new file has no company yet: first run.
  await expect(page.getByRole('heading', { name: 'Créer votre société' })).toBeVisible();
  await field(page, 'Identifiant').fill(ADMIN.login);
  await field(page, 'Nom affiché').fill(ADMIN.displayName);
  await passwordField(page, 'Mot de passe').fill(ADMIN.password);
  await passwordField(page, 'Confirmation du mot de passe').fill(ADMIN.password);
  await field(page, 'Raison sociale').fill('Atelier des Dossiers');
  await page.getByRole('combobox', { name: 'Forme juridique' }).click();
  await page.getByRole('option', { name: 'SARL' }).click();
  await field(page, 'SIREN').fill('732 829 320');
  await field(page, 'SIRET du siège').fill('73282932000009');
  await field(page, 'Adresse').fill('4 place des Archives');
  await field(page, 'Code postal').fill('69005');
  await field(page, 'Ville').fill('Lyon');
  await page.getByRole('button', { name: 'Créer la société' }).click();
  await expect(page.getByTestId('company-name')).toHaveText('Atelier des Dossiers');
  await expect(page.getByTestId('user-name')).toHaveText(ADMIN.displayName);

  // Closing signs out and goes back to the chooser, which lists the file under its company's name.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('close-dossier').click();
  await expect(page.getByRole('heading', { name: 'Vos dossiers' })).toBeVisible();
  const recent = page.getByTestId('recent-dossiers');
  await expect(recent.getByText('Atelier des Dossiers')).toBeVisible();
  await expect(recent.getByText(path)).toBeVisible();
  await page.screenshot({ path: screenshotPath('dossiers-chooser'), fullPage: true });

  // Reopened: the company is there and asks who signs in.
  await page.getByRole('button', { name: 'Ouvrir Atelier des Dossiers' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await field(page, 'Identifiant').fill(ADMIN.login);
  await passwordField(page, 'Mot de passe').fill(ADMIN.password);
  await passwordField(page, 'Mot de passe').press('Enter');
  await expect(page.getByTestId('company-name')).toHaveText('Atelier des Dossiers');

  // A reload finds the same file still open.
  await page.reload();
  await expect(page.getByTestId('company-name')).toHaveText('Atelier des Dossiers');
});

test('from the sign-in screen, back to the chooser; a backup is restored there into a new file, which opens', async ({
  page,
}) => {
  await page.goto(`${url}#token=${TOKEN}`);
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await page.getByTestId('switch-dossier').click();
  await expect(page.getByRole('heading', { name: 'Vos dossiers' })).toBeVisible();

  const backups = join(work, 'backups');
  const made = spawnSync(
    process.execPath,
    ['bin/coulisse.mjs', 'backup', '--db', path, '--out', backups, '--format', 'json'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  expect(made.status, made.stderr).toBe(0);
  const backupPath = (JSON.parse(made.stdout) as { path: string }).path;

  await page.getByRole('tab', { name: 'Restaurer une sauvegarde' }).click();
  await page.getByTestId('restore-backup-path').fill(join(work, 'no-backup.coulisse-backup'));
  await page.getByTestId('restore-target-path').fill(copyPath);
  await page.getByRole('button', { name: 'Restaurer une sauvegarde dans un nouveau dossier' }).click();
  await expect(page.getByTestId('dossier-error')).toContainText('Fichier de sauvegarde introuvable');
  await page.getByTestId('restore-backup-path').fill(backupPath);
  await page.screenshot({ path: screenshotPath('dossiers-restore'), fullPage: true });
  await page.getByRole('button', { name: 'Restaurer une sauvegarde dans un nouveau dossier' }).click();

  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await field(page, 'Identifiant').fill(ADMIN.login);
  await passwordField(page, 'Mot de passe').fill(ADMIN.password);
  await passwordField(page, 'Mot de passe').press('Enter');
  await expect(page.getByTestId('company-name')).toHaveText('Atelier des Dossiers');
  const status = await page.request.post(`${url}rpc/workspace.status`, { headers: HEADERS, data: {} });
  expect(((await status.json()) as { data: { dossier: { path: string } } }).data.dossier.path).toBe(copyPath);
});

test('closed from elsewhere, the tab follows; a recent file that is gone is marked missing and can be forgotten', async ({
  page,
}) => {
  // Closed from another tab (here, straight through the bridge): this tab goes back to the chooser.
  await page.goto(`${url}#token=${TOKEN}`);
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  const closed = await page.request.post(`${url}rpc/workspace.dossier.close`, { headers: HEADERS, data: {} });
  expect(((await closed.json()) as { ok: boolean }).ok).toBe(true);
  await expect(page.getByRole('heading', { name: 'Vos dossiers' })).toBeVisible();

  rmSync(join(work, 'dossiers'), { recursive: true, force: true });
  await page.reload();
  const recent = page.getByTestId('recent-dossiers');
  const gone = recent.getByRole('listitem').filter({ hasText: path });
  await expect(gone.getByText('Introuvable')).toBeVisible();
  await expect(gone.getByRole('button', { name: /^Ouvrir/ })).toBeDisabled();
  await page.screenshot({ path: screenshotPath('dossiers-missing'), fullPage: true });
  await gone.getByRole('button', { name: /^Retirer de la liste/ }).click();
  await expect(recent.getByText(path)).toHaveCount(0);
  await expect(recent.getByText(copyPath)).toBeVisible();
});
