import type { BillListQuery } from '../../../../../shared/contract/accounting-bills';
import { BILL_SORTS } from '../../../../../shared/contract/accounting-bills';

export type BillSort = (typeof BILL_SORTS)[number];
export type BillStatusFilter = 'all' | 'draft' | 'validated';

export interface BillListParams {
  sort: BillSort;
  dir: 'asc' | 'desc';
  status: BillStatusFilter;
  search: string;
  from: string;
  to: string;
}

export const DEFAULT_PARAMS: BillListParams = {
  sort: 'date',
  dir: 'desc',
  status: 'all',
  search: '',
  from: '',
  to: '',
};

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** The list's state lives in the address, so that going back to the list finds it as it was. */
export function parseBillParams(search: URLSearchParams): BillListParams {
  const sort = search.get('sort') as BillSort | null;
  const status = search.get('status');
  return {
    sort: sort && (BILL_SORTS as readonly string[]).includes(sort) ? sort : DEFAULT_PARAMS.sort,
    dir: search.get('dir') === 'asc' ? 'asc' : search.get('dir') === 'desc' ? 'desc' : DEFAULT_PARAMS.dir,
    status: status === 'draft' || status === 'validated' ? status : 'all',
    search: search.get('q') ?? '',
    from: isDate(search.get('from') ?? '') ? search.get('from')! : '',
    to: isDate(search.get('to') ?? '') ? search.get('to')! : '',
  };
}

export function billParamsToSearch(p: BillListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (p.sort !== DEFAULT_PARAMS.sort || p.dir !== DEFAULT_PARAMS.dir) {
    out.set('sort', p.sort);
    out.set('dir', p.dir);
  }
  if (p.status !== 'all') out.set('status', p.status);
  if (p.search) out.set('q', p.search);
  if (p.from) out.set('from', p.from);
  if (p.to) out.set('to', p.to);
  return out;
}

/** The core's filters and sort, without paging: the list asks for its pages as it scrolls. */
export function billListInput(p: BillListParams): Omit<BillListQuery, 'page' | 'pageSize'> {
  return {
    sort: p.sort,
    dir: p.dir,
    ...(p.status !== 'all' ? { status: p.status } : {}),
    ...(p.search ? { search: p.search } : {}),
    ...(p.from ? { from: p.from } : {}),
    ...(p.to ? { to: p.to } : {}),
  };
}

/** A click on the sorted column turns it around; on another column, sorts on it (dates and totals newest first). */
export function nextBillSort(p: BillListParams, sort: BillSort): Partial<BillListParams> {
  if (p.sort === sort) return { sort, dir: p.dir === 'asc' ? 'desc' : 'asc' };
  return { sort, dir: sort === 'date' || sort === 'total' ? 'desc' : 'asc' };
}
