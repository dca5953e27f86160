import { useApi } from '../../api/api-context';
import { useAuthStore } from './auth-context';

/** Ends the session in the core, then shows the sign-in screen whatever the core answered. */
export function useSignOut(): () => Promise<void> {
  const api = useApi();
  const store = useAuthStore();
  return async () => {
    try {
      await api.call('system.auth.logout', {});
    } catch {
      // Already expired or unreachable: the screen signs out all the same.
    }
    store.dispatch({ type: 'signedOut' });
  };
}
