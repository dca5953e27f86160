import { useMemo } from 'react';
import { useApi } from '../../api/api-context';
import { routeKey } from '../../api/hooks';
import type { AnyQueryRoute, AnyRouteInput, AnyRouteOutput } from '../../api/routes';
import type { PagedSource } from './use-paged-rows';

type RowOf<R extends AnyQueryRoute> = AnyRouteOutput<R> extends { rows: (infer T)[] } ? T : never;
type Filters<R extends AnyQueryRoute> = Omit<AnyRouteInput<R>, 'page' | 'pageSize'>;

/**
 * A paged route of the contract as a virtual table's source, its input unchanged: `page` and `pageSize` are
 * added per page. The cache keys are the route's own, so a mutation that invalidates the route refreshes the list.
 */
export function useRouteSource<R extends AnyQueryRoute>(route: R, filters: Filters<R>): PagedSource<RowOf<R>> {
  const api = useApi();
  const key = JSON.stringify([route, filters]);
  return useMemo(() => {
    const input = (page: number, pageSize: number) => ({ ...filters, page, pageSize }) as unknown as AnyRouteInput<R>;
    return {
      key,
      pageKey: (page, pageSize) => routeKey(route, input(page, pageSize)),
      fetchPage: async (page, pageSize) => {
        const out = (await api.call(route, input(page, pageSize))) as unknown as { rows: RowOf<R>[]; total: number };
        return { rows: out.rows, total: out.total };
      },
    };
    // The filters are compared by value through `key`, so a new object with the same filters keeps the source.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);
}
