import { describe, expect, test } from 'vitest';
import {
  SCROLL_CEILING,
  currentOffset,
  offsetAt,
  offsetShowing,
  rowsAt,
  rowsLayout,
  rowsShown,
  scrollSpace,
  scrollTopFor,
} from './scroll-map';

const ROW = 32;
const HEADER = 36;
const VIEW = 600;
const space = (count: number, ceiling = SCROLL_CEILING) =>
  scrollSpace({ count, rowHeight: ROW, headerHeight: HEADER, viewHeight: VIEW, ceiling });

/** The first row wholly below the header at an offset, 0-based. */
const firstUnderHeader = (offset: number) => Math.ceil(offset / ROW);

describe('a list under the ceiling', () => {
  test('keeps the whole height and a scrollTop is its own offset', () => {
    const s = space(20_000);
    expect(s.scaled).toBe(false);
    expect(s.contentHeight).toBe(HEADER + 20_000 * ROW);
    for (const top of [0, 1, 12_345, s.scrollMax]) {
      expect(offsetAt(top, s)).toBe(top);
      expect(scrollTopFor(top, s)).toBe(top);
    }
  });

  test('draws its rows with the spacers it had', () => {
    const s = space(20_000);
    const rows = rowsAt(3_200, s, 10);
    expect(rows).toEqual({ first: 88, last: 127 });
    expect(rowsLayout(3_200, 3_200, rows, s)).toEqual({
      padTop: 88 * ROW,
      shift: 0,
      padBottom: (20_000 - 128) * ROW,
    });
  });

  test('a short list fits without scrolling and shows every row', () => {
    const s = space(5);
    expect(s.scrollMax).toBe(0);
    expect(rowsAt(0, s, 10)).toEqual({ first: 0, last: 4 });
    expect(rowsShown(0, s)).toEqual({ first: 1, last: 5 });
    expect(rowsLayout(0, 0, rowsAt(0, s, 10), s)).toEqual({ padTop: 0, shift: 0, padBottom: 0 });
    expect(rowsAt(0, space(0), 10)).toEqual({ first: -1, last: -1 });
  });

  test('just under the ceiling it is not scaled; one row more and it is', () => {
    const fits = Math.floor((SCROLL_CEILING - HEADER) / ROW);
    expect(space(fits).scaled).toBe(false);
    expect(space(fits + 1).scaled).toBe(true);
    expect(space(fits + 1).contentHeight).toBe(SCROLL_CEILING);
  });
});

