import { ENTRY_SORTS, type EntryListQuery } from '../../../../../shared/contract/accounting-entries';

export type EntrySort = (typeof ENTRY_SORTS)[number];

/** The list's filters live in the URL, so Back from an entry returns to the same list. */
export interface EntryListParams {
  journal: string;
  status: '' | 'draft' | 'validated';
  from: string;
  to: string;
  account: string;
  search: string;
  sort: EntrySort;
  dir: 'asc' | 'desc';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseEntryParams(sp: URLSearchParams): EntryListParams {
  const status = sp.get('status');
  const date = (v: string | null) => (v && DATE.test(v) ? v : '');
  return {
    journal: sp.get('journal') ?? '',
    status: status === 'draft' || status === 'validated' ? status : '',
    from: date(sp.get('from')),
    to: date(sp.get('to')),
    account: sp.get('account') ?? '',
    search: sp.get('q') ?? '',
    ...readSort(sp.get('sort'), sp.get('dir')),
  };
}

export function entryParamsToSearch(p: EntryListParams): URLSearchParams {
  const sp = new URLSearchParams();
  if (p.journal) sp.set('journal', p.journal);
  if (p.status) sp.set('status', p.status);
  if (p.from) sp.set('from', p.from);
  if (p.to) sp.set('to', p.to);
  if (p.account) sp.set('account', p.account);
  if (p.search) sp.set('q', p.search);
  if (p.sort !== 'date' || p.dir !== 'desc') {
    sp.set('sort', p.sort);
    sp.set('dir', p.dir);
  }
  return sp;
}

/** Newest first unless told otherwise: the entry just typed is on top. */
function readSort(sort: string | null, dir: string | null): Pick<EntryListParams, 'sort' | 'dir'> {
  if (!(ENTRY_SORTS as readonly (string | null)[]).includes(sort)) return { sort: 'date', dir: 'desc' };
  return { sort: sort as EntrySort, dir: dir === 'asc' ? 'asc' : 'desc' };
}

/** Clicking the sorted column flips it; another column starts with dates newest first, the rest ascending. */
export function nextEntrySort(p: EntryListParams, column: EntrySort): Pick<EntryListParams, 'sort' | 'dir'> {
  if (p.sort === column) return { sort: column, dir: p.dir === 'asc' ? 'desc' : 'asc' };
  return { sort: column, dir: column === 'date' ? 'desc' : 'asc' };
}

export function entryQuery(p: EntryListParams): Omit<EntryListQuery, 'page' | 'pageSize'> {
  return {
    sort: p.sort,
    dir: p.dir,
    ...(p.journal ? { journalCode: p.journal } : {}),
    ...(p.status ? { status: p.status } : {}),
    ...(p.from ? { from: p.from } : {}),
    ...(p.to ? { to: p.to } : {}),
    ...(p.account.trim() ? { accountNumber: p.account.trim() } : {}),
    ...(p.search.trim() ? { search: p.search.trim() } : {}),
  };
}
