import type { Page } from '@playwright/test';
import { apiSignIn, call, expect, openApp, screenshotPath, test } from './fixtures';
import { pressEnd, recordPages, sortBy, wheelToRow } from './lists';

// A deal from the quote to the invoice, driven from the screens; then a credit note for half of an invoice.
test.describe.configure({ mode: 'serial' });
// Four documents typed, converted and validated on screen take longer than one screen's test.
test.setTimeout(120_000);

const CUSTOMER = `Atelier Vasseur ${Date.now() % 100000}`;
let partyId = 0;
let productLabel: string | null = null;
let invoiceId = 0;

async function setUp(page: Page) {
  const session = await apiSignIn(page.request);
  const party = await call<{ id: number }>(
    page.request,
    'parties.party.create',
    {
      kind: 'company',
      name: CUSTOMER,
      isCustomer: true,
      isSupplier: false,
      addresses: [{ kind: 'billing', line1: '12 rue des Tanneurs', postalCode: '59000', city: 'Lille', country: 'FR' }],
    },
    session,
  );
  partyId = party.id;
  // The catalog may not answer yet; the lines are then typed as free lines.
  try {
    const reference = `MAINT-${Date.now() % 100000}`;
    await call(
      page.request,
      'sales.product.create',
      { reference, label: 'Maintenance annuelle', unitPrice: 12000, vatRate: 2000, unit: 'h' },
      session,
    );
    productLabel = 'Maintenance annuelle';
  } catch {
    productLabel = null;
  }
  return session;
}

