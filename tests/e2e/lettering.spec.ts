import { apiSignIn, call, expect, openApp, screenshotPath, test } from './fixtures';
import { pressEnd, recordPages, sortBy, wheelToRow } from './lists';

// Matching a customer's invoice with its payment by hand, then unlettering and matching automatically.
test.describe.configure({ mode: 'serial' });

const CUSTOMER = 'Fromagerie des Halles';

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const session = await apiSignIn(request);
  const party = await call<{ id: number }>(
    request,
    'parties.party.create',
    { name: CUSTOMER, isCustomer: true, isSupplier: false },
    session,
  );
  const aux = await call<{ id: number }>(
    request,
    'accounting.aux.open',
    { partyId: party.id, kind: 'customer' },
    session,
  );
  // Its account stays; the party itself is archived so that the active third parties other screens count are
  // the ones they create.
  await call(request, 'parties.party.archive', { id: party.id }, session);
  const today = new Date().toISOString().slice(0, 10);
  const post = (label: string, reference: string | null, journalCode: string, lines: unknown[]) =>
    call(request, 'accounting.entry.post', { journalCode, date: today, label, reference, lines }, session);
  await post('Facture FA-501', 'FA-501', 'VT', [
    { accountNumber: '411', auxAccountId: aux.id, debit: 84000, dueDate: today },
    { accountNumber: '706', credit: 70000 },
    { accountNumber: '445711', credit: 14000 },
  ]);
  await post('Facture FA-502', 'FA-502', 'VT', [
    { accountNumber: '411', auxAccountId: aux.id, debit: 36000 },
    { accountNumber: '706', credit: 30000 },
    { accountNumber: '445711', credit: 6000 },
  ]);
  await post('Virement reçu', null, 'BQ', [
    { accountNumber: '512', debit: 84000 },
    { accountNumber: '411', auxAccountId: aux.id, credit: 84000 },
  ]);
  await request.dispose();
});

test('an invoice and its payment are lettered by hand, unlettered, then matched automatically', async ({ page }) => {
  await openApp(page, '/accounting/lettering');
  await expect(page.getByRole('tab', { name: 'Lettrage' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Choisissez un client ou un fournisseur')).toBeVisible();

  const party = page.getByRole('combobox', { name: 'Tiers' });
  await party.fill('fromagerie');
  await page.getByRole('option', { name: new RegExp(CUSTOMER) }).click();
  const rows = page.getByTestId('open-item');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('open-balance')).toHaveText('360,00');

  // The arrows move the highlight from row to row; Space ticks the highlighted one, and unticks it.
  await page.getByRole('heading', { name: 'Lettrage des comptes de tiers' }).click();
  await page.keyboard.press('ArrowDown');
  await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('selection-balance')).toHaveText('840,00');
  const letterButton = page.getByRole('button', { name: 'Lettrer', exact: true });
  await expect(letterButton).toBeDisabled();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('selection-balance')).toHaveText('1\u202f200,00');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('selection-count')).toHaveText('2 ligne(s) sélectionnée(s)');
  await expect(page.getByTestId('selection-balance')).toHaveText('0,00');
  await page.screenshot({ path: screenshotPath('lettering-selection'), fullPage: true });
  await letterButton.click();
  await expect(page.getByText('Lettre A posée sur 2 lignes.')).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('FA-502');
  await expect(page.getByTestId('open-balance')).toHaveText('360,00');

  await page.getByText('Toutes', { exact: true }).click();
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('letter')).toHaveText(['A', 'A']);
  await page.screenshot({ path: screenshotPath('lettering-lettered'), fullPage: true });

  await page.getByRole('button', { name: 'Délettrer la lettre A' }).first().click();
  await expect(page.getByText('2 lignes délettrées.')).toBeVisible();
  await expect(page.getByTestId('letter')).toHaveCount(0);

  // One invoice and one payment of the same amount, nothing else of that amount: an unambiguous pair.
  await page.getByRole('button', { name: 'Lettrage automatique' }).click();
  await expect(page.getByText('Lettrage automatique : 1 groupe(s) lettré(s), 2 lignes.')).toBeVisible();
  await expect(page.getByTestId('letter')).toHaveText(['A', 'A']);
  await page.screenshot({ path: screenshotPath('lettering-auto'), fullPage: true });
});

