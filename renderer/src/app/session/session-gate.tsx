import { Suspense, useEffect } from 'react';
import { ApiError } from '../../api/client';
import { useQueryRoute } from '../../api/hooks';
import { FullPageError, FullPageLoader } from '../../components/full-page';
import { lazyNamed } from '../../components/lazy-named';
import { AppRoutes } from '../routes';
import { useAuthState, useAuthStore } from './auth-context';
import { SESSION_ERROR_KEYS } from './auth-store';
import { IdleWatcher } from './idle-watcher';
import { LockOverlay } from './lock-overlay';

const LoginScreen = lazyNamed(() => import('./login-screen'), 'LoginScreen');
const ForcedPasswordScreen = lazyNamed(() => import('./forced-password-screen'), 'ForcedPasswordScreen');

/** Behind the company: nobody signed in gets the sign-in screen; a temporary password is changed first. */
export function SessionGate() {
  const state = useAuthState();
  const store = useAuthStore();
  // On opening, the host may already hold a session for this window or tab (a reload, a new window).
  const check = useQueryRoute(
    'system.session.get',
    {},
    { enabled: state.status === 'checking', meta: { quiet: true }, gcTime: 0, staleTime: 0 },
  );
  const found = state.status === 'checking' ? check.data : undefined;
  useEffect(() => {
    if (found) store.dispatch({ type: 'signedIn', session: found });
  }, [found, store]);

  if (state.status === 'checking') {
    const sessionError = check.error instanceof ApiError && SESSION_ERROR_KEYS.includes(check.error.wire.messageKey);
    if (check.isError && !sessionError) {
      return <FullPageError error={check.error} onRetry={() => void check.refetch()} />;
    }
    return <FullPageLoader />;
  }
  if (state.status === 'signedOut') {
    return (
      <Suspense fallback={<FullPageLoader />}>
        <LoginScreen notice={state.notice} lastUserId={state.lastUserId} />
      </Suspense>
    );
  }
  const { session, locked } = state;
  return (
    <>
      {session === null ? (
        <FullPageLoader />
      ) : session.mustChangePassword ? (
        <Suspense fallback={<FullPageLoader />}>
          <ForcedPasswordScreen />
        </Suspense>
      ) : (
        <>
          <AppRoutes />
          <IdleWatcher session={session} locked={locked} />
        </>
      )}
      <LockOverlay opened={locked} session={session} />
    </>
  );
}
