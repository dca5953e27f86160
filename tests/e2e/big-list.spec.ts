import Database from 'better-sqlite3';
import { expect, openApp, test } from './fixtures';

// Twenty thousand suppliers written straight into the company file, as valid as the app's own (a code, folded
// name and city, a search document), then taken out again: the other specs count third parties.
const COUNT = 20_000;
const FIRST_ID = 900_001;

function companyFile(): string {
  const file = process.env.COULISSE_E2E_DB;
  if (!file) throw new Error('COULISSE_E2E_DB is not set: run the tests through playwright.config.ts');
  return file;
}

test.beforeAll(() => {
  const db = new Database(companyFile());
  try {
    const now = new Date().toISOString();
    const party = db.prepare(
      `insert into party (id, code, kind, name, name_folded, is_customer, is_supplier, city, city_folded, postal_code,
         archived, created_at, updated_at)
       values (?, ?, 'company', ?, ?, 0, 1, 'Lyon', 'lyon', '69003', 0, ?, ?)`,
    );
    const doc = db.prepare(`insert into search_doc (kind, ref_id, title, subtitle, body) values ('party', ?, ?, ?, ?)`);
    db.transaction(() => {
      for (let i = 1; i <= COUNT; i++) {
        const id = FIRST_ID + i - 1;
        const code = `T${id}`;
        const name = `Zz Lot ${String(i).padStart(5, '0')}`;
        party.run(id, code, name, name.toLowerCase(), now, now);
        doc.run(id, name, `${code} · 69003 Lyon`, `${code} Lyon 69003`);
      }
    })();
  } finally {
    db.close();
  }
});

test.afterAll(() => {
  const db = new Database(companyFile());
  try {
    db.transaction(() => {
      db.prepare(`delete from search_doc where kind = 'party' and ref_id between ? and ?`).run(
        FIRST_ID,
        FIRST_ID + COUNT - 1,
      );
      db.prepare('delete from party where id between ? and ?').run(FIRST_ID, FIRST_ID + COUNT - 1);
    })();
  } finally {
    db.close();
  }
});

test('a list of twenty thousand scrolls to its end with a few pages fetched and a few rows drawn', async ({ page }) => {
  const pagesAsked: number[] = [];
  page.on('request', (req) => {
    if (!req.url().endsWith('/rpc/parties.party.list')) return;
    const input = req.postDataJSON() as { page: number; pageSize: number };
    // The home screen asks the same route for its counts and recent parties, a few rows at a time.
    if (input.pageSize === 100) pagesAsked.push(input.page);
  });
  await openApp(page, '/parties');
  const rows = page.locator('tbody tr[aria-rowindex]');
  await expect(rows.first()).toContainText(/\S/);
  const total = Number((await page.getByRole('table').getAttribute('aria-rowcount')) ?? 0) - 1;
  expect(total).toBeGreaterThanOrEqual(COUNT);

  // The names sort last: End lands on the last of them, highlighted.
  await page.locator('body').press('End');
  const last = page.getByRole('row', { name: /Zz Lot 20000/ });
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('party-list-range')).toContainText(`sur ${total.toLocaleString('fr-FR')}`);

  // The wheel and the keyboard go back up a few screens; the rows there arrive too.
  const scroll = page.getByTestId('party-list-scroll');
  await scroll.hover();
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -1500);
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('row', { name: /Zz Lot 19/ }).first()).toBeVisible();
  await expect(page.locator('tbody tr[aria-busy]')).toHaveCount(0);

  const drawn = await rows.count();
  console.log(`big list: ${total} rows, ${drawn} drawn, pages fetched ${JSON.stringify(pagesAsked)}`);
  expect(drawn).toBeLessThanOrEqual(80);
  // The first page for the count, the last pages, the few scrolled through: nothing like the 200 pages in between.
  expect(new Set(pagesAsked).size).toBeLessThanOrEqual(8);
  expect(pagesAsked).toContain(Math.floor((total - 1) / 100));

  await page.keyboard.press('End');
  await expect(last).toBeInViewport();
  await page.screenshot({ path: 'docs/screenshots/parties-virtual-list.png' });
});
