import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, webContents } from 'electron';
import { type CoreBridge, internalError, spawnCoreWorker } from './core-bridge';
import { denyAllPermissions } from './guards';
import { hardenApp, registerAppScheme, serveApp } from './hardening';
import { forwardEvents, registerIpc } from './ipc';
import { namedDbPath } from './launch-options';
import { createDialogAnswerer, isDialogRoute } from './native-dialogs';
import { buildMenuTemplate } from './menu';
import { type MenuLabels, menuLabels } from './menu-labels';
import { BUILD_BINDING_COMMAND, nativeBindingPath } from './native-binding';
import { devRendererOrigin, windowEntryUrl } from './security';
import { mainWindowOptions } from './window-options';
import { createWindowSessions } from './window-sessions';
import { loadWindowState, restoreBounds, trackWindowState } from './window-state';

// This file is the entry out/main/index.js: the paths below are relative to the built file.
const OUT_MAIN = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD_FILE = path.join(OUT_MAIN, '..', 'preload', 'index.cjs');
const RENDERER_ROOT = path.join(OUT_MAIN, '..', 'renderer');
const CORE_WORKER_FILE = path.join(OUT_MAIN, 'core-worker.js');
const PROJECT_ROOT = path.join(OUT_MAIN, '..', '..');

// All of this must happen before the app is ready.
registerAppScheme();
app.enableSandbox();
// Chromium's --user-data-dir also moves Coulisse's own files (window state, default dossier) and the
// single-instance lock, so that a test or a second profile never touches the user's.
const userDataSwitch = app.commandLine.getSwitchValue('user-data-dir');
if (userDataSwitch) app.setPath('userData', path.resolve(userDataSwitch));

if (!app.requestSingleInstanceLock()) {
  // Another Coulisse is running: it gets focused through 'second-instance' and this one leaves.
  app.quit();
} else {
  main();
}

function main(): void {
  const rendererUrl = process.env['ELECTRON_RENDERER_URL'];
  const devOrigin = devRendererOrigin(rendererUrl, app.isPackaged);
  let mainWindow: BrowserWindow | null = null;
  let core: CoreBridge | null = null;
  // Calls made while the dossier opens wait for it in the core's worker.
  const sessions = createWindowSessions((route, input, token) =>
    core ? core.call(route, input, token) : Promise.resolve(internalError()),
  );
  let coreClosed = false;
  let labels: MenuLabels = menuLabels('fr');

  hardenApp(devOrigin);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && core && !mainWindow) mainWindow = createWindow();
  });

  // The dossier is closed cleanly (pending calls answered, SQLite closed) before the process ends.
  app.on('will-quit', (event) => {
    if (coreClosed || !core) return;
    event.preventDefault();
    void core.close().finally(() => {
      coreClosed = true;
      app.quit();
    });
  });

  let fatalShown = false;
  async function fatal(title: string, message: string): Promise<void> {
    if (fatalShown) return;
    fatalShown = true;
    dialog.showErrorBox(title, message);
    if (core) await core.close();
    coreClosed = true;
    app.exit(1);
  }

  function showAbout(): void {
    const detail = [
      labels.aboutDetail,
      '',
      `${labels.version} ${app.getVersion()}`,
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node.js ${process.versions.node}`,
    ].join('\n');
    const options = { type: 'info' as const, title: labels.about, message: 'Coulisse', detail, buttons: [labels.ok] };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  }

  function createWindow(): BrowserWindow {
    const stateFile = path.join(app.getPath('userData'), 'window-state.json');
    const workAreas = [screen.getPrimaryDisplay().workArea, ...screen.getAllDisplays().map((d) => d.workArea)];
    const restored = restoreBounds(loadWindowState(stateFile), workAreas);
    const win = new BrowserWindow(mainWindowOptions(restored.bounds, PRELOAD_FILE, app.isPackaged));
    const id = win.webContents.id;
    sessions.open(id);
    trackWindowState(win, stateFile);
    win.once('ready-to-show', () => {
      if (restored.maximized) win.maximize();
      win.show();
    });
    // Its session ends with it; the logout is sent before the core is asked to close at quit.
    win.on('closed', () => {
      void sessions.close(id);
      if (mainWindow === win) mainWindow = null;
    });
    win.webContents.on('render-process-gone', (_event, details) => {
      console.error('[main] renderer process gone', details.reason, details.exitCode);
    });
    const url = windowEntryUrl(devOrigin, rendererUrl);
    win.loadURL(url).catch((error: unknown) => console.error('[main] could not load', url, error));
    return win;
  }

  async function start(): Promise<void> {
    if (process.platform === 'win32') app.setAppUserModelId('fr.coulisse.app');
    labels = menuLabels(app.getLocale());
    denyAllPermissions(session.defaultSession);
    serveApp(RENDERER_ROOT);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(labels, {
          isMac: process.platform === 'darwin',
          isPackaged: app.isPackaged,
          onAbout: showAbout,
        }),
      ),
    );

    const nativeBinding = nativeBindingPath({
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      projectRoot: PROJECT_ROOT,
      electronVersion: process.versions.electron,
    });
    if (!existsSync(nativeBinding)) {
      const message = labels.bindingMissing.replace('{command}', BUILD_BINDING_COMMAND);
      await fatal(labels.startupFailedTitle, `${message}\n\n${nativeBinding}`);
      return;
    }

    // A file named by --db or COULISSE_DB opens at start; otherwise the window shows the dossier chooser.
    const dbPath = namedDbPath(process.argv, process.env, process.cwd()) ?? undefined;
    const userDataDir = app.getPath('userData');
    const bridge = spawnCoreWorker(CORE_WORKER_FILE, {
      kind: 'coulisse-core',
      options: { ...(dbPath ? { dbPath } : {}), userDataDir, appVersion: app.getVersion(), nativeBinding },
    });
    core = bridge;

    const answerDialog = createDialogAnswerer(dialog, (id) => {
      const contents = sessions.isOpen(id) ? webContents.fromId(id) : undefined;
      return contents ? BrowserWindow.fromWebContents(contents) : null;
    });
    registerIpc(ipcMain, {
      call: (windowId, route, input) =>
        isDialogRoute(route) ? answerDialog(windowId, route, input) : sessions.call(windowId, route, input),
      devOrigin,
    });
    forwardEvents(
      (listener) => bridge.on(listener),
      () => BrowserWindow.getAllWindows().map((w) => w.webContents),
      devOrigin,
    );

    void bridge.stopped.then(async (stop) => {
      if (stop.expected || coreClosed) return;
      console.error('[main] the core stopped', stop.exitCode, stop.error);
      await fatal('Coulisse', labels.coreStopped);
    });

    mainWindow = createWindow();

    try {
      await bridge.ready;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await fatal(labels.startupFailedTitle, `${labels.startupFailed}\n\n${reason}\n\n${dbPath ?? userDataDir}`);
    }
  }

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[main] startup failed', error);
      void fatal(labels.startupFailedTitle, error instanceof Error ? error.message : String(error));
    });
}
