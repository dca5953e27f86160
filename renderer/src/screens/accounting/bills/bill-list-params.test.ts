import { describe, expect, test } from 'vitest';
import { billListInput, billParamsToSearch, DEFAULT_PARAMS, nextBillSort, parseBillParams } from './bill-list-params';

describe('bill list parameters', () => {
  test('round-trip through the address, defaults left out', () => {
    const p = { ...DEFAULT_PARAMS, status: 'draft' as const, search: 'papeterie', from: '2026-01-01' };
    const search = billParamsToSearch(p);
    expect(search.toString()).toBe('status=draft&q=papeterie&from=2026-01-01');
    expect(parseBillParams(search)).toEqual(p);
    expect(billParamsToSearch(DEFAULT_PARAMS).toString()).toBe('');
  });

  test('nonsense in the address falls back to the defaults', () => {
    expect(parseBillParams(new URLSearchParams('page=-3&sort=x&status=y&from=2026-13'))).toEqual(DEFAULT_PARAMS);
  });

  test('the route input carries only the filters in use', () => {
    expect(billListInput({ ...DEFAULT_PARAMS, to: '2026-03-31' })).toEqual({
      sort: 'date',
      dir: 'desc',
      to: '2026-03-31',
    });
  });

  test('sorting flips on the same column and starts sensibly on another', () => {
    expect(nextBillSort(DEFAULT_PARAMS, 'date')).toEqual({ sort: 'date', dir: 'asc' });
    expect(nextBillSort(DEFAULT_PARAMS, 'supplier')).toEqual({ sort: 'supplier', dir: 'asc' });
    expect(nextBillSort({ ...DEFAULT_PARAMS, sort: 'number' }, 'total')).toEqual({ sort: 'total', dir: 'desc' });
  });
});
