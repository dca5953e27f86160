import { describe, expect, test } from 'vitest';
import { moveIndex, pagesForRange, rowPlace } from './page-window';

describe('the pages a virtual table asks for', () => {
  test('only the pages under the visible rows, however deep', () => {
    expect(pagesForRange(0, 29, 100)).toEqual([0]);
    expect(pagesForRange(95, 130, 100)).toEqual([0, 1]);
    expect(pagesForRange(999_970, 999_999, 100)).toEqual([9_999]);
    expect(pagesForRange(199, 200, 100)).toEqual([1, 2]);
  });

  test('an empty or reversed range asks for nothing', () => {
    expect(pagesForRange(0, -1, 100)).toEqual([]);
    expect(pagesForRange(10, 5, 100)).toEqual([]);
  });

  test('a row is found in its page', () => {
    expect(rowPlace(0, 100)).toEqual({ page: 0, offset: 0 });
    expect(rowPlace(250, 100)).toEqual({ page: 2, offset: 50 });
  });
});

describe('the keyboard highlight', () => {
  test('starts at the top going down and at the bottom going up', () => {
    expect(moveIndex(-1, 1, 10)).toBe(0);
    expect(moveIndex(-1, -1, 10)).toBe(9);
  });

  test('moves by rows or screens and stays inside the list', () => {
    expect(moveIndex(3, 1, 10)).toBe(4);
    expect(moveIndex(3, 20, 10)).toBe(9);
    expect(moveIndex(3, -20, 10)).toBe(0);
    expect(moveIndex(-1, 1, 0)).toBe(-1);
  });
});
