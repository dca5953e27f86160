import { describe, expect, it } from 'vitest';
import { entryParamsToSearch, entryQuery, nextEntrySort, parseEntryParams } from './entry-list-params';

describe('the entries list address', () => {
  it('round-trips its filters and sends only those set', () => {
    const sp = new URLSearchParams('journal=VT&status=draft&from=2026-01-01&to=bad&account=411&q=loyer');
    const p = parseEntryParams(sp);
    expect(p).toMatchObject({ journal: 'VT', status: 'draft', from: '2026-01-01', to: '' });
    expect(entryParamsToSearch(p).toString()).toBe('journal=VT&status=draft&from=2026-01-01&account=411&q=loyer');
    expect(entryQuery(parseEntryParams(new URLSearchParams()))).toEqual({
      sort: 'date',
      dir: 'desc',
    });
  });

  it('keeps a sort the core offers and drops one it does not', () => {
    const p = parseEntryParams(new URLSearchParams('sort=number&dir=asc'));
    expect(entryQuery(p)).toMatchObject({ sort: 'number', dir: 'asc' });
    expect(entryParamsToSearch(p).toString()).toBe('sort=number&dir=asc');
    expect(parseEntryParams(new URLSearchParams('sort=label&dir=asc'))).toMatchObject({ sort: 'date', dir: 'desc' });
    expect(nextEntrySort(p, 'number')).toEqual({ sort: 'number', dir: 'desc' });
    expect(nextEntrySort(p, 'date')).toEqual({ sort: 'date', dir: 'desc' });
    expect(nextEntrySort(p, 'journal')).toEqual({ sort: 'journal', dir: 'asc' });
  });
});
