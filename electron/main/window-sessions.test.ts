import { describe, expect, it, vi } from 'vitest';
import type { WireResult } from '../../shared/errors';
import { createWindowSessions, LOGIN_ROUTE, LOGOUT_ROUTE } from './window-sessions';

const session = { userId: 1, login: 'admin', displayName: 'Admin', permissions: ['admin.read'] };
const GONE = { ok: false, error: { code: 'UNAUTHENTICATED', messageKey: 'errors.unauthenticated' } } as const;
const LOCKED = { ok: false, error: { code: 'UNAUTHENTICATED', messageKey: 'errors.sessionLocked' } } as const;
const BAD_PASSWORD = { ok: false, error: { code: 'UNAUTHENTICATED', messageKey: 'errors.badCredentials' } } as const;

interface Seen {
  route: string;
  input: unknown;
  token: string | null;
}

/** A core that issues token-1, token-2… at each sign-in and records every call with the token it carried. */
function fakeCore() {
  const seen: Seen[] = [];
  const live = new Set<string>();
  let issued = 0;
  let next: ((call: Seen) => WireResult<unknown> | undefined) | null = null;
  const core = vi.fn(async (route: string, input: unknown, token: string | null): Promise<WireResult<unknown>> => {
    const call = { route, input, token };
    seen.push(call);
    const scripted = next?.(call);
    if (scripted) return scripted;
    if (route === LOGIN_ROUTE) {
      const sessionToken = `token-${++issued}`;
      live.add(sessionToken);
      return { ok: true, data: { sessionToken, session } };
    }
    if (token === null || !live.has(token)) return GONE;
    if (route === LOGOUT_ROUTE) {
      live.delete(token);
      return { ok: true, data: { ok: true } };
    }
    return { ok: true, data: { route } };
  });
  return {
    core,
    seen,
    live,
    script(fn: (call: Seen) => WireResult<unknown> | undefined) {
      next = fn;
    },
    tokensFor: (route: string) => seen.filter((c) => c.route === route).map((c) => c.token),
  };
}

const login = { login: 'admin', password: 'secret secret' };

