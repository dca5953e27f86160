import type { QueryClient } from '@tanstack/react-query';
import type { RouteName } from '../../../../shared/contract';

/** What anyone may see before signing in: the rest belongs to a user and goes when they do. */
const PUBLIC_QUERIES: readonly RouteName[] = ['admin.company.get', 'system.app.info'];

export function forgetUserData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (q) => !PUBLIC_QUERIES.includes(q.queryKey[0] as RouteName) });
}
