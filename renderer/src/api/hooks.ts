import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useApi } from './api-context';
import type { ApiError } from './client';
import type {
  AnyMutationRoute as MutationRoute,
  AnyQueryRoute as QueryRoute,
  AnyRouteInput as RouteInput,
  AnyRouteName as RouteName,
  AnyRouteOutput as RouteOutput,
} from './routes';

/** Query keys start with the route name, so that a mutation can invalidate every cached input of a route at once. */
export function routeKey<R extends RouteName>(route: R, input?: RouteInput<R>): readonly unknown[] {
  return input === undefined ? [route] : [route, input];
}

type QueryOptions<R extends QueryRoute> = Omit<
  UseQueryOptions<RouteOutput<R>, ApiError, RouteOutput<R>, readonly unknown[]>,
  'queryKey' | 'queryFn'
>;

export function useQueryRoute<R extends QueryRoute>(route: R, input: RouteInput<R>, options?: QueryOptions<R>) {
  const api = useApi();
  return useQuery<RouteOutput<R>, ApiError, RouteOutput<R>, readonly unknown[]>({
    ...options,
    queryKey: routeKey(route, input),
    queryFn: () => api.call(route, input),
  });
}

type MutationOptions<R extends MutationRoute> = Omit<
  UseMutationOptions<RouteOutput<R>, ApiError, RouteInput<R>>,
  'mutationFn'
> & {
  /** Routes whose cached answers are stale once this mutation succeeds. */
  invalidates?: readonly RouteName[];
};

export function useMutationRoute<R extends MutationRoute>(route: R, options: MutationOptions<R> = {}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { invalidates = [], onSuccess, ...rest } = options;
  return useMutation<RouteOutput<R>, ApiError, RouteInput<R>>({
    ...rest,
    mutationFn: (input) => api.call(route, input),
    async onSuccess(data, variables, onMutateResult, context) {
      await Promise.all(invalidates.map((name) => queryClient.invalidateQueries({ queryKey: [name] })));
      await onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}
