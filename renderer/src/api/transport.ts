import type { WireResult } from '../../../shared/errors';

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

export function ipcTransport(api: PreloadApi): Transport {
  return { call: (route, input) => api.call(route, input), on: (event, listener) => api.on(event, listener) };
}

const TOKEN_KEY = 'coulisse.token';

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

export function httpTransport(token: string, base = ''): Transport {
  return {
    async call(route, input) {
      try {
        const res = await fetch(`${base}/rpc/${encodeURIComponent(route)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
        if (res.status === 401)
          return { ok: false, error: { code: 'UNAUTHENTICATED', messageKey: 'errors.unauthenticated' } };
        return (await res.json()) as WireResult<unknown>;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', messageKey: 'errors.unreachable' } };
      }
    },
    on(event, listener) {
      const controller = new AbortController();
      void (async () => {
        try {
          const res = await fetch(`${base}/events`, {
            headers: { authorization: `Bearer ${token}` },
            signal: controller.signal,
          });
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
