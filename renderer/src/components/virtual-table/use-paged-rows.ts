import { useThrottledValue } from '@mantine/hooks';
import { useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { pagesForRange, rowPlace } from './page-window';

export interface PageAnswer<Row> {
  rows: Row[];
  total: number;
}

/** Where a virtual table's rows come from: the list as filtered and sorted, one page at a time. */
export interface PagedSource<Row> {
  /** Changes whenever the filter or the sort does: the highlight and the scroll start again. */
  key: string;
  pageKey(page: number, pageSize: number): readonly unknown[];
  fetchPage(page: number, pageSize: number): Promise<PageAnswer<Row>>;
}

export interface PagedRows<Row> {
  /** The core's count for the list; the previous filter's while a new one loads. */
  total: number;
  /** The row at an index of the whole list, or undefined while its page is on its way. */
  rowAt(index: number): Row | undefined;
  /** No page of any list has arrived yet. */
  isPending: boolean;
  isFetching: boolean;
  /** The first page of the list as filtered now has arrived. */
  isSuccess: boolean;
}

/**
 * Fetches only the pages under the visible rows (and the first, for the count), each its own query: jumping to
 * the end of a million rows asks for one deep page, not every page on the way as an infinite query would. The
 * window is throttled, so dragging the scrollbar across the list asks for a few pages a second, not one a frame.
 */
export function usePagedRows<Row>(
  source: PagedSource<Row>,
  visible: { first: number; last: number },
  pageSize: number,
  options: { staleTime?: number } = {},
): PagedRows<Row> {
  const throttled = useThrottledValue(`${visible.first}:${visible.last}`, 120);
  const [first, last] = throttled.split(':').map(Number) as [number, number];
  const pages = useMemo(() => [...new Set([0, ...pagesForRange(first, last, pageSize)])], [first, last, pageSize]);

  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: source.pageKey(page, pageSize),
      queryFn: () => source.fetchPage(page, pageSize),
      ...(options.staleTime !== undefined ? { staleTime: options.staleTime } : {}),
      gcTime: 60_000,
    })),
  });

  const byPage = new Map<number, PageAnswer<Row>>();
  results.forEach((r, i) => {
    if (r.data && !r.isPlaceholderData) byPage.set(pages[i]!, r.data);
  });
  const head = byPage.get(0);
  // While a new sort or filter loads, the previous list's first page stays on screen (each filter's pages are
  // queries of their own, so the query cache has no previous data to keep for the new one).
  const [previous, setPrevious] = useState<PageAnswer<Row> | undefined>(undefined);
  if (head && head !== previous) setPrevious(head);
  const shown = head ?? previous ?? [...byPage.values()][0];
  return {
    total: shown?.total ?? 0,
    rowAt(index) {
      const { page, offset } = rowPlace(index, pageSize);
      if (page === 0 && !head) return previous?.rows[offset];
      return byPage.get(page)?.rows[offset];
    },
    isPending: !shown,
    isFetching: results.some((r) => r.isFetching),
    isSuccess: head !== undefined,
  };
}
