/** The pages (0-based) that hold rows `first` to `last` (inclusive), at `pageSize` rows a page. */
export function pagesForRange(first: number, last: number, pageSize: number): number[] {
  if (last < first || last < 0) return [];
  const from = Math.floor(Math.max(0, first) / pageSize);
  const to = Math.floor(last / pageSize);
  const pages: number[] = [];
  for (let p = from; p <= to; p++) pages.push(p);
  return pages;
}

/** Where row `index` of the whole list sits: its page, and its place in that page. */
export function rowPlace(index: number, pageSize: number): { page: number; offset: number } {
  return { page: Math.floor(index / pageSize), offset: index % pageSize };
}

/** The row a highlight lands on after a move, kept inside the list; -1 when the list is empty. */
export function moveIndex(current: number, delta: number, count: number): number {
  if (count <= 0) return -1;
  // Nothing highlighted yet: down starts at the top, up at the bottom.
  const start = current < 0 ? (delta < 0 ? count : -1) : current;
  return Math.min(count - 1, Math.max(0, start + delta));
}
