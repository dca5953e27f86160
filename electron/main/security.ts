import path from 'node:path';
import type { CustomScheme, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

export { CONTENT_SECURITY_POLICY };

// Pure security rules of the Electron shell. hardening.ts applies them; keeping them here, free of any
// runtime `electron` import, lets the tests run in plain Node.

export const APP_SCHEME = 'app';
export const APP_HOST = 'coulisse';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * app:// behaves like an https origin (standard, secure, fetch) and nothing more: it does not bypass the CSP,
 * hosts no service workers and is not open to CORS requests from other origins.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export function secureWebPreferences(preloadPath: string, allowDevTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    plugins: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools: allowDevTools,
  };
}

function parseUrl(url: string): URL | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isAppUrl(parsed: URL): boolean {
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The dev server origin electron-vite announces in ELECTRON_RENDERER_URL, honoured only when the app is not
 * packaged and only on a loopback http(s) address.
 */
export function devRendererOrigin(rendererUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !rendererUrl) return null;
  const parsed = parseUrl(rendererUrl);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) return null;
  return parsed.origin;
}

function isDevUrl(parsed: URL, devOrigin: string | null): boolean {
  return (
    devOrigin !== null &&
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.origin === devOrigin
  );
}

/** Where a window may navigate: the bundled app, or the dev server while developing. */
export function isAllowedNavigation(url: string, devOrigin: string | null = null): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (isAppUrl(parsed) || isDevUrl(parsed, devOrigin));
}

/** The page a new window opens: the bundled app, or the dev server while developing. Never file://. */
export function windowEntryUrl(devOrigin: string | null, rendererUrl: string | undefined): string {
  return devOrigin !== null && rendererUrl !== undefined && isAllowedNavigation(rendererUrl, devOrigin)
    ? rendererUrl
    : APP_ENTRY_URL;
}

/** Whether an IPC message comes from our own page (the caller also checks it is the main frame). */
export function isTrustedSender(frameUrl: string | null | undefined, devOrigin: string | null = null): boolean {
  return typeof frameUrl === 'string' && isAllowedNavigation(frameUrl, devOrigin);
}

/** Links the renderer asks to open outside the app: https and mailto only, never with credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed || parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === 'https:') return parsed.hostname !== '';
  if (parsed.protocol === 'mailto:') return parsed.pathname !== '' && !parsed.pathname.startsWith('/');
  return false;
}

type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

// A decoded segment is refused when it could leave its folder on any platform: dot segments, separators,
// drive letters and alternate streams (':'), NUL.
const FORBIDDEN_SEGMENT = /[/\\:\0]/;

/**
 * Maps app://coulisse/<path> to a file inside rootDir, or null when the URL is not ours or tries to leave
 * rootDir. '/' serves index.html. Query and fragment are ignored.
 */
export function resolveAppUrl(rootDir: string, url: string, pathApi: PathApi = path): string | null {
  const parsed = parseUrl(url);
  if (!parsed || !isAppUrl(parsed)) return null;
  const raw = parsed.pathname === '' || parsed.pathname === '/' ? '/index.html' : parsed.pathname;
  if (!raw.startsWith('/') || raw.includes('\\')) return null;
  const segments: string[] = [];
  for (const encoded of raw.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..' || FORBIDDEN_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  const root = pathApi.resolve(rootDir);
  const filePath = pathApi.resolve(root, ...segments);
  const relative = pathApi.relative(root, filePath);
  if (relative === '' || relative === '..' || relative.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(relative)) {
    return null;
  }
  return filePath;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Responses are sent with nosniff, so module scripts need their exact type. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers of every app:// response. */
export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(filePath),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}
