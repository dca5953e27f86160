import { describe, expect, it } from 'vitest';
import { entryParamsToSearch, entryQuery, parseEntryParams } from './entry-list-params';

describe('the entries list address', () => {
  it('round-trips its filters and sends only those set', () => {
    const sp = new URLSearchParams('journal=VT&status=draft&from=2026-01-01&to=bad&account=411&q=loyer&page=3');
    const p = parseEntryParams(sp);
    expect(p).toMatchObject({ journal: 'VT', status: 'draft', from: '2026-01-01', to: '', page: 2 });
    expect(entryParamsToSearch(p).toString()).toBe(
      'journal=VT&status=draft&from=2026-01-01&account=411&q=loyer&page=3',
    );
    expect(entryQuery(parseEntryParams(new URLSearchParams()))).toEqual({
      sort: 'date',
      dir: 'desc',
      page: 0,
      pageSize: 50,
    });
  });
});
