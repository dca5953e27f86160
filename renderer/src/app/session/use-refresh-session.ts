import { useApi } from '../../api/api-context';
import { useAuthStore } from './auth-context';

/** After a change that may touch the signed-in user (their role, the idle timeout), the session is read again. */
export function useRefreshSession(): () => Promise<void> {
  const api = useApi();
  const store = useAuthStore();
  return async () => {
    try {
      store.dispatch({ type: 'session', session: await api.call('system.session.get', {}) });
    } catch {
      // The next heartbeat will bring it.
    }
  };
}
