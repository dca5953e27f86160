import type { RouteName } from '../../../../../shared/contract';

/** What a change to a request makes stale. */
export const REQUEST_QUERIES: readonly RouteName[] = ['sales.request.list', 'sales.request.get'];
