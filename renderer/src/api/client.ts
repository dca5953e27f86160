import type { RouteInput, RouteName, RouteOutput } from '../../../shared/contract';
import type { WireError } from '../../../shared/errors';
import type { Transport } from './transport';

export class ApiError extends Error {
  readonly wire: WireError;
  constructor(wire: WireError) {
    super(wire.messageKey);
    this.name = 'ApiError';
    this.wire = wire;
  }
}

export interface ApiClient {
  call<R extends RouteName>(route: R, input: RouteInput<R>): Promise<RouteOutput<R>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export function createClient(transport: Transport): ApiClient {
  return {
    async call(route, input) {
      const result = await transport.call(route, input);
      if (!result.ok) throw new ApiError(result.error);
      return result.data as never;
    },
    on: (event, listener) => transport.on(event, listener),
  };
}