describe('window sessions', () => {
  it('calls with no token before sign-in', async () => {
    const { core, seen } = fakeCore();
    const sessions = createWindowSessions(core);
    sessions.open(1);
    await expect(sessions.call(1, 'system.session.get', {})).resolves.toEqual(GONE);
    expect(seen).toEqual([{ route: 'system.session.get', input: {}, token: null }]);
    expect(sessions.isSignedIn(1)).toBe(false);
  });

  it('keeps the token of a sign-in for its window and hands the page an empty one', async () => {
    const { core, tokensFor } = fakeCore();
    const sessions = createWindowSessions(core);
    sessions.open(1);
    const result = await sessions.call(1, LOGIN_ROUTE, login);
    expect(result).toEqual({ ok: true, data: { sessionToken: '', session } });
    expect(JSON.stringify(result)).not.toContain('token-1');
    expect(sessions.isSignedIn(1)).toBe(true);
    await expect(sessions.call(1, 'parties.party.list', {})).resolves.toEqual({
      ok: true,
      data: { route: 'parties.party.list' },
    });
    expect(tokensFor('parties.party.list')).toEqual(['token-1']);
  });

  it('keeps each window to its own session', async () => {
    const { core, tokensFor } = fakeCore();
    const sessions = createWindowSessions(core);
    sessions.open(1);
    sessions.open(2);
    sessions.open(3);
    await sessions.call(1, LOGIN_ROUTE, login);
    await sessions.call(2, LOGIN_ROUTE, login);
    await sessions.call(2, 'a.b.c', {});
    await sessions.call(1, 'a.b.c', {});
    await sessions.call(3, 'a.b.c', {});
    expect(tokensFor('a.b.c')).toEqual(['token-2', 'token-1', null]);
  });

  it('refuses calls from a webContents it does not know, without calling the core', async () => {
    const { core } = fakeCore();
    const sessions = createWindowSessions(core);
    await expect(sessions.call(9, LOGIN_ROUTE, login)).resolves.toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', messageKey: 'errors.forbidden' },
    });
    expect(core).not.toHaveBeenCalled();
    expect(sessions.isOpen(9)).toBe(false);
  });

  it('forgets the token once the window signs out', async () => {
    const { core, tokensFor, live } = fakeCore();
    const sessions = createWindowSessions(core);
    sessions.open(1);
    await sessions.call(1, LOGIN_ROUTE, login);
    await expect(sessions.call(1, LOGOUT_ROUTE, {})).resolves.toEqual({ ok: true, data: { ok: true } });
    expect(live.size).toBe(0);
    expect(sessions.isSignedIn(1)).toBe(false);
    await sessions.call(1, 'a.b.c', {});
    expect(tokensFor('a.b.c')).toEqual([null]);
  });

  it('forgets the token when the core says the session is gone, not when it is only locked', async () => {
    const { core, script } = fakeCore();
    const sessions = createWindowSessions(core);
    sessions.open(1);
    await sessions.call(1, LOGIN_ROUTE, login);
    script(() => LOCKED);
    await expect(sessions.call(1, 'a.b.c', {})).resolves.toEqual(LOCKED);
    expect(sessions.isSignedIn(1)).toBe(true);
    script(() => ({ ok: false, error: { code: 'FORBIDDEN', messageKey: 'errors.forbidden' } }));
    await sessions.call(1, 'a.b.c', {});
    expect(sessions.isSignedIn(1)).toBe(true);
    script(() => GONE);
    await expect(sessions.call(1, 'a.b.c', {})).resolves.toEqual(GONE);
    expect(sessions.isSignedIn(1)).toBe(false);
  });

  it('leaves the session alone when a sign-in fails', async () => {
    const { core, script } = fakeCore();
    const sessions = createWindowSessions(core);
    sessions.open(1);
    await sessions.call(1, LOGIN_ROUTE, login);
    script((call) => (call.route === LOGIN_ROUTE ? BAD_PASSWORD : undefined));
    await expect(sessions.call(1, LOGIN_ROUTE, { login: 'admin', password: 'wrong' })).resolves.toEqual(BAD_PASSWORD);
    expect(sessions.isSignedIn(1)).toBe(true);
  });

  it('ends the previous session when a window signs in again', async () => {
    const { core, tokensFor, live } = fakeCore();
    const sessions = createWindowSessions(core);
    sessions.open(1);
    await sessions.call(1, LOGIN_ROUTE, login);
    await sessions.call(1, LOGIN_ROUTE, login);
    await vi.waitFor(() => expect(tokensFor(LOGOUT_ROUTE)).toEqual(['token-1']));
    expect([...live]).toEqual(['token-2']);
    await sessions.call(1, 'a.b.c', {});
    expect(tokensFor('a.b.c')).toEqual(['token-2']);
  });

  it('does not drop a newer token when an older call comes back unauthenticated', async () => {
    const { core, script, tokensFor } = fakeCore();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const sessions = createWindowSessions(async (route, input, token) => {
      if (route === 'slow.call') await held;
      return core(route, input, token);
    });
    sessions.open(1);
    await sessions.call(1, LOGIN_ROUTE, login);
    // A slow call still carrying token-1 answers "gone" after the window has signed in again as token-2.
    script((call) => (call.route === 'slow.call' ? GONE : undefined));
    const slow = sessions.call(1, 'slow.call', {});
    await sessions.call(1, LOGIN_ROUTE, login);
    release();
    await expect(slow).resolves.toEqual(GONE);
    expect(tokensFor('slow.call')).toEqual(['token-1']);
    expect(sessions.isSignedIn(1)).toBe(true);
    await sessions.call(1, 'a.b.c', {});
    expect(tokensFor('a.b.c')).toEqual(['token-2']);
  });

  it('signs out in the core when the window closes, and refuses its later calls', async () => {
    const { core, tokensFor, live } = fakeCore();
    const sessions = createWindowSessions(core);
    sessions.open(1);
    sessions.open(2);
    await sessions.call(1, LOGIN_ROUTE, login);
    await sessions.call(2, LOGIN_ROUTE, login);
    await sessions.close(1);
    expect(tokensFor(LOGOUT_ROUTE)).toEqual(['token-1']);
    expect([...live]).toEqual(['token-2']);
    expect(sessions.isOpen(1)).toBe(false);
    await expect(sessions.call(1, 'a.b.c', {})).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(sessions.isSignedIn(2)).toBe(true);
  });

  it('closes a signed-out window without calling the core', async () => {
    const { core } = fakeCore();
    const sessions = createWindowSessions(core);
    sessions.open(1);
    await sessions.close(1);
    await sessions.close(42);
    expect(core).not.toHaveBeenCalled();
  });

  it('closes quietly when the logout fails', async () => {
    const log = vi.fn();
    const core = vi.fn(async (route: string): Promise<WireResult<unknown>> => {
      if (route === LOGOUT_ROUTE) throw new Error('worker gone');
      return { ok: true, data: { sessionToken: 'token-1', session } };
    });
    const sessions = createWindowSessions(core, log);
    sessions.open(1);
    await sessions.call(1, LOGIN_ROUTE, login);
    await expect(sessions.close(1)).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith('[sessions] logout failed', expect.any(Error));
  });

  it('ends a session whose window closed while signing in', async () => {
    const { core, tokensFor, live } = fakeCore();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const sessions = createWindowSessions(async (route, input, token) => {
      if (route === LOGIN_ROUTE) await held;
      return core(route, input, token);
    });
    sessions.open(1);
    const signingIn = sessions.call(1, LOGIN_ROUTE, login);
    await sessions.close(1);
    release();
    await expect(signingIn).resolves.toEqual({ ok: true, data: { sessionToken: '', session } });
    await vi.waitFor(() => expect(tokensFor(LOGOUT_ROUTE)).toEqual(['token-1']));
    expect(live.size).toBe(0);
    expect(sessions.isOpen(1)).toBe(false);
  });

  it('never passes on a sign-in answer it cannot redact', async () => {
    const log = vi.fn();
    for (const data of [{ session }, { sessionToken: '', session }, { sessionToken: 42 }, null, 'token-1']) {
      const sessions = createWindowSessions(async () => ({ ok: true, data }), log);
      sessions.open(1);
      await expect(sessions.call(1, LOGIN_ROUTE, login)).resolves.toEqual({
        ok: false,
        error: { code: 'INTERNAL', messageKey: 'errors.internal' },
      });
      expect(sessions.isSignedIn(1)).toBe(false);
    }
  });

  it('turns a core that throws into an internal error', async () => {
    const log = vi.fn();
    const sessions = createWindowSessions(() => Promise.reject(new Error('boom')), log);
    sessions.open(1);
    await expect(sessions.call(1, 'a.b.c', {})).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', messageKey: 'errors.internal' },
    });
    expect(log).toHaveBeenCalled();
  });

  it('opening a window twice keeps its session', async () => {
    const { core } = fakeCore();
    const sessions = createWindowSessions(core);
    sessions.open(1);
    await sessions.call(1, LOGIN_ROUTE, login);
    sessions.open(1);
    expect(sessions.isSignedIn(1)).toBe(true);
  });
});

