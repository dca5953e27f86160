import { describe, expect, test } from 'vitest';
import { PartyListQuery } from '../../../../shared/contract/parties';
import { DEFAULT_PARAMS, listFilters, listParamsToSearch, nextSort, parseListParams } from './party-list-params';

describe('party list parameters', () => {
  test('defaults leave the URL clean and parse back to themselves', () => {
    expect(listParamsToSearch(DEFAULT_PARAMS).toString()).toBe('');
    expect(parseListParams(new URLSearchParams())).toEqual(DEFAULT_PARAMS);
  });

  test('a filtered, sorted list survives the URL', () => {
    const p = {
      ...DEFAULT_PARAMS,
      search: 'lyon',
      role: 'supplier',
      status: 'all',
      sort: 'city',
      dir: 'desc',
    } as const;
    const sp = listParamsToSearch(p);
    expect(sp.get('sort')).toBe('city');
    expect(parseListParams(new URLSearchParams(sp.toString()))).toEqual(p);
  });

  test('junk in the URL falls back to defaults instead of reaching the core', () => {
    const p = parseListParams(new URLSearchParams('role=boss&sort=password&dir=up&page=-2&size=7'));
    expect(p).toEqual(DEFAULT_PARAMS);
  });

  test('sorting flips on the same column, starts ascending elsewhere and newest first for dates', () => {
    expect(nextSort(DEFAULT_PARAMS, 'name')).toEqual({ sort: 'name', dir: 'desc' });
    expect(nextSort(DEFAULT_PARAMS, 'city')).toEqual({ sort: 'city', dir: 'asc' });
    expect(nextSort(DEFAULT_PARAMS, 'updatedAt')).toEqual({ sort: 'updatedAt', dir: 'desc' });
  });

  test('the filters are a valid query for the core, blank search left out', () => {
    const filters = listFilters({ ...DEFAULT_PARAMS, search: '  ', city: '' });
    expect(filters).not.toHaveProperty('search');
    expect(filters).not.toHaveProperty('city');
    expect(listFilters({ ...DEFAULT_PARAMS, city: ' Lyon ' })).toMatchObject({ city: 'Lyon' });
    expect(PartyListQuery.safeParse({ ...filters, page: 0, pageSize: 50 }).success).toBe(true);
  });
});
