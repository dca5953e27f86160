import type { ApiClient } from '../../api/client';
import type { AuthStore } from './auth-store';

/**
 * Covers the screen at once and tells the core, so the session refuses every call until the password is typed
 * again — the lock is not only what the screen shows.
 */
export function lockSession(api: ApiClient, store: AuthStore): void {
  store.dispatch({ type: 'lock' });
  api.call('system.auth.lock', {}).catch(() => {
    // An expired or already locked session needs no lock; the auth store has heard about it from the call.
  });
}
