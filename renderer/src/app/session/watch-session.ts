import { ApiError, type ApiClient } from '../../api/client';
import { SESSION_ERROR_KEYS, type AuthStore } from './auth-store';

// Signing in and out report their own failures on their screens.
const OWN_FAILURES: readonly string[] = ['system.auth.login', 'system.auth.logout'];

/** Every call that fails because of the session (expired, locked, password to change) tells the auth store. */
export function watchSession(client: ApiClient, store: AuthStore): ApiClient {
  return {
    on: (event, listener) => client.on(event, listener),
    async call(route, input) {
      try {
        return await client.call(route, input);
      } catch (error) {
        if (
          error instanceof ApiError &&
          SESSION_ERROR_KEYS.includes(error.wire.messageKey) &&
          !OWN_FAILURES.includes(route)
        ) {
          store.dispatch({ type: 'callFailed', error: error.wire });
        }
        throw error;
      }
    },
  };
}
