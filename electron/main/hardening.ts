import { readFile, stat } from 'node:fs/promises';
import { app, protocol, shell } from 'electron';
import { denyAllPermissions, guardWebContents } from './guards';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appResponseHeaders, resolveAppUrl } from './security';

// Applies the rules of security.ts and guards.ts to Electron. Electron-only: not loaded by the tests.

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
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

/** Hardens every web contents and every session the app will ever create, before the first window exists. */
export function hardenApp(devOrigin: string | null): void {
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, devOrigin, (url) => shell.openExternal(url)),
  );
  app.on('session-created', (session) => denyAllPermissions(session));
}