describe('window sessions with the real core', () => {
  it('signs windows in and out on their own, and ends a session when its window closes', async () => {
    const { openCompany } = await import('../core/testing');
    const { ADMIN } = await import('../core/testdata/fixtures');
    const t = await openCompany();
    try {
      const carried: (string | null)[] = [];
      const sessions = createWindowSessions((route, input, token) => {
        carried.push(token);
        return t.core.call(route, input, token);
      });
      const credentials = { login: ADMIN.login, password: ADMIN.password };
      sessions.open(1);
      sessions.open(2);
      await expect(sessions.call(1, 'system.session.get', {})).resolves.toEqual(GONE);

      const signedIn = await sessions.call(1, LOGIN_ROUTE, credentials);
      expect(signedIn).toMatchObject({ ok: true, data: { sessionToken: '', session: { login: ADMIN.login } } });
      await expect(sessions.call(1, 'system.session.get', {})).resolves.toMatchObject({
        ok: true,
        data: { login: ADMIN.login },
      });
      const first = carried.at(-1) ?? null;
      expect(first).toEqual(expect.any(String));
      await expect(sessions.call(2, 'system.session.get', {})).resolves.toEqual(GONE);

      // Window 2 signs in and out again; window 1 keeps its session.
      await sessions.call(2, LOGIN_ROUTE, credentials);
      await sessions.call(2, 'system.session.get', {});
      const second = carried.at(-1) ?? null;
      expect(second).not.toBe(first);
      await expect(sessions.call(2, LOGOUT_ROUTE, {})).resolves.toEqual({ ok: true, data: { ok: true } });
      await expect(sessions.call(2, 'system.session.get', {})).resolves.toEqual(GONE);
      await expect(t.core.call('system.session.get', {}, second)).resolves.toEqual(GONE);
      await expect(sessions.call(1, 'system.session.get', {})).resolves.toMatchObject({ ok: true });

      await sessions.close(1);
      await expect(t.core.call('system.session.get', {}, first)).resolves.toEqual(GONE);
    } finally {
      await t.close();
    }
  });
});
