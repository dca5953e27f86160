import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, guardWebContents } from './guards';
import { fakeContents, fakeSession } from './test-fakes';

const DEV = 'http://localhost:5173';

function guarded(devOrigin: string | null = null) {
  const fake = fakeContents();
  const openExternal = vi.fn(async (_url: string) => undefined);
  const log = vi.fn();
  guardWebContents(fake.contents, devOrigin, openExternal, log);
  return { ...fake, openExternal, log };
}

describe('guardWebContents', () => {
  it('listens to every way a page can leave or grow', () => {
    expect(guarded().events()).toEqual([
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ]);
  });

  it('lets the app navigate inside itself', () => {
    const g = guarded();
    for (const url of ['app://coulisse/index.html', 'app://coulisse/index.html#/parties', 'app://coulisse/']) {
      expect(g.navigate(url).prevented).toBe(false);
      expect(g.navigate(url, false).prevented).toBe(false);
      expect(g.redirect(url).prevented).toBe(false);
    }
    expect(g.openExternal).not.toHaveBeenCalled();
  });

  it('keeps the main frame in the app and sends web links to the browser', () => {
    const g = guarded();
    expect(g.navigate('https://www.impots.gouv.fr/').prevented).toBe(true);
    expect(g.navigate('mailto:compta@example.fr').prevented).toBe(true);
    expect(g.openExternal.mock.calls).toEqual([['https://www.impots.gouv.fr/'], ['mailto:compta@example.fr']]);
  });

  it('opens nothing outside for other schemes', () => {
    const g = guarded();
    for (const url of [
      'http://example.fr/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'app://other/index.html',
      'data:text/html,<script>1</script>',
    ]) {
      expect(g.navigate(url).prevented).toBe(true);
    }
    expect(g.openExternal).not.toHaveBeenCalled();
  });

  it('stops a subframe leaving the app without opening anything', () => {
    const g = guarded();
    expect(g.navigate('https://example.fr/', false).prevented).toBe(true);
    expect(g.navigate('file:///etc/passwd', false).prevented).toBe(true);
    expect(g.openExternal).not.toHaveBeenCalled();
  });

  it('stops redirects out of the app', () => {
    const g = guarded();
    expect(g.redirect('https://example.fr/').prevented).toBe(true);
    expect(g.redirect('file:///etc/passwd').prevented).toBe(true);
    expect(g.openExternal).not.toHaveBeenCalled();
  });

  it('accepts the dev server only when one is configured', () => {
    expect(guarded(DEV).navigate(`${DEV}/#/parties`).prevented).toBe(false);
    expect(guarded(DEV).navigate('http://localhost:5174/').prevented).toBe(true);
    expect(guarded(null).navigate(`${DEV}/`).prevented).toBe(true);
  });

  it('opens no window, ever; a safe link goes to the browser instead', () => {
    const g = guarded();
    expect(g.openWindow('app://coulisse/index.html')).toEqual({ action: 'deny' });
    expect(g.openWindow('https://example.fr/doc')).toEqual({ action: 'deny' });
    expect(g.openWindow('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(g.openWindow('about:blank')).toEqual({ action: 'deny' });
    expect(g.openExternal.mock.calls).toEqual([['https://example.fr/doc']]);
  });

  it('refuses every webview, whatever its options', () => {
    const g = guarded();
    expect(g.attachWebview()).toBe(true);
    expect(g.attachWebview({ nodeIntegration: false, sandbox: true }, { src: 'app://coulisse/index.html' })).toBe(true);
  });

  it('logs a link the system could not open', async () => {
    const fake = fakeContents();
    const log = vi.fn();
    guardWebContents(fake.contents, null, () => Promise.reject(new Error('no browser')), log);
    fake.navigate('https://example.fr/');
    await vi.waitFor(() =>
      expect(log).toHaveBeenCalledWith('[guards] could not open', 'https://example.fr/', expect.any(Error)),
    );
  });
});

describe('denyAllPermissions', () => {
  it('refuses every permission request, check and device', () => {
    const fake = fakeSession();
    expect(fake.request('media')).toBeNull();
    denyAllPermissions(fake.session);
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'clipboard-sanitized-write',
      'openExternal',
      'fullscreen',
      'pointerLock',
      'midiSysex',
      'fileSystem',
      'unknown',
    ]) {
      expect(fake.request(permission)).toBe(false);
      expect(fake.check(permission)).toBe(false);
    }
    for (const device of ['hid', 'serial', 'usb']) expect(fake.device(device)).toBe(false);
  });
});
