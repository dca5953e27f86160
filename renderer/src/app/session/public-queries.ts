import type { QueryClient } from '@tanstack/react-query';
import type { AnyRouteName } from '../../api/routes';

/**
 * What anyone may see before signing in: the rest belongs to a user and goes when they do. The workspace's status
 * (which file is open) belongs to the window, not to a user.
 */
const PUBLIC_QUERIES: readonly AnyRouteName[] = ['admin.company.get', 'system.app.info', 'workspace.status'];

export function forgetUserData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (q) => !PUBLIC_QUERIES.includes(q.queryKey[0] as AnyRouteName) });
}
