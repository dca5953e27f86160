import { lockSession } from './lock-session';
import { useEffect, useRef } from 'react';
import type { SessionInfo } from '../../../../shared/contract/system';
import { useApi } from '../../api/api-context';
import { useAuthStore } from './auth-context';
import { ACTIVITY_EVENTS, heartbeatMs, idleTimeoutMs } from './idle';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function sameSession(a: SessionInfo, b: SessionInfo): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Locks the screen after the idle timeout, and while the user is active keeps the core's session alive (the
 * core locks a session that makes no call for as long). The answer also brings any change of role.
 */
export function IdleWatcher({ session, locked }: { session: SessionInfo; locked: boolean }) {
  const api = useApi();
  const store = useAuthStore();
  const sessionRef = useRef(session);
  useEffect(() => {
    sessionRef.current = session;
  }, [session]);
  const minutes = session.idleTimeoutMinutes;

  useEffect(() => {
    if (locked) return;
    const timeout = idleTimeoutMs(minutes, localStorageOrNull());
    const beat = heartbeatMs(minutes);
    let lastActivity = Date.now();
    let lastBeat = Date.now();
    const onActivity = () => {
      lastActivity = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    const timer = window.setInterval(
      () => {
        const now = Date.now();
        if (now - lastActivity >= timeout) {
          lockSession(api, store);
          return;
        }
        if (lastActivity > lastBeat && now - lastBeat >= beat) {
          lastBeat = now;
          api.call('system.session.get', {}).then(
            (fresh) => {
              if (!sameSession(fresh, sessionRef.current)) store.dispatch({ type: 'session', session: fresh });
            },
            () => {
              // A locked or expired session has already told the auth store; anything else waits for the next beat.
            },
          );
        }
      },
      Math.min(1000, timeout / 3),
    );
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [api, store, minutes, locked]);

  return null;
}
