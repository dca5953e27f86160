import { describe, expect, test } from 'vitest';
import { httpTransport, SESSION_HEADER, type TokenStorage } from './transport';

function memoryStorage(): TokenStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

interface Sent {
  url: string;
  headers: Record<string, string>;
}

function fakeServer(answer: (route: string) => { status?: number; body: unknown }) {
  const sent: Sent[] = [];
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    sent.push({ url, headers: { ...(init?.headers as Record<string, string>) } });
    const route = decodeURIComponent(url.slice(url.lastIndexOf('/') + 1));
    const { status = 200, body } = answer(route);
    return new Response(JSON.stringify(body), { status });
  }) as typeof fetch;
  return { sent, fetchImpl };
}

const session = {
  userId: 1,
  login: 'admin',
  displayName: 'Admin',
  roleName: 'Administrateur',
  permissions: ['session'],
  mustChangePassword: false,
  idleTimeoutMinutes: 15,
};

describe('http transport and the session token', () => {
  test('the login answer leaves its token in this tab, which every later call sends, and the screens never see it', async () => {
    const storage = memoryStorage();
    const server = fakeServer((route) =>
      route === 'system.auth.login'
        ? { body: { ok: true, data: { sessionToken: 'sess-1', session } } }
        : { body: { ok: true, data: {} } },
    );
    const transport = httpTransport('bearer', { storage, fetch: server.fetchImpl });

    await transport.call('parties.party.list', {});
    expect(server.sent[0]!.headers[SESSION_HEADER]).toBeUndefined();
    expect(server.sent[0]!.headers.authorization).toBe('Bearer bearer');

    const login = await transport.call('system.auth.login', { login: 'admin', password: 'x' });
    expect(login).toEqual({ ok: true, data: { sessionToken: '', session } });

    await transport.call('parties.party.list', {});
    expect(server.sent[2]!.headers[SESSION_HEADER]).toBe('sess-1');
    expect(server.sent[2]!.headers.authorization).toBe('Bearer bearer');
  });

  test('signing out, or an expired session, forgets the token', async () => {
    const storage = memoryStorage();
    let expired = false;
    const server = fakeServer((route) => {
      if (route === 'system.auth.login') return { body: { ok: true, data: { sessionToken: 'sess-2', session } } };
      if (expired)
        return { body: { ok: false, error: { code: 'UNAUTHENTICATED', messageKey: 'errors.unauthenticated' } } };
      return { body: { ok: true, data: { ok: true } } };
    });
    const transport = httpTransport('bearer', { storage, fetch: server.fetchImpl });

    await transport.call('system.auth.login', {});
    await transport.call('system.auth.logout', {});
    expect(storage.data.size).toBe(0);

    await transport.call('system.auth.login', {});
    expired = true;
    const result = await transport.call('system.session.get', {});
    expect(result.ok).toBe(false);
    expect(storage.data.size).toBe(0);
  });

  test('a locked session keeps its token: the same user unlocks it', async () => {
    const storage = memoryStorage();
    const server = fakeServer((route) =>
      route === 'system.auth.login'
        ? { body: { ok: true, data: { sessionToken: 'sess-3', session } } }
        : { body: { ok: false, error: { code: 'UNAUTHENTICATED', messageKey: 'errors.sessionLocked' } } },
    );
    const transport = httpTransport('bearer', { storage, fetch: server.fetchImpl });
    await transport.call('system.auth.login', {});
    await transport.call('parties.party.list', {});
    expect(storage.data.get('coulisse.session')).toBe('sess-3');
  });

  test('a refused bearer token and an unreachable server read as wire errors', async () => {
    const refused = httpTransport('bad', {
      storage: memoryStorage(),
      fetch: (async () => new Response('nope', { status: 401 })) as typeof fetch,
    });
    expect(await refused.call('system.app.info', {})).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', messageKey: 'errors.unauthenticated' },
    });
    const down = httpTransport('x', {
      storage: memoryStorage(),
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    expect(await down.call('system.app.info', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', messageKey: 'errors.unreachable' },
    });
  });
});