describe('a list over the ceiling', () => {
  const count = 1_100_000;
  const s = space(count);

  test('keeps the ceiling height, well under the browser limit', () => {
    expect(s.scaled).toBe(true);
    expect(s.contentHeight).toBe(SCROLL_CEILING);
    expect(s.listHeight).toBeGreaterThan(33_554_400);
  });

  test('the top shows row 1, the middle the middle rows, the bottom the last row', () => {
    expect(offsetAt(0, s)).toBe(0);
    expect(rowsShown(0, s).first).toBe(1);
    const middle = rowsShown(offsetAt(s.scrollMax / 2, s), s);
    expect(Math.abs(middle.first - count / 2)).toBeLessThan(20);
    expect(offsetAt(s.scrollMax, s)).toBe(s.offsetMax);
    expect(rowsShown(s.offsetMax, s).last).toBe(count);
    expect(rowsAt(s.offsetMax, s, 10).last).toBe(count - 1);
    // Past either end (an elastic scroll) stays at the ends.
    expect(offsetAt(-40, s)).toBe(0);
    expect(offsetAt(s.scrollMax + 40, s)).toBe(s.offsetMax);
  });

  test('row → offset → scrollTop → offset comes back to the same row', () => {
    for (const index of [0, 1, 999, 333_333, 550_000, count - 2, count - 1]) {
      const offset = offsetShowing(index, 0, s);
      const top = scrollTopFor(offset, s);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThanOrEqual(s.scrollMax);
      const back = offsetAt(top, s);
      expect(back).toBeCloseTo(offset, 6);
      const shown = rowsShown(back, s);
      expect(index + 1).toBeGreaterThanOrEqual(shown.first);
      expect(index + 1).toBeLessThanOrEqual(shown.last);
    }
  });

  test('a rounded scrollTop keeps the offset it was written for while the box stays there', () => {
    const offset = offsetShowing(777_777, s.offsetMax, s);
    const top = Math.round(scrollTopFor(offset, s));
    const pin = { scrollTop: top, offset, offsetMax: s.offsetMax };
    expect(offsetAt(top, s)).not.toBe(offset);
    expect(currentOffset(top, pin, s)).toBe(offset);
    expect(firstUnderHeader(currentOffset(top, pin, s))).toBe(777_777);
    // Scrolled away, or another list: the mapping again.
    expect(currentOffset(top + 5, pin, s)).toBe(offsetAt(top + 5, s));
    expect(currentOffset(top, pin, space(count + 1))).toBe(offsetAt(top, space(count + 1)));
    expect(currentOffset(top, { ...pin, offset: offset + 10 * ROW }, s)).toBe(offsetAt(top, s));
  });

  test('the rows in view are drawn in place, 32 px apart, relative to the scrollTop', () => {
    const top = 4_000_000;
    const offset = offsetAt(top, s);
    const rows = rowsAt(offset, s, 10);
    const { padTop, shift, padBottom } = rowsLayout(top, offset, rows, s);
    expect(shift).toBe(0);
    // The first row wholly below the header sits right at or below it on screen.
    const first = firstUnderHeader(offset);
    const onScreen = HEADER + padTop + (first - rows.first) * ROW - top;
    expect(onScreen).toBeGreaterThanOrEqual(HEADER - 0.5);
    expect(onScreen).toBeLessThan(HEADER + ROW);
    expect(HEADER + padTop + (rows.last - rows.first + 1) * ROW + padBottom).toBe(SCROLL_CEILING);
    expect(rows.last - rows.first + 1).toBeLessThanOrEqual(Math.ceil(VIEW / ROW) + 21);
  });

  test('near the top the rows are shifted up under the header rather than lost', () => {
    const top = 10;
    const offset = offsetAt(top, s);
    const rows = rowsAt(offset, s, 10);
    expect(rows.first).toBe(0);
    const { padTop, shift } = rowsLayout(top, offset, rows, s);
    expect(padTop).toBe(0);
    expect(shift).toBe(Math.round(top - offset));
    // Row 0 is where the list offset puts it on screen.
    expect(HEADER + shift - top).toBeCloseTo(HEADER - offset, 0);
  });

  test('at the very end the last row ends on the content bottom', () => {
    const rows = rowsAt(s.offsetMax, s, 10);
    const { padTop, padBottom } = rowsLayout(s.scrollMax, s.offsetMax, rows, s);
    expect(HEADER + padTop + (rows.last - rows.first + 1) * ROW).toBe(SCROLL_CEILING);
    expect(padBottom).toBe(0);
  });

  test('the keyboard moves the offset only as far as needed, within the list', () => {
    const offset = offsetAt(s.scrollMax / 3, s);
    const first = firstUnderHeader(offset);
    expect(offsetShowing(first + 3, offset, s)).toBe(offset);
    expect(offsetShowing(first - 1, offset, s)).toBe((first - 1) * ROW);
    const below = first + 40;
    expect(offsetShowing(below, offset, s)).toBe(HEADER + (below + 1) * ROW - VIEW);
    expect(offsetShowing(count - 1, offset, s)).toBe(s.offsetMax);
    expect(offsetShowing(0, offset, s)).toBe(0);
  });
});

describe('a lowered ceiling', () => {
  test('scales a thousand rows the same way', () => {
    const s = space(1_000, 10_000);
    expect(s.scaled).toBe(true);
    expect(offsetAt(s.scrollMax, s)).toBe(s.offsetMax);
    expect(rowsShown(offsetAt(s.scrollMax, s), s).last).toBe(1_000);
    expect(rowsShown(offsetAt(s.scrollMax / 2, s), s).first).toBeGreaterThan(480);
    expect(rowsShown(offsetAt(s.scrollMax / 2, s), s).first).toBeLessThan(520);
  });
});
