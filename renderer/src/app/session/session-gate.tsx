import { Suspense, useEffect } from 'react';
import { ApiError } from '../../api/client';
import { useQueryRoute } from '../../api/hooks';
import { FullPageError, FullPageLoader } from '../../components/full-page';
import { lazyNamed } from '../../components/lazy-named';
import { useAuthState, useAuthStore } from './auth-context';
import { SESSION_ERROR_KEYS } from './auth-store';
import { IdleWatcher } from './idle-watcher';
import { LockOverlay } from './lock-overlay';

const LoginScreen = lazyNamed(() => import('./login-screen'), 'LoginScreen');
// The shell and its screens are a chunk of their own: the sign-in screen, the first screen of most starts, does
// not wait for them.
const AppRoutes = lazyNamed(() => import('../routes'), 'AppRoutes');
// Its chunk downloads while the host and the core answer the checks that come before it.
LoginScreen.preload();
const ForcedPasswordScreen = lazyNamed(() => import('./forced-password-screen'), 'ForcedPasswordScreen');

/** Runs once the frame that shows its siblings is painted. */
function AfterPaint({ run }: { run(): void }) {
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(run)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [run]);
  return null;
}

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
        {/* Once the sign-in screen shows, not before: the shell loads while the clerk types, not in its way. */}
        <AfterPaint run={AppRoutes.preload} />
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
          <Suspense fallback={<FullPageLoader />}>
            <AppRoutes />
          </Suspense>
          <IdleWatcher session={session} locked={locked} />
        </>
      )}
      <LockOverlay opened={locked} session={session} />
    </>
  );
}
