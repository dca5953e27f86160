import { PARTY_SORTS } from '../../../../shared/contract/parties';

export type PartySort = (typeof PARTY_SORTS)[number];
export type RoleFilter = 'all' | 'customer' | 'supplier';
export type StatusFilter = 'active' | 'archived' | 'all';

/** The list's state lives in the URL, so Back from a detail returns to the same sort and filters. */
export interface PartyListParams {
  search: string;
  city: string;
  role: RoleFilter;
  status: StatusFilter;
  sort: PartySort;
  dir: 'asc' | 'desc';
}

export const DEFAULT_PARAMS: PartyListParams = {
  search: '',
  city: '',
  role: 'all',
  status: 'active',
  sort: 'name',
  dir: 'asc',
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function parseListParams(sp: URLSearchParams): PartyListParams {
  return {
    search: sp.get('q') ?? '',
    city: sp.get('city') ?? '',
    role: oneOf(sp.get('role'), ['all', 'customer', 'supplier'], DEFAULT_PARAMS.role),
    status: oneOf(sp.get('status'), ['active', 'archived', 'all'], DEFAULT_PARAMS.status),
    sort: oneOf(sp.get('sort'), PARTY_SORTS, DEFAULT_PARAMS.sort),
    dir: oneOf(sp.get('dir'), ['asc', 'desc'], DEFAULT_PARAMS.dir),
  };
}

export function listParamsToSearch(p: PartyListParams): URLSearchParams {
  const sp = new URLSearchParams();
  if (p.search) sp.set('q', p.search);
  if (p.city) sp.set('city', p.city);
  if (p.role !== DEFAULT_PARAMS.role) sp.set('role', p.role);
  if (p.status !== DEFAULT_PARAMS.status) sp.set('status', p.status);
  if (p.sort !== DEFAULT_PARAMS.sort || p.dir !== DEFAULT_PARAMS.dir) {
    sp.set('sort', p.sort);
    sp.set('dir', p.dir);
  }
  return sp;
}

/** Clicking the sorted column flips the direction; another column starts ascending, dates newest first. */
export function nextSort(p: PartyListParams, column: PartySort): Pick<PartyListParams, 'sort' | 'dir'> {
  if (p.sort === column) return { sort: column, dir: p.dir === 'asc' ? 'desc' : 'asc' };
  return { sort: column, dir: column === 'updatedAt' ? 'desc' : 'asc' };
}

/** The core's filters and sort, without paging: shared by the list and the CSV export. */
export function listFilters(p: PartyListParams) {
  return {
    sort: p.sort,
    dir: p.dir,
    role: p.role,
    status: p.status,
    ...(p.search.trim() ? { search: p.search.trim() } : {}),
    ...(p.city.trim() ? { city: p.city.trim() } : {}),
  };
}
