import { describe, expect, test } from 'vitest';
import {
  DEFAULT_PARAMS,
  nextRequestSort,
  parseRequestParams,
  requestListInput,
  requestParamsToSearch,
} from './request-list-params';

describe('after-sales request list parameters', () => {
  test('round-trip through the address, unknown values falling back to the defaults', () => {
    const p = { sort: 'priority' as const, dir: 'asc' as const, filter: 'overdue' as const, search: 'fuite' };
    expect(parseRequestParams(requestParamsToSearch(p))).toEqual(p);
    expect(parseRequestParams(new URLSearchParams('filter=bogus&sort=x'))).toEqual(DEFAULT_PARAMS);
    expect(requestParamsToSearch(DEFAULT_PARAMS).toString()).toBe('');
    // The list scrolls: a page left in an older address is not kept.
    expect(parseRequestParams(new URLSearchParams('page=3&q=fuite'))).toEqual({ ...DEFAULT_PARAMS, search: 'fuite' });
    expect(requestParamsToSearch(parseRequestParams(new URLSearchParams('page=3'))).toString()).toBe('');
  });

  test('turn into the list route input', () => {
    expect(requestListInput({ ...DEFAULT_PARAMS, filter: 'overdue' })).toMatchObject({ overdue: true });
    expect(requestListInput({ ...DEFAULT_PARAMS, filter: 'resolved' })).toMatchObject({ status: 'resolved' });
    expect(requestListInput({ ...DEFAULT_PARAMS, filter: 'all' })).not.toHaveProperty('status');
    expect(requestListInput(DEFAULT_PARAMS)).not.toHaveProperty('page');
    expect(requestListInput(DEFAULT_PARAMS)).not.toHaveProperty('pageSize');
    expect(nextRequestSort(DEFAULT_PARAMS, 'createdAt')).toEqual({ sort: 'createdAt', dir: 'asc' });
    expect(nextRequestSort(DEFAULT_PARAMS, 'dueDate')).toEqual({ sort: 'dueDate', dir: 'asc' });
  });
});
