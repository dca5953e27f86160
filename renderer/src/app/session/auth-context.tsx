import { createContext, use, useSyncExternalStore, type ReactNode } from 'react';
import type { SessionInfo } from '../../../../shared/contract/system';
import type { AuthState, AuthStore } from './auth-store';

const AuthContext = createContext<AuthStore | null>(null);

export function AuthProvider({ store, children }: { store: AuthStore; children: ReactNode }) {
  return <AuthContext value={store}>{children}</AuthContext>;
}

export function useAuthStore(): AuthStore {
  const store = use(AuthContext);
  if (!store) throw new Error('useAuthStore() outside <AuthProvider>');
  return store;
}

export function useAuthState(): AuthState {
  const store = useAuthStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** The signed-in user; only screens behind the sign-in ask for it. */
export function useSession(): SessionInfo {
  const state = useAuthState();
  if (state.status !== 'signedIn' || !state.session) throw new Error('useSession() without a signed-in user');
  return state.session;
}
