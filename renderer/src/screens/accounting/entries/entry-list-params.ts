import type { EntryListQuery } from '../../../../../shared/contract/accounting-entries';

export const ENTRY_PAGE_SIZE = 50;

/** The list's filters live in the URL, so Back from an entry returns to the same page. */
export interface EntryListParams {
  journal: string;
  status: '' | 'draft' | 'validated';
  from: string;
  to: string;
  account: string;
  search: string;
  page: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseEntryParams(sp: URLSearchParams): EntryListParams {
  const status = sp.get('status');
  const page = Number(sp.get('page'));
  const date = (v: string | null) => (v && DATE.test(v) ? v : '');
  return {
    journal: sp.get('journal') ?? '',
    status: status === 'draft' || status === 'validated' ? status : '',
    from: date(sp.get('from')),
    to: date(sp.get('to')),
    account: sp.get('account') ?? '',
    search: sp.get('q') ?? '',
    page: Number.isInteger(page) && page > 0 ? page - 1 : 0,
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
  if (p.page > 0) sp.set('page', String(p.page + 1));
  return sp;
}

/** Newest first: the entry just typed is on top. */
export function entryQuery(p: EntryListParams): EntryListQuery {
  return {
    sort: 'date',
    dir: 'desc',
    page: p.page,
    pageSize: ENTRY_PAGE_SIZE,
    ...(p.journal ? { journalCode: p.journal } : {}),
    ...(p.status ? { status: p.status } : {}),
    ...(p.from ? { from: p.from } : {}),
    ...(p.to ? { to: p.to } : {}),
    ...(p.account.trim() ? { accountNumber: p.account.trim() } : {}),
    ...(p.search.trim() ? { search: p.search.trim() } : {}),
  };
}
