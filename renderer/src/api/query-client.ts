import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { WireError } from '../../../shared/errors';
import { ApiError } from './client';
import { toWireError } from './errors';

export interface QueryClientOptions {
  /** Called once per failed query or mutation, unless its `meta.quiet` is set. */
  onError(error: WireError): void;
}

export function createQueryClient({ onError }: QueryClientOptions): QueryClient {
  const report = (error: unknown, meta: Record<string, unknown> | undefined) => {
    if (!meta?.quiet) onError(toWireError(error));
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => report(error, query.meta) }),
    mutationCache: new MutationCache({ onError: (error, _v, _c, mutation) => report(error, mutation.meta) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // The core answers the same way twice: only a lost connection deserves another try.
        retry: (count, error) =>
          count < 2 && error instanceof ApiError && error.wire.messageKey === 'errors.unreachable',
      },
      mutations: { retry: false },
    },
  });
}
