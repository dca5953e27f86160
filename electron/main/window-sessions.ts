import type { WireResult } from '../../shared/errors';

// Each window signs in on its own. The core hands out an opaque session token at sign-in; the main process
// keeps it next to the window's webContents id and attaches it to that window's later calls. The page never
// sees it: a script injected into the page cannot lift the token, and a closed window cannot leave a live
// session behind.

export const LOGIN_ROUTE = 'system.auth.login';
export const LOGOUT_ROUTE = 'system.auth.logout';

/** The answer that means "this token is no longer a session" (as opposed to a locked one, still usable). */
const SESSION_GONE = { code: 'UNAUTHENTICATED', messageKey: 'errors.unauthenticated' } as const;

export type CoreCall = (route: string, input: unknown, sessionToken: string | null) => Promise<WireResult<unknown>>;

export interface WindowSessions {
  /** Registers a window the app created; calls from any other webContents are refused. */
  open(windowId: number): void;
  /** Forgets the window and ends its session in the core. Never rejects. */
  close(windowId: number): Promise<void>;
  isOpen(windowId: number): boolean;
  isSignedIn(windowId: number): boolean;
  /** Runs a call for a window with that window's token, and keeps the window's token in step with the answer. */
  call(windowId: number, route: string, input: unknown): Promise<WireResult<unknown>>;
}

export function forbidden(): WireResult<never> {
  return { ok: false, error: { code: 'FORBIDDEN', messageKey: 'errors.forbidden' } };
}

function internalError(): WireResult<never> {
  return { ok: false, error: { code: 'INTERNAL', messageKey: 'errors.internal' } };
}

function loginToken(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const token = (data as { sessionToken?: unknown }).sessionToken;
  return typeof token === 'string' && token !== '' ? token : null;
}

export function createWindowSessions(
  core: CoreCall,
  log: (...args: unknown[]) => void = console.error,
): WindowSessions {
  // Present = open window; the value is its token, null while signed out.
  const windows = new Map<number, string | null>();

  function endSession(token: string): Promise<void> {
    return core(LOGOUT_ROUTE, {}, token).then(
      (result) => {
        if (!result.ok && result.error.code !== SESSION_GONE.code) log('[sessions] logout refused', result.error.code);
      },
      (error: unknown) => log('[sessions] logout failed', error),
    );
  }

  /** Drops the window's token, unless another call has replaced it since `sent` went out. */
  function forget(windowId: number, sent: string | null): void {
    if (sent !== null && windows.get(windowId) === sent) windows.set(windowId, null);
  }

  function afterLogin(windowId: number, data: unknown): WireResult<unknown> {
    const token = loginToken(data);
    if (token === null) {
      // Without a token the answer cannot be redacted with certainty; the page gets nothing of it.
      log('[sessions] sign-in answer without a session token');
      return internalError();
    }
    if (windows.has(windowId)) {
      const previous = windows.get(windowId) ?? null;
      windows.set(windowId, token);
      if (previous !== null && previous !== token) void endSession(previous);
    } else {
      // The window closed while signing in: nobody will ever use this session.
      void endSession(token);
    }
    return { ok: true, data: { ...(data as object), sessionToken: '' } };
  }

  return {
    open(windowId) {
      if (!windows.has(windowId)) windows.set(windowId, null);
    },

    close(windowId) {
      const token = windows.get(windowId) ?? null;
      windows.delete(windowId);
      return token === null ? Promise.resolve() : endSession(token);
    },

    isOpen: (windowId) => windows.has(windowId),
    isSignedIn: (windowId) => (windows.get(windowId) ?? null) !== null,

    async call(windowId, route, input) {
      if (!windows.has(windowId)) return forbidden();
      const sent = windows.get(windowId) ?? null;
      let result: WireResult<unknown>;
      try {
        result = await core(route, input, sent);
      } catch (error) {
        log('[sessions] call failed', route, error);
        return internalError();
      }
      if (result.ok) {
        if (route === LOGIN_ROUTE) return afterLogin(windowId, result.data);
        if (route === LOGOUT_ROUTE) forget(windowId, sent);
      } else if (result.error.code === SESSION_GONE.code && result.error.messageKey === SESSION_GONE.messageKey) {
        forget(windowId, sent);
      }
      return result;
    },
  };
}
