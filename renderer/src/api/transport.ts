import type { WireError, WireResult } from '../../../shared/errors';

/** How the renderer reaches the core: IPC in Electron, HTTP in browser mode, a fake in component tests. */
export interface Transport {
  call(route: string, input: unknown): Promise<WireResult<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** What the Electron preload exposes on window.coulisse; nothing else crosses the bridge. */
export interface PreloadApi {
  call(route: string, input: unknown): Promise<WireResult<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    coulisse?: PreloadApi;
  }
}

/** Electron: the main process keeps this window's session token itself, so the renderer never holds one. */
export function ipcTransport(api: PreloadApi): Transport {
  return { call: (route, input) => api.call(route, input), on: (event, listener) => api.on(event, listener) };
}

const TOKEN_KEY = 'coulisse.token';
const SESSION_KEY = 'coulisse.session';
export const SESSION_HEADER = 'x-coulisse-session';

/** The part of Web Storage the transport uses; sessionStorage in a browser, a map in tests. */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Browser mode: the token arrives once in the URL fragment (never sent to the server in a URL) and stays in this tab. */
export function takeBrowserToken(): string | null {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (m?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return m[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function isWireResult(value: unknown): value is WireResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

const UNAUTHENTICATED: WireError = { code: 'UNAUTHENTICATED', messageKey: 'errors.unauthenticated' };
const UNREACHABLE: WireError = { code: 'INTERNAL', messageKey: 'errors.unreachable' };

export interface HttpTransportOptions {
  base?: string;
  /** Where this tab keeps its session token: per tab, so two tabs may hold two different users. */
  storage?: TokenStorage;
  fetch?: typeof fetch;
}

/**
 * Browser mode. Two secrets travel with each call: the bearer token that opens the bridge, and the session
 * token of the signed-in user, which the login answer hands over and which is kept for this tab only.
 */
export function httpTransport(token: string, options: HttpTransportOptions = {}): Transport {
  const base = options.base ?? '';
  const storage = options.storage ?? sessionStorage;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  const session = {
    get(): string | null {
      try {
        return storage.getItem(SESSION_KEY);
      } catch {
        return null;
      }
    },
    set(value: string) {
      try {
        storage.setItem(SESSION_KEY, value);
      } catch {
        // Storage disabled: the session then lasts as long as nothing needs it again.
      }
    },
    clear() {
      try {
        storage.removeItem(SESSION_KEY);
      } catch {
        // Nothing kept, nothing to clear.
      }
    },
  };

  const headers = (): Record<string, string> => {
    const h: Record<string, string> = { authorization: `Bearer ${token}` };
    const s = session.get();
    if (s) h[SESSION_HEADER] = s;
    return h;
  };

  async function send(route: string, input: unknown): Promise<WireResult<unknown>> {
    try {
      const res = await doFetch(`${base}/rpc/${encodeURIComponent(route)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers() },
        body: JSON.stringify(input ?? {}),
      });
      let body: unknown = null;
      try {
        body = await res.json();
      } catch {
        body = null;
      }
      if (isWireResult(body)) return body;
      return { ok: false, error: res.status === 401 ? UNAUTHENTICATED : UNREACHABLE };
    } catch {
      return { ok: false, error: UNREACHABLE };
    }
  }

  return {
    async call(route, input) {
      const result = await send(route, input);
      if (route === 'system.auth.logout') {
        // Signed out here whatever the core answered: the tab forgets the session either way.
        session.clear();
      } else if (result.ok && route === 'system.auth.login') {
        const data = result.data as { sessionToken?: unknown };
        if (typeof data.sessionToken === 'string' && data.sessionToken) session.set(data.sessionToken);
        // As in Electron, the screens never see the session token.
        return { ok: true, data: { ...data, sessionToken: '' } };
      } else if (!result.ok && result.error.messageKey === 'errors.unauthenticated') {
        session.clear();
      }
      return result;
    },
    on(event, listener) {
      const controller = new AbortController();
      void (async () => {
        try {
          const res = await doFetch(`${base}/events`, { headers: headers(), signal: controller.signal });
          const reader = res.body?.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          while (reader) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += value;
            let cut: number;
            while ((cut = buffer.indexOf('\n\n')) >= 0) {
              const frame = buffer.slice(0, cut);
              buffer = buffer.slice(cut + 2);
              const name = /^event: (.*)$/m.exec(frame)?.[1];
              const data = /^data: (.*)$/m.exec(frame)?.[1];
              if (name === event && data !== undefined) listener(JSON.parse(data));
            }
          }
        } catch {
          // Aborted by the caller or the server went away: events are best effort.
        }
      })();
      return () => controller.abort();
    },
  };
}

export function defaultTransport(): Transport {
  if (window.coulisse) return ipcTransport(window.coulisse);
  const token = takeBrowserToken();
  return httpTransport(token ?? '');
}
