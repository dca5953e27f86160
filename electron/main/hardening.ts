import { readFile, stat } from 'node:fs/promises';
import { app, protocol, shell, type Session, type WebContents } from 'electron';
import { APP_SCHEME, appResponseHeaders, isAllowedNavigation, isSafeExternalUrl, resolveAppUrl } from './security';

// Applies the rules of security.ts to Electron. Electron-only: not loaded by the tests.

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** Serves the built renderer (out/renderer) on app://coulisse/, with the CSP header on every response. */
export function serveApp(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
    const filePath = resolveAppUrl(rootDir, request.url);
    if (!filePath) return plain(404, 'Not Found');
    try {
      // fs here reads inside app.asar as well.
      if (!(await stat(filePath)).isFile()) return plain(404, 'Not Found');
      const body = request.method === 'HEAD' ? null : await readFile(filePath);
      return new Response(body, { status: 200, headers: appResponseHeaders(filePath) });
    } catch {
      return plain(404, 'Not Found');
    }
  });
}

/** The renderer never needs a permission: camera, notifications, clipboard reads, geolocation… all refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function openExternally(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error('[hardening] could not open', url, error));
}

export function hardenWebContents(contents: WebContents, devOrigin: string | null): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (details) => {
    if (isAllowedNavigation(details.url, devOrigin)) return;
    details.preventDefault();
    // A plain link to a web page or an address opens in the user's browser or mail client instead.
    openExternally(details.url);
  });
  contents.on('will-redirect', (details) => {
    if (!isAllowedNavigation(details.url, devOrigin)) details.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

/** Hardens every web contents the app will ever create, before the first window exists. */
export function hardenApp(devOrigin: string | null): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devOrigin));
}
