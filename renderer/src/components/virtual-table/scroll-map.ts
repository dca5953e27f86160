/**
 * Chromium stops growing an element near 33.5 million px of layout, and its layout counts device pixels: a
 * HiDPI screen or the page zoom lowers the ceiling in CSS px. Eight million stays under it up to four times
 * display scale and zoom combined, and holds 250,000 rows at 32 px before a list is scaled.
 */
export const SCROLL_CEILING = 8_000_000;

export interface ScrollGeometry {
  count: number;
  rowHeight: number;
  /** The sticky header above the rows, inside the scroll box. */
  headerHeight: number;
  /** The scroll box's inner height, header included. */
  viewHeight: number;
  /** The tallest content the scroll box is given. */
  ceiling: number;
}

export interface ScrollSpace extends ScrollGeometry {
  /** The whole list's height at its row height: the space offsets are counted in. */
  listHeight: number;
  /** The scroll box's content height: the list's, or the ceiling's when the list is taller. */
  contentHeight: number;
  scaled: boolean;
  /** The scroll box's furthest scrollTop. */
  scrollMax: number;
  /** The list's furthest offset. */
  offsetMax: number;
}

export function scrollSpace(g: ScrollGeometry): ScrollSpace {
  const listHeight = g.headerHeight + Math.max(0, g.count) * g.rowHeight;
  const scaled = listHeight > g.ceiling;
  const contentHeight = scaled ? g.ceiling : listHeight;
  return {
    ...g,
    listHeight,
    contentHeight,
    scaled,
    scrollMax: Math.max(0, contentHeight - g.viewHeight),
    offsetMax: Math.max(0, listHeight - g.viewHeight),
  };
}

/** The list offset a scrollTop shows: itself for a list under the ceiling, else scaled so both ends meet. */
export function offsetAt(scrollTop: number, s: ScrollSpace): number {
  const top = Math.max(0, scrollTop);
  if (!s.scaled) return top;
  if (s.scrollMax <= 0) return 0;
  return (Math.min(top, s.scrollMax) / s.scrollMax) * s.offsetMax;
}

/** The scrollTop that shows a list offset: the inverse of `offsetAt`. */
export function scrollTopFor(offset: number, s: ScrollSpace): number {
  const at = Math.min(Math.max(0, offset), s.offsetMax);
  if (!s.scaled) return at;
  if (s.offsetMax <= 0) return 0;
  return (at / s.offsetMax) * s.scrollMax;
}

/** A scrollTop written for an exact offset: the box rounds it, the offset it was written for stands. */
export interface ScrollPin {
  scrollTop: number;
  offset: number;
  offsetMax: number;
}

/**
 * The offset on screen: a pinned one while the box is still where it was put (so a row reached by the
 * keyboard sits exactly below the header, however the scrollTop was rounded), else the mapped one.
 */
export function currentOffset(scrollTop: number, pin: ScrollPin | null, s: ScrollSpace): number {
  const mapped = offsetAt(scrollTop, s);
  if (
    pin &&
    pin.scrollTop === scrollTop &&
    pin.offsetMax === s.offsetMax &&
    Math.abs(pin.offset - mapped) < s.rowHeight
  ) {
    return pin.offset;
  }
  return mapped;
}

/** The rows (0-based, inclusive) under the view at an offset, `overscan` more either side; -1, -1 when empty. */
export function rowsAt(offset: number, s: ScrollSpace, overscan: number): { first: number; last: number } {
  if (s.count <= 0) return { first: -1, last: -1 };
  const first = Math.max(0, Math.floor((offset - s.headerHeight) / s.rowHeight));
  const last = Math.min(s.count - 1, Math.ceil((offset + s.viewHeight - s.headerHeight) / s.rowHeight) - 1);
  return { first: Math.max(0, first - overscan), last: Math.min(s.count - 1, Math.max(first, last) + overscan) };
}

/** The rows (1-based) wholly or mostly in view below the header, for the "rows x–y of N" text. */
export function rowsShown(offset: number, s: ScrollSpace): { first: number; last: number } {
  const below = s.viewHeight - s.headerHeight;
  return {
    first: Math.min(s.count, Math.ceil(offset / s.rowHeight) + 1),
    last: Math.min(s.count, Math.floor((offset + below) / s.rowHeight)),
  };
}

/** The offset that brings a row into view below the header, moving as little as possible. */
export function offsetShowing(index: number, offset: number, s: ScrollSpace): number {
  if (s.count <= 0) return offset;
  const i = Math.min(Math.max(0, index), s.count - 1);
  const top = s.headerHeight + i * s.rowHeight;
  let next = offset;
  if (top < offset + s.headerHeight) next = top - s.headerHeight;
  else if (top + s.rowHeight > offset + s.viewHeight) next = top + s.rowHeight - s.viewHeight;
  return Math.min(Math.max(0, next), s.offsetMax);
}

/**
 * Where the drawn rows go in the scroll box's content. Rows keep their height and their place relative to the
 * view, so the first drawn row lands at `scrollTop + (its list position - offset)`: above the rows' start near
 * the top of a scaled list, hence a `shift` (negative) that moves them up under the header without changing
 * the layout; `padBottom` fills up to the content height.
 */
export function rowsLayout(
  scrollTop: number,
  offset: number,
  rows: { first: number; last: number },
  s: ScrollSpace,
): { padTop: number; shift: number; padBottom: number } {
  if (rows.first < 0) return { padTop: 0, shift: 0, padBottom: 0 };
  const at = Math.round(scrollTop + rows.first * s.rowHeight - offset);
  const padTop = Math.max(0, at);
  const drawn = (rows.last - rows.first + 1) * s.rowHeight;
  return {
    padTop,
    shift: Math.min(0, at),
    padBottom: Math.max(0, s.contentHeight - s.headerHeight - padTop - drawn),
  };
}
