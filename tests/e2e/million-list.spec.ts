import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expect, openApp, test } from './fixtures';

// 1.1 million suppliers, past the 1,048,576 rows that Chromium's ceiling on an element's height (about 33.5
// million px) holds at 32 px a row: written in one statement straight into the company file, taken out after.
// The parties list only reads the party table; the search documents are left out, no test here searches them.
const COUNT = 1_100_000;
const FIRST_ID = 5_000_001;
// The virtual table's default ceiling on its scroll box's content (scroll-map.ts).
const CEILING = 8_000_000;
const ROW = 32;

function companyFile(): string {
  const file = process.env.COULISSE_E2E_DB;
  if (!file) throw new Error('COULISSE_E2E_DB is not set: run the tests through playwright.config.ts');
  return file;
}

const name = (i: number) => `Zz Mil ${String(i).padStart(7, '0')}`;
const fr = (n: number) => n.toLocaleString('fr-FR');

test.describe.configure({ timeout: 60_000 });

test.beforeAll(() => {
  const db = new Database(companyFile());
  try {
    const started = performance.now();
    db.prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
       insert into party (id, code, kind, name, name_folded, is_customer, is_supplier, city, city_folded,
         postal_code, archived, created_at, updated_at)
       select cast(? as integer) + i - 1, 'M' || (cast(? as integer) + i - 1), 'company', printf('Zz Mil %07d', i), printf('zz mil %07d', i), 0, 1,
         'Lyon', 'lyon', '69003', 0, ?, ?
       from n`,
    ).run(COUNT, FIRST_ID, FIRST_ID, new Date().toISOString(), new Date().toISOString());
    console.log(`million list: ${COUNT} parties written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    db.close();
  }
});

