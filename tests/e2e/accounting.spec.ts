import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { apiSignIn, call, expect, openApp, screenshotPath, test } from './fixtures';

// Typing whole entries key by key takes longer than the default allows on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

/** A SegmentedControl choice: its radio is visually hidden, its label takes the click. */
function segment(page: Page, name: string) {
  return page.locator('.mantine-SegmentedControl-root').getByText(name, { exact: true });
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Types one account into the grid's focused account cell and takes the first match with Tab. */
async function typeAccount(page: Page, digits: string, label: string) {
  await page.keyboard.type(digits);
  await expect(page.getByRole('option').filter({ hasText: label }).first()).toBeVisible();
  await page.keyboard.press('Tab');
}

/** Label, reference, then two lines: debit on the first account, the prefilled credit on the second. */
async function typeEntry(page: Page, label: string, debitAccount: [string, string], creditAccount: [string, string]) {
  const entryLabel = page.getByRole('textbox', { name: 'Libellé', exact: true });
  await entryLabel.focus();
  await page.keyboard.type(label);
  await page.keyboard.press('Tab');
  await page.keyboard.type('F-0042');
  await page.keyboard.press('Tab');
  await typeAccount(page, ...debitAccount);
  await page.keyboard.press('Tab'); // line label: the entry's
  await page.keyboard.type('1 234,50');
  await page.keyboard.press('Tab'); // credit
  await page.keyboard.press('Tab'); // a new line, the difference already on its credit side
  await typeAccount(page, ...creditAccount);
  await expect(page.getByRole('textbox', { name: 'Crédit, ligne 2' })).toHaveValue('1\u202f234,50');
  await expect(page.getByTestId('entry-difference')).toHaveText('Équilibrée');
}

test('an entry typed with the keyboard alone is posted with Enter and gets its number', async ({ page }) => {
  await openApp(page, '/accounting/entries');
  await expect(page.getByRole('heading', { name: 'Saisie' })).toBeVisible();
  await typeEntry(page, 'Loyer du local', ['6132', 'Locations immobilières'], ['512', 'Banques']);
  await page.screenshot({ path: screenshotPath('accounting-entry'), fullPage: true });
  await page.keyboard.press('Enter');
  const sitting = page.getByTestId('sitting-entries');
  await expect(sitting).toContainText('Loyer du local');
  await expect(sitting).toContainText('Validée');
  await expect(page.getByText(/Écriture \S+ validée/)).toBeVisible();
  // The grid is empty again, ready for the next entry.
  await expect(page.getByRole('textbox', { name: 'Libellé', exact: true })).toHaveValue('');
  await expect(page.getByTestId('entry-line')).toHaveCount(2);

  await segment(page, 'Écritures').click();
  await expect(page.getByTestId('entry-row').first()).toContainText('Loyer du local');
  await expect(page.getByTestId('entry-row').first()).toContainText('1\u202f234,50');
});

test('a draft saved with Ctrl+S is validated from its page, then reversed', async ({ page }) => {
  await openApp(page, '/accounting/entries');
  await typeEntry(page, 'Honoraires avocat', ['6226', 'Honoraires'], ['512', 'Banques']);
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Écriture enregistrée en brouillard.')).toBeVisible();
  const sitting = page.getByTestId('sitting-entries');
  await expect(sitting).toContainText('Brouillard');
  await sitting.getByRole('link').first().click();
  await expect(page.getByTestId('entry-status')).toHaveText('Brouillard');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByTestId('entry-status')).toHaveText('Validée');

  await page.getByRole('button', { name: 'Contre-passer' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Une écriture inverse sera passée à la même date');
  await dialog.getByRole('button', { name: 'Contre-passer' }).click();
  await expect(page.getByTestId('reversal-of')).toBeVisible();
  await expect(page.getByText('Contre-passe l’écriture d’origine')).toBeVisible();
  await page.getByTestId('reversal-of').click();
  await expect(page.getByTestId('reversed-by')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Contre-passer' })).toHaveCount(0);
});

test('a locked period refuses a posting with the reason, in French', async ({ page }) => {
  const session = await apiSignIn(page.request);
  const years = await call<{ startDate: string; endDate: string; periods: { startDate: string; endDate: string }[] }[]>(
    page.request,
    'accounting.year.list',
    {},
    session,
  );
  const today = localToday();
  const year = years.find((y) => y.startDate <= today && today <= y.endDate)!;
  const index = year.periods.findIndex((p) => !(p.startDate <= today && today <= p.endDate));
  const period = year.periods[index]!;
  const yearIndex = [...years].sort((a, b) => b.startDate.localeCompare(a.startDate)).indexOf(year);

  await openApp(page, '/accounting/chart/years');
  const card = page.getByTestId('year-card').nth(yearIndex);
  const cell = card.getByTestId('period').nth(index);
  await cell.click();
  await expect(cell).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('tab', { name: 'Saisie et écritures' }).click();
  await page.getByRole('textbox', { name: 'Date' }).fill(period.startDate);
  await typeEntry(page, 'Dans un mois verrouillé', ['6132', 'Locations immobilières'], ['512', 'Banques']);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Cette période est verrouillée : aucune écriture ne peut y être passée.')).toBeVisible();

  await page.getByRole('tab', { name: 'Plan, journaux, exercices' }).click();
  await segment(page, 'Exercices').click();
  await page.getByTestId('year-card').nth(yearIndex).getByTestId('period').nth(index).click();
  await expect(page.getByTestId('year-card').nth(yearIndex).getByTestId('period').nth(index)).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('the chart lists accounts by number and journals by code', async ({ page }) => {
  await openApp(page, '/accounting/chart');
  await page.getByRole('searchbox', { name: 'Numéro ou libellé' }).fill('512');
  await expect(page.getByTestId('account-row').first()).toContainText('Banques');
  await page.screenshot({ path: screenshotPath('accounting-chart-accounts') });
  await segment(page, 'Journaux').click();
  await expect(page.getByTestId('journal-row').filter({ hasText: 'Ventes' })).toContainText('VT');
});

test('a fiscal year exports its FEC; a FEC import is refused once the company has entries', async ({ page }) => {
  await openApp(page, '/accounting/chart/years');
  const card = page.getByTestId('year-card').filter({ hasText: 'Ouvert' }).first();
  const download = page.waitForEvent('download');
  await card.getByTestId('fec-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^\d{9}FEC\d{8}\.txt$/);
  const text = readFileSync(await file.path(), 'utf8');
  expect(text.split('\r\n')[0]).toBe(
    'JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise',
  );
  await expect(page.getByText(/lignes exportées/)).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('fec-import').click();
  await (await chooser).setFiles({ name: file.suggestedFilename(), mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.getByText('Ce dossier contient déjà des écritures', { exact: false })).toBeVisible();
});

test('the trial balance drills down to the ledger, then to the entry, and exports', async ({ page }) => {
  await openApp(page, '/accounting/reports');
  await expect(page.getByRole('heading', { name: 'Balance générale' })).toBeVisible();
  const row = page.getByTestId('report-row').filter({ hasText: 'Locations immobilières' });
  await expect(row).toContainText('1\u202f234,50');
  await page.screenshot({ path: screenshotPath('accounting-trial-balance'), fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);

  await row.click();
  await expect(page.getByRole('heading', { name: 'Grand livre' })).toBeVisible();
  await expect(page).toHaveURL(/af=6132&at=6132/);
  const line = page.getByTestId('ledger-line').filter({ hasText: 'Loyer du local' }).first();
  await line.click();
  await expect(page.getByTestId('entry-status')).toHaveText('Validée');
});

test('the income statement and the balance sheet read in the PCG layout', async ({ page }) => {
  await openApp(page, '/accounting/reports/incomeStatement');
  await expect(page.getByRole('heading', { name: 'Compte de résultat' })).toBeVisible();
  await expect(page.getByText("Charges d'exploitation", { exact: true })).toBeVisible();
  await expect(page.getByTestId('statement-result').filter({ hasText: 'Résultat net' })).toContainText('1\u202f234,50');
  await page.screenshot({ path: screenshotPath('accounting-income-statement'), fullPage: true });

  await page.getByRole('link', { name: 'Bilan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Bilan' })).toBeVisible();
  await expect(page.getByTestId('statement-result').filter({ hasText: "Total de l'actif" })).toBeVisible();
  await expect(page.getByTestId('statement-result').filter({ hasText: 'Total du passif' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('accounting-balance-sheet'), fullPage: true });
});

test('every other report opens with its parameters', async ({ page }) => {
  await openApp(page, '/accounting/reports');
  for (const title of ['Journal', 'Balance auxiliaire', 'Balance âgée', 'Déclaration de TVA (CA3)']) {
    await page.getByRole('navigation', { name: 'Choix de l’état' }).getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
    await expect(page.getByTestId('report-table')).toBeVisible();
  }
  await page
    .getByRole('navigation', { name: 'Choix de l’état' })
    .getByRole('link', { name: 'Grand livre auxiliaire' })
    .click();
  await expect(page.getByText('Choisissez un compte de tiers.')).toBeVisible();
});
