import type { SessionInfo } from '../../../../shared/contract/system';
import type { WireError } from '../../../../shared/errors';

/**
 * Who is at the keyboard, as far as the renderer knows. The core decides; this follows its answers so that
 * the right screen shows: the sign-in, the forced password change, the app, or the lock over the app.
 */
export type AuthState =
  | { status: 'checking' }
  /** `notice` says why the sign-in screen is back, when it is not the user's own doing. */
  | { status: 'signedOut'; notice: WireError | null; lastUserId: number | null }
  /** `session` is null only when the app opens on a session the core already holds locked. */
  | { status: 'signedIn'; session: SessionInfo | null; locked: boolean };

export type AuthEvent =
  | { type: 'signedIn'; session: SessionInfo }
  | { type: 'signedOut'; notice?: WireError | null }
  | { type: 'lock' }
  | { type: 'session'; session: SessionInfo }
  | { type: 'callFailed'; error: WireError };

/** The error keys by which the core says something about the session rather than about the call. */
export const SESSION_ERROR_KEYS: readonly string[] = [
  'errors.unauthenticated',
  'errors.sessionLocked',
  'errors.passwordChangeRequired',
];

/** Who was signed in: the next user to sign in, if someone else, starts from the dashboard. */
function userIdOf(state: AuthState): number | null {
  if (state.status === 'signedIn') return state.session?.userId ?? null;
  return state.status === 'signedOut' ? state.lastUserId : null;
}

export function nextAuthState(state: AuthState, event: AuthEvent): AuthState {
  switch (event.type) {
    case 'signedIn':
      return { status: 'signedIn', session: event.session, locked: false };
    case 'signedOut':
      return { status: 'signedOut', notice: event.notice ?? null, lastUserId: userIdOf(state) };
    case 'lock':
      if (state.status === 'signedIn') return state.locked ? state : { ...state, locked: true };
      if (state.status === 'checking') return { status: 'signedIn', session: null, locked: true };
      return state;
    case 'session':
      return state.status === 'signedIn' ? { ...state, session: event.session } : state;
    case 'callFailed':
      switch (event.error.messageKey) {
        case 'errors.unauthenticated':
          if (state.status === 'signedOut') return state;
          // Only a user who was signed in needs to be told why the sign-in screen is back.
          return {
            status: 'signedOut',
            notice: state.status === 'signedIn' ? event.error : null,
            lastUserId: userIdOf(state),
          };
        case 'errors.sessionLocked':
          return nextAuthState(state, { type: 'lock' });
        case 'errors.passwordChangeRequired':
          return state.status === 'signedIn' && state.session && !state.session.mustChangePassword
            ? { ...state, session: { ...state.session, mustChangePassword: true } }
            : state;
        default:
          return state;
      }
  }
}

export interface AuthStore {
  getState(): AuthState;
  subscribe(listener: () => void): () => void;
  dispatch(event: AuthEvent): void;
}

export function createAuthStore(initial: AuthState = { status: 'checking' }): AuthStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(event) {
      const next = nextAuthState(state, event);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
  };
}