test('a read-only user sees the open items without the buttons that change them', async ({ page, playwright }) => {
  const request = await playwright.request.newContext();
  const session = await apiSignIn(request);
  const { rows } = await call<{ rows: { id: number; code: string | null }[] }>(request, 'admin.role.list', {}, session);
  const roleId = rows.find((r) => r.code === 'lecture-seule')!.id;
  const reader = { login: 'lea.lecture', password: 'lecture-seule-e2e', displayName: 'Léa Lecture' };
  await call(request, 'admin.user.create', { ...reader, password: 'temporary-pass-1', roleId }, session);
  const first = await call<{ sessionToken: string }>(request, 'system.auth.login', {
    login: reader.login,
    password: 'temporary-pass-1',
  });
  await call(
    request,
    'system.auth.changePassword',
    { currentPassword: 'temporary-pass-1', newPassword: reader.password },
    first.sessionToken,
  );
  await request.dispose();

  await openApp(page, '/accounting/lettering', reader);
  await page.getByRole('combobox', { name: 'Tiers' }).fill('fromagerie');
  await page.getByRole('option', { name: new RegExp(CUSTOMER) }).click();
  await page.getByText('Toutes', { exact: true }).click();
  await expect(page.getByTestId('open-item')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Lettrage automatique' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lettrer', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Délettrer/ })).toHaveCount(0);
});

test('a long account scrolls past its first page; a line far down is lettered with the first', async ({ page }) => {
  // More open lines than the list fetches at once: 129 invoices of 1.00 € to 129.00 € and, last, a payment of
  // 1.00 € that settles the first.
  const COUNT = 130;
  const session = await apiSignIn(page.request);
  const name = `Défilement lettrage ${Date.now() % 100000}`;
  const party = await call<{ id: number }>(
    page.request,
    'parties.party.create',
    { name, isCustomer: true, isSupplier: false },
    session,
  );
  const aux = await call<{ id: number }>(
    page.request,
    'accounting.aux.open',
    { partyId: party.id, kind: 'customer' },
    session,
  );
  await call(page.request, 'parties.party.archive', { id: party.id }, session);
  const lines: unknown[] = [];
  let owed = 0;
  for (let i = 1; i < COUNT; i++) {
    lines.push({ accountNumber: '411', auxAccountId: aux.id, debit: 100 * i, label: `Facture défilement ${i}` });
    owed += 100 * i;
  }
  lines.push({ accountNumber: '411', auxAccountId: aux.id, credit: 100, label: 'Avoir défilement' });
  lines.push({ accountNumber: '706', credit: owed - 100 });
  await call(
    page.request,
    'accounting.entry.post',
    { journalCode: 'OD', date: new Date().toISOString().slice(0, 10), label: 'Défilement', lines },
    session,
  );

  const pagesAsked = recordPages(page, 'accounting.openitem.list');
  await openApp(page, '/accounting/lettering');
  await page.getByRole('combobox', { name: 'Tiers' }).fill('Défilement lettrage');
  await page.getByRole('option', { name: new RegExp(name) }).click();
  await expect(page.getByTestId('open-items-range')).toContainText('sur 130');
  await expect(page.getByTestId('open-balance')).toHaveText('8\u202f384,00');
  // The balance comes with the list's first page, in the same answer.
  expect(pagesAsked).toEqual([0]);
  const rows = page.getByTestId('open-item');
  await expect(rows.first()).toContainText('Facture défilement 1');
  // The box ticks its line once: the row under it does not tick it again.
  await rows.first().getByRole('checkbox').click();
  await expect(page.getByTestId('selection-balance')).toHaveText('1,00');
  await page.screenshot({ path: screenshotPath('lettering-virtual') });

  // The wheel brings the lines past the first hundred, fetched as they come into view.
  const last = await wheelToRow(page, 'open-items', 131);
  await expect(last).toContainText('Avoir défilement');
  expect(pagesAsked).toContain(1);

  // A click ticks the last line; the two settle each other and are lettered together.
  await last.click();
  await expect(page.getByTestId('selection-count')).toHaveText('2 ligne(s) sélectionnée(s)');
  await expect(page.getByTestId('selection-balance')).toHaveText('0,00');
  await page.getByRole('button', { name: 'Lettrer', exact: true }).click();
  await expect(page.getByText(/Lettre \w+ posée sur 2 lignes\./)).toBeVisible();
  await expect(page.getByTestId('open-items-range')).toContainText('sur 128');
  await expect(page.getByTestId('open-balance')).toHaveText('8\u202f384,00');

  // Every line, by due date: the lettered payment is still there, last.
  await page.getByText('Toutes', { exact: true }).click();
  await expect(page.getByTestId('open-items-range')).toContainText('sur 130');
  await sortBy(page, 'Échéance', 'ascending');
  await pressEnd(page, 'Lettrage des comptes de tiers', last);
  await expect(last.getByTestId('letter')).toHaveCount(1);
});
