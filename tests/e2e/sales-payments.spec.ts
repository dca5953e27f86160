import { apiSignIn, call, expect, field, openApp, screenshotPath, test } from './fixtures';

const CUSTOMER = 'Fromagerie Lebrun';
let invoices = { early: '', late: '', earlyId: 0, lateId: 0 };

test.beforeAll(async ({ playwright }) => {
  // Two invoices already validated, both past due: 600.00 and 1,200.00 incl. VAT.
  const request = await playwright.request.newContext();
  const session = await apiSignIn(request);
  const party = await call<{ id: number }>(
    request,
    'parties.party.create',
    {
      kind: 'company',
      name: CUSTOMER,
      isCustomer: true,
      isSupplier: false,
      addresses: [{ kind: 'billing', line1: '8 quai Saint-Vincent', postalCode: '69001', city: 'Lyon', country: 'FR' }],
      contacts: [],
    },
    session,
  );
  const today = new Date().toISOString().slice(0, 10);
  const invoice = async (net: number, dueDate: string) => {
    const draft = await call<{ id: number }>(
      request,
      'sales.document.create',
      {
        kind: 'invoice',
        partyId: party.id,
        date: today,
        dueDate,
        lines: [{ label: 'Plateaux de fromages', quantity: 1000, unitPrice: net, vatRate: 2000 }],
      },
      session,
    );
    return call<{ id: number; number: string }>(request, 'sales.document.validate', { id: draft.id }, session);
  };
  const early = await invoice(50_000, '2020-10-01');
  const late = await invoice(100_000, '2020-10-15');
  invoices = { early: early.number, late: late.number, earlyId: early.id, lateId: late.id };
  await request.dispose();
});

test('a payment settles one invoice and part of another; the rest is dunned', async ({ page, request }) => {
  await openApp(page, '/sales/payments');
  await page.getByRole('button', { name: 'Nouveau règlement' }).click();
  await expect(page.getByRole('heading', { name: 'Enregistrer un règlement' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Client' }).fill('Fromagerie');
  await page.getByRole('option', { name: new RegExp(CUSTOMER) }).click();
  const table = page.getByRole('table', { name: 'Factures ouvertes du client' });
  await expect(table.getByText(invoices.early)).toBeVisible();
  await field(page, 'Montant').fill('1000');
  // Spread over the oldest first: the first invoice fully, 400.00 on the second.
  await expect(page.getByRole('textbox', { name: `Montant affecté ${invoices.early}` })).toHaveValue('600,00');
  await expect(page.getByRole('textbox', { name: `Montant affecté ${invoices.late}` })).toHaveValue('400,00');
  await expect(page.getByTestId('payment-unallocated')).toContainText('0,00 €');
  await field(page, 'Référence').fill('VIR LEBRUN 1128');
  await page.screenshot({ path: screenshotPath('sales-payment-new') });
  await page.getByRole('button', { name: 'Enregistrer le règlement' }).click();
  await expect(page.getByText(/Règlement de 1\s000,00 € enregistré/)).toBeVisible();
  const payments = page.getByRole('table', { name: 'Règlements clients' });
  await expect(payments.getByRole('row', { name: /VIR LEBRUN 1128/ })).toBeVisible();

  const session = await apiSignIn(request);
  const status = async (id: number) =>
    (await call<{ payment: string }>(request, 'sales.document.get', { id }, session)).payment;
  expect(await status(invoices.earlyId)).toBe('paid');
  expect(await status(invoices.lateId)).toBe('partial');

  await page.getByRole('tab', { name: 'Encours & relances' }).click();
  await expect(page.getByRole('heading', { name: 'Encours et relances' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Client ou numéro…' }).fill('Fromagerie');
  const late = page.getByTestId(`receivable-${invoices.late}`);
  await expect(late).toContainText('800,00 €');
  // The invoice paid in full is no longer owed.
  await expect(page.getByTestId(`receivable-${invoices.early}`)).toHaveCount(0);
  await late.getByRole('button', { name: 'Relancer' }).click();
  await expect(page.getByText(`Relance de niveau 1 enregistrée pour ${invoices.late}.`)).toBeVisible();
  await expect(late).toContainText('Relance 1');
  await page.screenshot({ path: screenshotPath('sales-receivables'), fullPage: true });

  await page.getByRole('tab', { name: 'Balance âgée' }).click();
  await expect(page.getByRole('row', { name: new RegExp(CUSTOMER) })).toContainText('800,00 €');
  await page.screenshot({ path: screenshotPath('sales-aged-balance'), fullPage: true });
  await page.getByRole('tab', { name: 'Historique des relances' }).click();
  await expect(page.getByRole('row', { name: new RegExp(invoices.late) })).toContainText('Relance 1');

  await page.getByRole('tab', { name: 'Synthèse' }).click();
  await expect(page.getByTestId('summary-overdue')).toContainText('€');
  await page.screenshot({ path: screenshotPath('sales-overview'), fullPage: true });
  await page.getByTestId('summary-overdue').click();
  await expect(page.getByRole('switch', { name: 'En retard seulement' })).toBeChecked();
});
