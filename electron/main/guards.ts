import type { Session, WebContents } from 'electron';
import { isAllowedNavigation, isSafeExternalUrl } from './security';

// What every web contents and every session of the app is held to. Electron objects come in as parameters
// (hardening.ts passes the real ones), so the tests drive these guards with plain fakes.

export type OpenExternal = (url: string) => Promise<void>;

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardWebContents(
  contents: GuardedContents,
  devOrigin: string | null,
  openExternal: OpenExternal,
  log: (...args: unknown[]) => void = console.error,
): void {
  const openOutside = (url: string): void => {
    if (!isSafeExternalUrl(url)) return;
    openExternal(url).catch((error: unknown) => log('[guards] could not open', url, error));
  };

  // The app has no <webview>, and webviewTag is off: refuse one outright rather than vet its options.
  contents.on('will-attach-webview', (event) => event.preventDefault());

  contents.on('will-navigate', (details) => {
    if (isAllowedNavigation(details.url, devOrigin)) return;
    details.preventDefault();
    // A plain link to a web page or an address opens in the user's browser or mail client instead.
    openOutside(details.url);
  });

  // Subframes are held to the same places; the main frame is will-navigate's (it may open the link outside).
  contents.on('will-frame-navigate', (details) => {
    if (details.isMainFrame || isAllowedNavigation(details.url, devOrigin)) return;
    details.preventDefault();
  });

  contents.on('will-redirect', (details) => {
    if (!isAllowedNavigation(details.url, devOrigin)) details.preventDefault();
  });

  // No page ever opens a window (window.open, target=_blank, middle click): links go to the browser at most.
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

export type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/** The renderer never needs a permission: camera, notifications, clipboard reads, geolocation, devices… all refused. */
export function denyAllPermissions(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
