import { apiSignIn, call, expect, field, openApp, screenshotPath, test } from './fixtures';
import { pressEnd, recordPages, sortBy, wheelToRow } from './lists';

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
  await expect(page).toHaveURL(/search=Fromagerie/);
  const receivables = page.getByTestId('receivable-row');
  const late = receivables.filter({ hasText: invoices.late });
  await expect(late).toContainText('800,00 €');
  // The invoice paid in full is no longer owed.
  await expect(page.getByTestId('receivable-total')).toHaveText('1 pièce(s)');
  await expect(receivables.filter({ hasText: invoices.early })).toHaveCount(0);
  await late.getByRole('button', { name: 'Relancer' }).click();
  await expect(page.getByText(`Relance de niveau 1 enregistrée pour ${invoices.late}.`)).toBeVisible();
  await expect(late).toContainText('Relance 1');
  await page.screenshot({ path: screenshotPath('sales-receivables'), fullPage: true });

  await page.getByRole('tab', { name: 'Balance âgée' }).click();
  await expect(page.getByRole('row', { name: new RegExp(CUSTOMER) })).toContainText('800,00 €');
  await page.screenshot({ path: screenshotPath('sales-aged-balance'), fullPage: true });
  await page.getByRole('tab', { name: 'Historique des relances' }).click();
  await expect(page.getByRole('row', { name: new RegExp(invoices.late) })).toContainText('Relance 1');
  await page.screenshot({ path: screenshotPath('sales-dunning-history') });

  await page.getByRole('tab', { name: 'Synthèse' }).click();
  await expect(page.getByTestId('summary-overdue')).toContainText('€');
  await page.screenshot({ path: screenshotPath('sales-overview'), fullPage: true });
  await page.getByTestId('summary-overdue').click();
  await expect(page.getByRole('switch', { name: 'En retard seulement' })).toBeChecked();
});

test('the payments list scrolls past its first page and sorts by amount', async ({ page, request }) => {
  // More payments than the list fetches at once, one a day from 1 April, 1.00 € more each day: the only ones then.
  const COUNT = 130;
  const session = await apiSignIn(request);
  const party = await call<{ id: number }>(
    request,
    'parties.party.create',
    { kind: 'company', name: `Défilement ${Date.now() % 100000}`, isCustomer: true, isSupplier: false },
    session,
  );
  for (let i = 1; i <= COUNT; i++) {
    await call(
      request,
      'sales.payment.create',
      {
        partyId: party.id,
        date: new Date(Date.UTC(2026, 3, i)).toISOString().slice(0, 10),
        method: 'transfer',
        amount: 100 * i,
        reference: `DEFIL-${String(i).padStart(3, '0')}`,
      },
      session,
    );
  }

  const pagesAsked = recordPages(page, 'sales.payment.list');
  await openApp(page, '/sales/payments');
  await field(page, 'Du').fill('2026-04-01');
  await field(page, 'Au').fill('2026-08-08');
  await expect(page.getByTestId('payment-total')).toHaveText('130 règlement(s)');
  await expect(page.getByTestId('payment-list-range')).toContainText('sur 130');
  const rows = page.getByTestId('payment-row');
  await expect(rows.first()).toContainText('DEFIL-130');
  await page.screenshot({ path: screenshotPath('sales-payments-list') });

  // The wheel brings the rows past the first hundred, fetched as they come into view.
  const last = await wheelToRow(page, 'payment-list', 131);
  await expect(last).toContainText('01/04/2026');
  await expect(last).toContainText('DEFIL-001');
  expect(pagesAsked).toContain(1);

  // Sorted by amount, largest first; End goes down to the smallest.
  await sortBy(page, 'Montant', 'descending');
  await expect(rows.first()).toContainText('130,00 €');
  await pressEnd(page, 'Règlements clients', last);
  await expect(last).toContainText('1,00 €');
  await expect(last).toBeInViewport();
});

test('the open invoices scroll past their first page, sort by amount, and a deep one is paid', async ({
  page,
  request,
}) => {
  // More open invoices than the list fetches at once, one customer's, due one a day from 2 January 2020 and
  // 1.20 € more each day.
  test.setTimeout(90_000);
  const COUNT = 130;
  const session = await apiSignIn(request);
  const name = `Relances défilement ${Date.now() % 100000}`;
  const party = await call<{ id: number }>(
    request,
    'parties.party.create',
    {
      kind: 'company',
      name,
      isCustomer: true,
      isSupplier: false,
      addresses: [{ kind: 'billing', line1: '2 rue des Relances', postalCode: '69002', city: 'Lyon', country: 'FR' }],
      contacts: [],
    },
    session,
  );
  const today = new Date().toISOString().slice(0, 10);
  const ids: number[] = [];
  const numbers: string[] = [];
  for (let i = 1; i <= COUNT; i++) {
    const draft = await call<{ id: number }>(
      request,
      'sales.document.create',
      {
        kind: 'invoice',
        partyId: party.id,
        date: today,
        dueDate: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
        lines: [{ label: `Défilement ${i}`, quantity: 1000, unitPrice: 100 * i, vatRate: 2000 }],
      },
      session,
    );
    const invoice = await call<{ id: number; number: string }>(
      request,
      'sales.document.validate',
      { id: draft.id },
      session,
    );
    ids.push(invoice.id);
    numbers.push(invoice.number);
  }

  const pagesAsked = recordPages(page, 'sales.receivable.list');
  await openApp(page, '/sales/receivables');
  await page.getByRole('searchbox', { name: 'Client ou numéro…' }).fill(name);
  await expect(page.getByTestId('receivable-total')).toHaveText('130 pièce(s)');
  await expect(page.getByTestId('receivable-list-range')).toContainText('sur 130');
  const rows = page.getByTestId('receivable-row');
  await expect(rows.first()).toContainText(numbers[0]!);
  await page.screenshot({ path: screenshotPath('sales-receivables-list') });

  // The wheel brings the invoices past the first hundred, fetched as they come into view.
  const last = await wheelToRow(page, 'receivable-list', 131);
  await expect(last).toContainText(numbers[COUNT - 1]!);
  await expect(last).toContainText('10/05/2020');
  expect(pagesAsked).toContain(1);

  // By amount, smallest first; End goes down to the largest, whose own button records its payment.
  await sortBy(page, 'Reste dû', 'ascending');
  await expect(rows.first()).toContainText('1,20 €');
  await pressEnd(page, 'Encours et relances', last);
  await expect(last).toContainText('156,00 €');
  await last.getByRole('button', { name: 'Encaisser' }).click();
  await expect(page).toHaveURL(new RegExp(`/sales/payments/new\\?documentId=${ids[COUNT - 1]}$`));
});