test.afterAll(() => {
  const db = new Database(companyFile());
  try {
    const started = performance.now();
    db.prepare('delete from party where id between ? and ?').run(FIRST_ID, FIRST_ID + COUNT - 1);
    db.pragma('wal_checkpoint(truncate)');
    console.log(`million list: parties taken out in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    db.close();
  }
});

test('a list over the browser ceiling on height reaches its last row, its middle and its top', async ({
  page,
}, testInfo) => {
  const pagesAsked: number[] = [];
  page.on('request', (req) => {
    if (!req.url().endsWith('/rpc/parties.party.list')) return;
    const input = req.postDataJSON() as { page: number; pageSize: number };
    if (input.pageSize === 100) pagesAsked.push(input.page);
  });
  await openApp(page, '/parties');
  const table = page.getByRole('table');
  const rows = page.locator('tbody tr[aria-rowindex]');
  await expect(rows.first()).toContainText(/\S/);
  const total = Number((await table.getAttribute('aria-rowcount')) ?? 0) - 1;
  expect(total).toBeGreaterThanOrEqual(COUNT);
  // The parties of the other tests sort before these.
  const before = total - COUNT;
  const firstName = (await rows.first().locator('td').nth(1).textContent()) ?? '';

  // The content keeps the ceiling's height: the whole list at 32 px a row could not be laid out.
  const scroll = page.getByTestId('party-list-scroll');
  const size = await scroll.evaluate((el) => ({ height: el.scrollHeight, view: el.clientHeight }));
  expect(size.height).toBe(CEILING);
  expect(total * ROW).toBeGreaterThan(33_554_432);

  // End reaches the true last row, whole, highlighted, numbered as the last.
  await page.locator('body').press('End');
  const last = page.getByRole('row', { name: new RegExp(name(COUNT)) });
  // Whole but for the fraction of a pixel the box's height has beyond its whole-pixel scrollTop.
  await expect(last).toBeInViewport({ ratio: 0.98 });
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(last).toHaveAttribute('aria-rowindex', String(total + 1));
  await expect(page.getByTestId('party-list-range')).toContainText(`à ${fr(total)} sur ${fr(total)}`);
  expect(await scroll.evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop)).toBeLessThan(1);
  await expect(page.locator('tbody tr[aria-busy]')).toHaveCount(0);
  const shot = testInfo.outputPath('million-list-end.png');
  await page.screenshot({ path: shot });
  console.log(`million list: end of the list pictured in ${shot}`);

  // Half way down the scroll bar (as a drag would put it) shows the rows half way down the list.
  await scroll.evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) / 2 }));
  const middle = Math.round(total / 2);
  await expect(page.locator('tbody tr[aria-busy]')).toHaveCount(0);
  const inView = await visibleRows(page);
  expect(inView.length).toBeGreaterThan(10);
  expect(Math.abs(inView[0]!.index - middle)).toBeLessThan(30);
  // In place: one after the other, 32 px apart, from under the header to the bottom of the box.
  const frame = (await scroll.boundingBox())!;
  const header = (await page.locator('thead').boundingBox())!;
  inView.forEach((row, i) => {
    if (i === 0) return;
    expect(row.index).toBe(inView[i - 1]!.index + 1);
    expect(Math.abs(row.top - inView[i - 1]!.top - ROW)).toBeLessThanOrEqual(1);
  });
  // The first row at least half below the header starts at most half a row below it, the one before drawn above.
  expect(inView[0]!.top).toBeLessThanOrEqual(header.y + header.height + ROW / 2);
  await expect(page.locator(`tbody tr[aria-rowindex="${inView[0]!.index - 1}"]`)).toHaveCount(1);
  expect(inView.at(-1)!.top + ROW).toBeGreaterThanOrEqual(frame.y + frame.height - ROW);
  const rangeFirst = Number(
    /Lignes (.+?) à/.exec((await page.getByTestId('party-list-range').textContent()) ?? '')?.[1]?.replace(/\D/g, ''),
  );
  expect(rangeFirst - (inView[0]!.index - 1)).toBeGreaterThanOrEqual(0);
  expect(rangeFirst - (inView[0]!.index - 1)).toBeLessThanOrEqual(1);

  const shotMiddle = testInfo.outputPath('million-list-middle.png');
  await page.screenshot({ path: shotMiddle });
  console.log(`million list: middle of the list pictured in ${shotMiddle}`);

  // The wheel moves on from there, the keyboard pages down with the highlight kept in view.
  await scroll.hover();
  await page.mouse.wheel(0, 400);
  await expect.poll(async () => (await visibleRows(page))[0]!.index).toBeGreaterThan(inView[0]!.index + 15);
  await expect(page.locator('tbody tr[aria-busy]')).toHaveCount(0);
  // The wheel scrolls smoothly, slowly on a loaded machine: wait until the box stops moving, or the rest of its
  // animation would carry the box away from where the keyboard puts it.
  let previous = -1;
  await expect
    .poll(
      async () => {
        const now = await scroll.evaluate((el) => el.scrollTop);
        const still = now === previous;
        previous = now;
        return still;
      },
      { intervals: [300] },
    )
    .toBe(true);
  const under = (await visibleRows(page))[3]!;
  await page.mouse.move(frame.x + 200, under.top + ROW / 2);
  await expect(page.locator(`tbody tr[aria-rowindex="${under.index}"]`)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  const selected = page.locator('tbody tr[aria-selected="true"]');
  await expect(selected).toBeInViewport({ ratio: 0.98 });
  const perScreen = Math.floor((size.view - (ROW + 4)) / ROW) - 1;
  await expect(selected).toHaveAttribute('aria-rowindex', String(under.index + 2 * perScreen));
  await expect(selected).toContainText(name(under.index + 2 * perScreen - 1 - before));

  const drawn = await rows.count();
  console.log(`million list: ${total} rows, ${drawn} drawn, pages fetched ${JSON.stringify(pagesAsked)}`);
  expect(drawn).toBeLessThanOrEqual(80);
  expect(new Set(pagesAsked).size).toBeLessThanOrEqual(12);
  expect(pagesAsked).toContain(Math.floor((total - 1) / 100));
  expect(pagesAsked).toContain(Math.floor((inView[0]!.index - 2) / 100));

  // Home comes back to the first row.
  await page.keyboard.press('Home');
  const top = page.locator('tbody tr[aria-rowindex="2"]');
  await expect(top).toBeInViewport({ ratio: 1 });
  await expect(top).toHaveAttribute('aria-selected', 'true');
  await expect(top).toContainText(firstName);
  await expect(page.getByTestId('party-list-range')).toContainText(`Lignes 1 à`);
  expect(await scroll.evaluate((el) => el.scrollTop)).toBe(0);

  // A few pixels down, the scaled offset already passes the first rows: they slide under the header, the next
  // ones follow 32 px apart with nothing missing in between.
  await scroll.evaluate((el) => el.scrollTo({ top: 12 }));
  await expect.poll(async () => (await visibleRows(page))[0]!.index).toBeGreaterThan(2);
  const nearTop = await visibleRows(page);
  nearTop.forEach((row, i) => {
    if (i > 0) expect(row.top - nearTop[i - 1]!.top).toBeCloseTo(ROW, 0);
  });
  expect(nearTop[0]!.top).toBeLessThanOrEqual(header.y + header.height + ROW / 2);

  // Deep in the list, Enter opens the highlighted row.
  await scroll.evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) * 0.7 }));
  await expect.poll(async () => (await visibleRows(page))[0]!.index).toBeGreaterThan(total * 0.6);
  await expect(page.locator('tbody tr[aria-busy]')).toHaveCount(0);
  const deep = (await visibleRows(page))[5]!;
  await page.mouse.move(frame.x + 240, deep.top + ROW / 2);
  await expect(page.locator(`tbody tr[aria-rowindex="${deep.index}"]`)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: name(deep.index - before) })).toBeVisible();
});

/** The rows at least half in view below the sticky header, top to bottom, with their aria-rowindex. */
async function visibleRows(page: Page) {
  return page.getByTestId('party-list-scroll').evaluate((box) => {
    const frame = box.getBoundingClientRect();
    const headerBottom = box.querySelector('thead')!.getBoundingClientRect().bottom;
    return [...box.querySelectorAll('tbody tr[aria-rowindex]')]
      .map((tr) => ({ index: Number(tr.getAttribute('aria-rowindex')), top: tr.getBoundingClientRect().top }))
      .filter((r) => r.top + 16 > headerBottom && r.top + 16 < frame.bottom);
  });
}
