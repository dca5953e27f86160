import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

// The lists on the virtual table: which pages they ask the core for, and how far down they go.

/** Records, in order, the page of every call the app makes to a list's route, such as 'sales.payment.list'. */
export function recordPages(page: Page, route: string): number[] {
  const pages: number[] = [];
  page.on('request', (req) => {
    if (req.url().endsWith(`/rpc/${route}`)) pages.push((req.postDataJSON() as { page: number }).page);
  });
  return pages;
}

/**
 * Wheels a list (by its test id) down until its row at `rowIndex` (aria-rowindex, the header being 1) is in view
 * and no row of the page waits for its data any more; returns that row.
 */
export async function wheelToRow(page: Page, list: string, rowIndex: number): Promise<Locator> {
  await page.getByTestId(`${list}-scroll`).hover();
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 1500);
  const row = page.getByTestId(list).locator(`tbody tr[aria-rowindex="${rowIndex}"]`);
  await expect(row).toBeInViewport();
  await expect(page.locator('tbody tr[aria-busy]')).toHaveCount(0);
  return row;
}

/** Sorts a list by a column through its header's button and checks the order the header announces. */
export async function sortBy(page: Page, column: string, order: 'ascending' | 'descending'): Promise<void> {
  await page.getByRole('button', { name: column, exact: true }).click();
  await expect(page.getByRole('columnheader', { name: column, exact: true })).toHaveAttribute('aria-sort', order);
}

/**
 * Clicks the screen's heading, away from the header's buttons, then presses End: the list highlights its last
 * row, which is checked to be `last`.
 */
export async function pressEnd(page: Page, heading: string, last: Locator): Promise<void> {
  await page.getByRole('heading', { name: heading }).click();
  await page.keyboard.press('End');
  await expect(last).toHaveAttribute('aria-selected', 'true');
}
