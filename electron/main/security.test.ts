import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  contentTypeFor,
  CONTENT_SECURITY_POLICY,
  devRendererOrigin,
  isAllowedNavigation,
  isSafeExternalUrl,
  isTrustedSender,
  resolveAppUrl,
  secureWebPreferences,
  windowEntryUrl,
} from './security';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs', false);
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
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
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(secureWebPreferences('/p', true).devTools).toBe(true);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the exact policy of the app', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });
});

describe('resolveAppUrl', () => {
  const root = '/srv/app/out/renderer';

  it('serves files inside the root', () => {
    expect(resolveAppUrl(root, 'app://coulisse/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppUrl(root, 'app://coulisse')).toBe(path.join(root, 'index.html'));
    expect(resolveAppUrl(root, APP_ENTRY_URL)).toBe(path.join(root, 'index.html'));
    expect(resolveAppUrl(root, 'app://coulisse/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppUrl(root, 'app://coulisse/assets/a%20b.woff2?v=1#x')).toBe(path.join(root, 'assets', 'a b.woff2'));
    expect(resolveAppUrl(root, 'app://COULISSE/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppUrl(root, 'app://coulisse/..dots.txt')).toBe(path.join(root, '..dots.txt'));
  });

  it('stays inside the root when the URL parser already removed dot segments', () => {
    expect(resolveAppUrl(root, 'app://coulisse/assets/../../../etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppUrl(root, 'app://coulisse/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('refuses traversal hidden from the URL parser', () => {
    expect(resolveAppUrl(root, 'app://coulisse/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppUrl(root, 'app://coulisse/..%5c..%5cwindows')).toBeNull();
    expect(resolveAppUrl(root, 'app://coulisse/assets\\..\\..\\secret')).toBeNull();
    expect(resolveAppUrl(root, 'app://coulisse/%252e%252e/x')).toBe(path.join(root, '%2e%2e', 'x'));
    expect(resolveAppUrl(root, 'app://coulisse/a%00.js')).toBeNull();
    expect(resolveAppUrl(root, 'app://coulisse/%E0%A4%A')).toBeNull();
  });

  it('refuses absolute paths and drive letters', () => {
    expect(resolveAppUrl(root, 'app://coulisse//etc/passwd')).toBeNull();
    expect(resolveAppUrl(root, 'app://coulisse/%2Fetc%2Fpasswd')).toBeNull();
    expect(resolveAppUrl(root, 'app://coulisse/C:/Windows/win.ini')).toBeNull();
    expect(resolveAppUrl(root, 'app://coulisse/C%3A%5CWindows')).toBeNull();
    expect(resolveAppUrl(root, 'app://coulisse/assets/')).toBeNull();
  });

  it('refuses other schemes, hosts, ports and credentials', () => {
    expect(resolveAppUrl(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppUrl(root, 'app://coulisse.evil/index.html')).toBeNull();
    expect(resolveAppUrl(root, 'app://coulisse:8080/index.html')).toBeNull();
    expect(resolveAppUrl(root, 'app://user:pw@coulisse/index.html')).toBeNull();
    expect(resolveAppUrl(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppUrl(root, 'https://coulisse/index.html')).toBeNull();
    expect(resolveAppUrl(root, 'not a url')).toBeNull();
  });

  it('applies the same rules with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Coulisse\\resources\\app.asar\\out\\renderer';
    expect(resolveAppUrl(winRoot, 'app://coulisse/assets/x.js', path.win32)).toBe(`${winRoot}\\assets\\x.js`);
    expect(resolveAppUrl(winRoot, 'app://coulisse/..%5C..%5Cx', path.win32)).toBeNull();
    expect(resolveAppUrl(winRoot, 'app://coulisse/D:/x', path.win32)).toBeNull();
    expect(resolveAppUrl(winRoot, 'app://coulisse/file.txt%3A%3A%24DATA', path.win32)).toBeNull();
  });
});

describe('devRendererOrigin', () => {
  it('accepts a loopback dev server only when not packaged', () => {
    expect(devRendererOrigin('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(devRendererOrigin('http://127.0.0.1:5173/index.html', false)).toBe('http://127.0.0.1:5173');
    expect(devRendererOrigin('http://localhost:5173/', true)).toBeNull();
    expect(devRendererOrigin(undefined, false)).toBeNull();
    expect(devRendererOrigin('http://example.com:5173/', false)).toBeNull();
    expect(devRendererOrigin('file:///tmp/index.html', false)).toBeNull();
    expect(devRendererOrigin('http://u:p@localhost:5173/', false)).toBeNull();
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app and, in development, the dev server origin', () => {
    expect(isAllowedNavigation('app://coulisse/index.html')).toBe(true);
    expect(isAllowedNavigation('app://coulisse/index.html#/sales/invoices')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true);
  });

  it('refuses everything else', () => {
    expect(isAllowedNavigation('http://localhost:5173/')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('app://other/index.html')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
    expect(isAllowedNavigation('data:text/html,<script>1</script>')).toBe(false);
    expect(isAllowedNavigation('about:blank')).toBe(false);
    expect(isAllowedNavigation('')).toBe(false);
  });
});

describe('windowEntryUrl', () => {
  it('opens the bundled app unless a loopback dev server is announced in development', () => {
    expect(windowEntryUrl(null, undefined)).toBe(APP_ENTRY_URL);
    expect(windowEntryUrl(null, 'http://localhost:5173/')).toBe(APP_ENTRY_URL);
    expect(windowEntryUrl('http://localhost:5173', 'http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(windowEntryUrl('http://localhost:5173', 'https://example.com/')).toBe(APP_ENTRY_URL);
    expect(windowEntryUrl('http://localhost:5173', 'file:///tmp/index.html')).toBe(APP_ENTRY_URL);
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('makes app:// a secure standard origin and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});

describe('isTrustedSender', () => {
  it('trusts only our own page', () => {
    expect(isTrustedSender('app://coulisse/index.html')).toBe(true);
    expect(isTrustedSender('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender('http://localhost:5173/')).toBe(false);
    expect(isTrustedSender('https://evil.example/')).toBe(false);
    expect(isTrustedSender('')).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('allows https and mailto links', () => {
    expect(isSafeExternalUrl('https://www.impots.gouv.fr/')).toBe(true);
    expect(isSafeExternalUrl('mailto:compta@example.fr?subject=Facture')).toBe(true);
  });

  it('refuses other schemes and credentials', () => {
    expect(isSafeExternalUrl('http://example.fr/')).toBe(false);
    expect(isSafeExternalUrl('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('smb://server/share')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('ms-msdt:/id PCWDiagnostic')).toBe(false);
    expect(isSafeExternalUrl('https://user:secret@example.fr/')).toBe(false);
    expect(isSafeExternalUrl('https://user@example.fr/')).toBe(false);
    expect(isSafeExternalUrl('mailto:')).toBe(false);
    expect(isSafeExternalUrl('not a url')).toBe(false);
  });
});

describe('app responses', () => {
  it('sends exact content types', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-abc.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/r/assets/inter.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/r/assets/logo.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/r/unknown.bin')).toBe('application/octet-stream');
    expect(contentTypeFor('/r/noextension')).toBe('application/octet-stream');
  });

  it('carries the CSP and nosniff on every response', () => {
    expect(appResponseHeaders('/r/index.html')).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
