import { RequestStatus, type RequestListQuery } from '../../../../../shared/contract/sales-requests';

export const REQUEST_SORTS = ['createdAt', 'dueDate', 'priority', 'number'] as const;
export type RequestSort = (typeof REQUEST_SORTS)[number];
/** The tabs above the list: the open ones, the late ones, one per status, or everything. */
export const REQUEST_FILTERS = ['open', 'overdue', ...RequestStatus.options, 'all'] as const;
export type RequestFilter = (typeof REQUEST_FILTERS)[number];

export interface RequestListParams {
  sort: RequestSort;
  dir: 'asc' | 'desc';
  filter: RequestFilter;
  search: string;
}

export const DEFAULT_PARAMS: RequestListParams = {
  sort: 'createdAt',
  dir: 'desc',
  filter: 'open',
  search: '',
};

/** The list's state lives in the address, so that coming back from a request finds the list as it was. */
export function parseRequestParams(search: URLSearchParams): RequestListParams {
  const sort = search.get('sort');
  const filter = search.get('filter');
  return {
    sort: sort && (REQUEST_SORTS as readonly string[]).includes(sort) ? (sort as RequestSort) : DEFAULT_PARAMS.sort,
    dir: search.get('dir') === 'asc' ? 'asc' : search.get('dir') === 'desc' ? 'desc' : DEFAULT_PARAMS.dir,
    filter:
      filter && (REQUEST_FILTERS as readonly string[]).includes(filter)
        ? (filter as RequestFilter)
        : DEFAULT_PARAMS.filter,
    search: search.get('q') ?? '',
  };
}

export function requestParamsToSearch(p: RequestListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (p.sort !== DEFAULT_PARAMS.sort || p.dir !== DEFAULT_PARAMS.dir) {
    out.set('sort', p.sort);
    out.set('dir', p.dir);
  }
  if (p.filter !== DEFAULT_PARAMS.filter) out.set('filter', p.filter);
  if (p.search) out.set('q', p.search);
  return out;
}

/** The core's filters and sort, without paging: the list asks for its pages as it scrolls. */
export function requestListInput(p: RequestListParams): Omit<RequestListQuery, 'page' | 'pageSize'> {
  return {
    sort: p.sort,
    dir: p.dir,
    ...(p.filter === 'overdue' ? { overdue: true } : p.filter === 'all' ? {} : { status: p.filter }),
    ...(p.search ? { search: p.search } : {}),
  };
}

/** A click on the sorted column turns it around; dates and priority start with the most pressing. */
export function nextRequestSort(p: RequestListParams, sort: RequestSort): Partial<RequestListParams> {
  if (p.sort === sort) return { sort, dir: p.dir === 'asc' ? 'desc' : 'asc' };
  return { sort, dir: sort === 'dueDate' ? 'asc' : 'desc' };
}
