import { describe, expect, test } from 'vitest';
import type { SessionInfo } from '../../../../shared/contract/system';
import type { WireError } from '../../../../shared/errors';
import { createAuthStore, nextAuthState, type AuthState } from './auth-store';

const session: SessionInfo = {
  userId: 2,
  login: 'claire',
  displayName: 'Claire',
  roleName: 'Comptable',
  permissions: ['session', 'accounting.read'],
  mustChangePassword: false,
  idleTimeoutMinutes: 15,
};
const err = (messageKey: string): WireError => ({ code: 'UNAUTHENTICATED', messageKey });
const signedIn: AuthState = { status: 'signedIn', session, locked: false };

describe('auth state', () => {
  test('an expired session signs out, and says so only to someone who was signed in', () => {
    expect(nextAuthState(signedIn, { type: 'callFailed', error: err('errors.unauthenticated') })).toEqual({
      status: 'signedOut',
      notice: err('errors.unauthenticated'),
      lastUserId: 2,
    });
    expect(nextAuthState({ status: 'checking' }, { type: 'callFailed', error: err('errors.unauthenticated') })).toEqual(
      { status: 'signedOut', notice: null, lastUserId: null },
    );
  });

  test('a session the core holds locked locks the screen, keeping who is signed in', () => {
    expect(nextAuthState(signedIn, { type: 'callFailed', error: err('errors.sessionLocked') })).toEqual({
      ...signedIn,
      locked: true,
    });
    // Opening the app on a locked session: nobody known yet, the lock asks for the password.
    expect(nextAuthState({ status: 'checking' }, { type: 'callFailed', error: err('errors.sessionLocked') })).toEqual({
      status: 'signedIn',
      session: null,
      locked: true,
    });
    const out: AuthState = { status: 'signedOut', notice: null, lastUserId: 2 };
    expect(nextAuthState(out, { type: 'lock' })).toBe(out);
    // Signing out twice still remembers who was there.
    expect(nextAuthState(out, { type: 'signedOut' })).toEqual(out);
  });

  test('a required password change comes before anything else', () => {
    const next = nextAuthState(signedIn, { type: 'callFailed', error: err('errors.passwordChangeRequired') });
    expect(next).toMatchObject({ status: 'signedIn', session: { mustChangePassword: true } });
  });

  test('other failures leave the state alone, and the store only notifies real changes', () => {
    const store = createAuthStore(signedIn);
    let calls = 0;
    store.subscribe(() => calls++);
    store.dispatch({ type: 'callFailed', error: err('errors.forbidden') });
    store.dispatch({ type: 'lock' });
    store.dispatch({ type: 'lock' });
    expect(calls).toBe(1);
    store.dispatch({ type: 'signedIn', session: { ...session, idleTimeoutMinutes: 5 } });
    expect(store.getState()).toEqual({
      status: 'signedIn',
      session: { ...session, idleTimeoutMinutes: 5 },
      locked: false,
    });
  });
});