async function validate(page: Page) {
  await page.getByRole('button', { name: 'Valider', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Valider', exact: true }).click();
}

async function convert(page: Page, to: string) {
  await page.getByRole('button', { name: 'Transformer' }).click();
  await page.getByRole('menuitem', { name: to, exact: true }).click();
}

test('a quote typed on screen becomes an order, a delivery note, then a validated invoice with its PDF', async ({
  page,
}) => {
  const session = await setUp(page);
  await openApp(page, '/sales/quotes');
  await expect(page.getByRole('heading', { name: 'Devis' })).toBeVisible();
  await page.getByRole('button', { name: 'Nouveau devis' }).click();
  await expect(page.getByRole('heading', { name: 'Nouveau devis' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Client' }).fill(CUSTOMER.slice(0, 12));
  await page.getByRole('option', { name: new RegExp(CUSTOMER) }).click();

  const label = page.getByRole('combobox', { name: 'Désignation' });
  if (productLabel) {
    await label.nth(0).fill('Maint');
    await page.getByRole('option', { name: /Maintenance annuelle/ }).click();
    await expect(page.getByRole('textbox', { name: 'P.U. HT' }).nth(0)).toHaveValue('120,00');
  } else {
    await label.nth(0).fill('Maintenance annuelle');
    await page.getByRole('textbox', { name: 'P.U. HT' }).nth(0).fill('120');
  }
  await page.getByRole('textbox', { name: 'Qté' }).nth(0).fill('1,5');
  // Enter in a cell adds the next line and moves to it.
  await page.getByRole('textbox', { name: 'Qté' }).nth(0).press('Enter');
  await expect(label).toHaveCount(2);
  await expect(label.nth(1)).toBeFocused();
  await label.nth(1).fill('Déplacement sur site');
  await page.getByRole('textbox', { name: 'Qté' }).nth(1).fill('2');
  await page.getByRole('textbox', { name: 'P.U. HT' }).nth(1).fill('45,50');
  await page.getByRole('combobox', { name: 'TVA', exact: true }).nth(1).click();
  await page.getByRole('option', { name: '10 %' }).click();

  // 1,5 × 120,00 = 180,00 at 20 %; 2 × 45,50 = 91,00 at 10 %.
  const live = page.getByTestId('document-live-totals');
  await expect(live).toContainText('271,00 €');
  await expect(live).toContainText('36,00 €');
  await expect(live).toContainText('9,10 €');
  await expect(live).toContainText('316,10 €');
  await page.screenshot({ path: screenshotPath('sales-document-editor'), fullPage: true });

  await page.getByRole('button', { name: 'Créer' }).click();
  await expect(page.getByTestId('document-title')).toHaveText('Devis Brouillon');
  await validate(page);
  await expect(page.getByTestId('document-title')).toHaveText(/^Devis DE-\d{4}-\d{5}$/);
  const quoteNumber = (await page.getByTestId('document-title').textContent())!.replace('Devis ', '');

  await convert(page, 'En commande');
  await expect(page.getByTestId('document-title')).toHaveText('Commande Brouillon');
  await expect(page.getByTestId('document-links')).toContainText(quoteNumber);
  await validate(page);
  await expect(page.getByTestId('document-title')).toHaveText(/^Commande CO-/);

  await convert(page, 'En bon de livraison');
  await expect(page.getByTestId('document-title')).toHaveText('Bon de livraison Brouillon');
  await validate(page);
  await expect(page.getByTestId('document-title')).toHaveText(/^Bon de livraison BL-/);

  await convert(page, 'En facture');
  await expect(page.getByTestId('document-title')).toHaveText('Facture Brouillon');
  await page.getByRole('button', { name: 'Valider', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('ne pourra plus être modifiée');
  await page.getByRole('dialog').getByRole('button', { name: 'Valider', exact: true }).click();
  await expect(page.getByTestId('document-title')).toHaveText(/^Facture FA-\d{4}-\d{5}$/);
  await expect(page.getByTestId('document-entry')).toHaveText(/^VT\d{4}-/);
  await expect(page.getByTestId('document-totals')).toContainText('316,10 €');
  await expect(page.getByText('Non réglée', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer un règlement' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Modifier' })).toHaveCount(0);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: screenshotPath('sales-invoice-detail'), fullPage: true });

  await page.getByRole('button', { name: 'Aperçu PDF' }).click();
  const preview = page.getByRole('dialog');
  await expect(preview.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  const id = Number(/\/sales\/invoices\/(\d+)/.exec(page.url())![1]);
  invoiceId = id;
  const pdfReady = await call(page.request, 'sales.document.pdf', { id }, session).then(
    () => true,
    () => false,
  );
  if (pdfReady) await expect(preview.getByTestId('pdf-preview')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Factures et avoirs' }).first().click();
  const row = page.getByRole('row', { name: new RegExp(CUSTOMER) }).first();
  await expect(row).toContainText(/FA-\d{4}-\d{5}/);
  await expect(row).toContainText('316,10 €');
  await expect(row).toContainText('Non réglée');
});

test('a credit note for half of an invoice: created from the invoice, quantities lowered, validated', async ({
  page,
}) => {
  const session = partyId ? await apiSignIn(page.request) : await setUp(page);
  const draft = await call<{ id: number }>(
    page.request,
    'sales.document.create',
    {
      kind: 'invoice',
      partyId,
      date: new Date().toISOString().slice(0, 10),
      lines: [{ label: 'Audit de sécurité', quantity: 4000, unitPrice: 5000, vatRate: 2000 }],
    },
    session,
  );
  await call(page.request, 'sales.document.validate', { id: draft.id }, session);

  await openApp(page, `/sales/invoices/${draft.id}`);
  await expect(page.getByTestId('document-title')).toHaveText(/^Facture FA-/);
  await page.getByRole('button', { name: 'Créer un avoir' }).click();
  await expect(page.getByRole('heading', { name: 'Modifier : Avoir Brouillon' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Qté' }).nth(0).fill('2');
  await expect(page.getByTestId('document-live-totals')).toContainText('120,00 €');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByTestId('document-title')).toHaveText('Avoir Brouillon');
  await validate(page);
  await expect(page.getByTestId('document-title')).toHaveText(/^Avoir AV-\d{4}-\d{5}$/);
  await expect(page.getByTestId('document-totals')).toContainText('120,00 €');

  await page
    .getByTestId('document-links')
    .getByRole('link', { name: /^Facture FA-/ })
    .click();
  await expect(page.getByTestId('document-open')).toHaveText('120,00 €');
  await expect(page.getByText('Partiellement réglée', { exact: true })).toBeVisible();
  await expect(page.getByTestId('document-allocations')).toContainText(/Avoir AV-/);
});

test('the invoice is paid from its page; the sales journal and the customer’s account in the books agree', async ({
  page,
}) => {
  test.skip(invoiceId === 0, 'the deal of the first test did not reach its invoice');
  const session = await apiSignIn(page.request);
  await openApp(page, `/sales/invoices/${invoiceId}`);
  await page.getByRole('button', { name: 'Enregistrer un règlement' }).click();
  await expect(page.getByRole('heading', { name: 'Enregistrer un règlement' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Montant', exact: true })).toHaveValue('316,10');
  await page.getByRole('button', { name: 'Enregistrer le règlement' }).click();
  await openApp(page, `/sales/invoices/${invoiceId}`);
  await expect(page.getByText('Réglée', { exact: true })).toBeVisible();
  await expect(page.getByTestId('document-open')).toHaveText('0,00 €');

  // What sales says the customer owes is what the customer's account says in the books.
  const year = new Date().getFullYear();
  const docs = await call<{ rows: { kind: string; status: string; openAmount: number; grossTotal: number }[] }>(
    page.request,
    'sales.document.list',
    { partyId, kinds: ['invoice', 'deposit', 'credit_note'], pageSize: 200 },
    session,
  );
  const owed = docs.rows
    .filter((d) => d.status === 'validated')
    .reduce((sum, d) => sum + (d.kind === 'credit_note' ? -d.openAmount : d.openAmount), 0);
  const aux = await call<{ rows: { label: string; balance: number }[] }>(
    page.request,
    'accounting.report.auxBalance',
    { from: `${year}-01-01`, to: `${year}-12-31`, kind: 'customer' },
    session,
  );
  expect(aux.rows.find((r) => r.label === CUSTOMER)?.balance ?? 0).toBe(owed);
  // The sales journal holds each validated invoice and credit note of the customer once, at its total.
  const journal = await call<{
    entries: { lines: { accountNumber: string; label: string | null; debit: number; credit: number }[] }[];
  }>(
    page.request,
    'accounting.report.journal',
    { from: `${year}-01-01`, to: `${year}-12-31`, journalCode: 'VT' },
    session,
  );
  const customerLines = journal.entries
    .flatMap((e) => e.lines)
    .filter((l) => l.accountNumber === '411' && l.label?.startsWith(CUSTOMER));
  const billed = docs.rows
    .filter((d) => d.status === 'validated')
    .reduce((sum, d) => sum + (d.kind === 'credit_note' ? -d.grossTotal : d.grossTotal), 0);
  expect(customerLines.reduce((sum, l) => sum + l.debit - l.credit, 0)).toBe(billed);
});

test('the invoices list scrolls past its first page, sorts and opens a row from the keyboard', async ({ page }) => {
  // More drafts than the list fetches at once, one customer's, dated one a day from 2 January: the oldest last.
  const COUNT = 130;
  const session = await apiSignIn(page.request);
  const name = `Défilement ${Date.now() % 100000}`;
  const party = await call<{ id: number }>(
    page.request,
    'parties.party.create',
    {
      kind: 'company',
      name,
      isCustomer: true,
      isSupplier: false,
      addresses: [{ kind: 'billing', line1: '3 rue du Rempart', postalCode: '35000', city: 'Rennes', country: 'FR' }],
    },
    session,
  );
  const ids: number[] = [];
  try {
    for (let i = 1; i <= COUNT; i++) {
      const draft = await call<{ id: number }>(
        page.request,
        'sales.document.create',
        {
          kind: 'invoice',
          partyId: party.id,
          date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
          lines: [{ label: `Fourniture ${i}`, quantity: 1000, unitPrice: 100 * i, vatRate: 2000 }],
        },
        session,
      );
      ids.push(draft.id);
    }

    const pagesAsked = recordPages(page, 'sales.document.list');
    await openApp(page, '/sales/invoices');
    await expect(page.getByTestId('document-row').first()).toBeVisible();
    await page.screenshot({ path: screenshotPath('sales-documents-list') });
    await page.getByRole('searchbox', { name: 'Rechercher', exact: true }).fill(name);
    await expect(page.getByTestId('document-total')).toHaveText('130 document(s)');
    await expect(page.getByTestId('document-list-range')).toContainText('sur 130');
    const rows = page.getByTestId('document-row');
    await expect(rows.first()).toContainText('11/05/2026');

    // The wheel brings the rows past the first hundred, fetched as they come into view.
    const oldest = await wheelToRow(page, 'document-list', 131);
    await expect(oldest).toContainText('02/01/2026');
    await expect(oldest).toContainText('1,20 €');
    expect(pagesAsked).toContain(1);

    // The date column turns around: the oldest first.
    await sortBy(page, 'Date', 'ascending');
    await expect(rows.first()).toContainText('02/01/2026');

    // Away from the header's button, End highlights the newest, now last; Enter opens it as a click would.
    const last = page.getByTestId('document-list').locator('tbody tr[aria-rowindex="131"]');
    await pressEnd(page, 'Factures et avoirs', last);
    await expect(last).toContainText('11/05/2026');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/sales/invoices/${ids[COUNT - 1]}$`));
    await expect(page.getByTestId('document-title')).toHaveText('Facture Brouillon');
  } finally {
    for (const id of ids) await call(page.request, 'sales.document.delete', { id }, session);
  }
});
