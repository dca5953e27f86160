import type { GuardedContents, GuardedSession } from './guards';

// Stand-ins for the few Electron objects the guards touch, for the tests (never imported by the app).

export interface FakeNavigation {
  readonly url: string;
  readonly isMainFrame: boolean;
  prevented: boolean;
  preventDefault(): void;
}

type Listener = (...args: unknown[]) => void;

export function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      windowOpenHandler = handler;
    },
  };

  function emit(event: string, url: string, isMainFrame = true): FakeNavigation {
    const details: FakeNavigation = {
      url,
      isMainFrame,
      prevented: false,
      preventDefault() {
        details.prevented = true;
      },
    };
    for (const listener of listeners.get(event) ?? []) listener(details);
    return details;
  }

  return {
    contents: contents as unknown as GuardedContents,
    events: () => [...listeners.keys()].sort(),
    /** A frame asks to navigate: will-frame-navigate for any frame, and will-navigate too for the main frame. */
    navigate(url: string, isMainFrame = true): FakeNavigation {
      const frame = emit('will-frame-navigate', url, isMainFrame);
      const main = isMainFrame ? emit('will-navigate', url, true) : frame;
      return { ...main, prevented: frame.prevented || main.prevented };
    },
    redirect: (url: string) => emit('will-redirect', url),
    attachWebview(webPreferences: Record<string, unknown> = {}, params: Record<string, string> = {}) {
      let prevented = false;
      for (const listener of listeners.get('will-attach-webview') ?? []) {
        listener({ preventDefault: () => (prevented = true) }, webPreferences, params);
      }
      return prevented;
    },
    openWindow(url: string) {
      if (!windowOpenHandler) throw new Error('no window open handler');
      return windowOpenHandler({ url });
    },
  };
}

export function fakeSession() {
  let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  let check: ((...args: unknown[]) => boolean) | null = null;
  let device: ((details: unknown) => boolean) | null = null;
  const session = {
    setPermissionRequestHandler: (handler: typeof request) => void (request = handler),
    setPermissionCheckHandler: (handler: typeof check) => void (check = handler),
    setDevicePermissionHandler: (handler: typeof device) => void (device = handler),
  };
  return {
    session: session as unknown as GuardedSession,
    /** What a page asking for `permission` gets; null when no handler is set (Electron would then grant it). */
    request(permission: string): boolean | null {
      if (!request) return null;
      let granted: boolean | null = null;
      request({}, permission, (value) => (granted = value));
      return granted;
    },
    check: (permission: string): boolean | null => (check ? check({}, permission, 'app://coulisse', {}) : null),
    device: (deviceType: string): boolean | null => (device ? device({ deviceType, origin: 'app://coulisse' }) : null),
  };
}

/** Electron's dialog module: records each request and answers what the test queued (a path, or null = cancel). */
export function fakeDialog<W>() {
  const requests: Array<{ kind: 'open' | 'save'; window: W; options: Record<string, unknown> }> = [];
  const answers: Array<string | null> = [];
  const dialog = {
    async showOpenDialog(window: W, options: object) {
      requests.push({ kind: 'open' as const, window, options: options as Record<string, unknown> });
      const path = answers.shift() ?? null;
      return { canceled: path === null, filePaths: path === null ? [] : [path] };
    },
    async showSaveDialog(window: W, options: object) {
      requests.push({ kind: 'save' as const, window, options: options as Record<string, unknown> });
      const path = answers.shift() ?? null;
      return path === null ? { canceled: true } : { canceled: false, filePath: path };
    },
  };
  return { dialog, requests, answer: (path: string | null) => void answers.push(path) };
}
