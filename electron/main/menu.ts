import type { MenuItemConstructorOptions } from 'electron';
import type { MenuLabels } from './menu-labels';

// The application menu as a plain template, so that what it contains is tested without Electron;
// index.ts builds it with Menu.buildFromTemplate.

export interface MenuOptions {
  isMac: boolean;
  isPackaged: boolean;
  onAbout: () => void;
}

export function buildMenuTemplate(labels: MenuLabels, options: MenuOptions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { id: 'about', label: labels.about, click: () => options.onAbout() };

  const appMenu: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          label: 'Coulisse',
          submenu: [
            about,
            { type: 'separator' },
            { role: 'hide', label: labels.hide },
            { role: 'hideOthers', label: labels.hideOthers },
            { role: 'unhide', label: labels.unhide },
            { type: 'separator' },
            { role: 'quit', label: labels.quit },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: labels.file,
    submenu: options.isMac ? [{ role: 'close', label: labels.close }] : [{ role: 'quit', label: labels.quit }],
  };

  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: labels.edit,
    submenu: [
      { role: 'undo', label: labels.undo },
      { role: 'redo', label: labels.redo },
      { type: 'separator' },
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { role: 'selectAll', label: labels.selectAll },
    ],
  };

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: labels.view,
    submenu: [
      { role: 'reload', label: labels.reload },
      ...(options.isPackaged
        ? []
        : ([{ role: 'toggleDevTools', label: labels.toggleDevTools }] satisfies MenuItemConstructorOptions[])),
      { type: 'separator' },
      { role: 'resetZoom', label: labels.resetZoom },
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: labels.toggleFullScreen },
    ],
  };

  // 'zoom', 'front' and the window and help roles only mean something on macOS.
  const windowMenu: MenuItemConstructorOptions = {
    id: 'window',
    label: labels.window,
    ...(options.isMac ? { role: 'windowMenu' as const } : {}),
    submenu: options.isMac
      ? [
          { role: 'minimize', label: labels.minimize },
          { role: 'zoom', label: labels.zoom },
          { type: 'separator' },
          { role: 'front', label: labels.front },
        ]
      : [
          { role: 'minimize', label: labels.minimize },
          { role: 'close', label: labels.close },
        ],
  };

  const help: MenuItemConstructorOptions = {
    id: 'help',
    label: labels.help,
    ...(options.isMac ? { role: 'help' as const } : {}),
    submenu: [about],
  };

  return [...appMenu, file, edit, view, windowMenu, help];
}
