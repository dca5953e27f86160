import type { WireError } from '../../../shared/errors';
import type { AnyRouteInput, AnyRouteName, AnyRouteOutput } from './routes';
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
  call<R extends AnyRouteName>(route: R, input: AnyRouteInput<R>): Promise<AnyRouteOutput<R>>;
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
