import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menu';
import { MENU_LABELS } from './menu-labels';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.map((item) => item.label ?? '');
}

describe('application menu', () => {
  it('has the French menus in order on Windows and Linux', () => {
    const template = buildMenuTemplate(MENU_LABELS.fr, { isMac: false, isPackaged: true, onAbout: () => undefined });
    expect(labels(template)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    expect(roles(template)).toEqual(
      expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload']),
    );
    expect(roles(template)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('offers the developer tools only when not packaged', () => {
    const packaged = buildMenuTemplate(MENU_LABELS.en, { isMac: false, isPackaged: true, onAbout: () => undefined });
    const dev = buildMenuTemplate(MENU_LABELS.en, { isMac: false, isPackaged: false, onAbout: () => undefined });
    expect(roles(packaged)).not.toContain('toggleDevTools');
    expect(roles(packaged)).not.toContain('forceReload');
    expect(roles(dev)).toContain('toggleDevTools');
  });

  it('opens the about box from Help', () => {
    const onAbout = vi.fn();
    const template = buildMenuTemplate(MENU_LABELS.en, { isMac: false, isPackaged: true, onAbout });
    const help = template.find((item) => item.id === 'help');
    const about = (help?.submenu as MenuItemConstructorOptions[]).find((item) => item.id === 'about');
    expect(about?.label).toBe('About Coulisse');
    (about?.click as () => void)();
    expect(onAbout).toHaveBeenCalledOnce();
  });

  it('follows macOS conventions there', () => {
    const template = buildMenuTemplate(MENU_LABELS.en, { isMac: true, isPackaged: true, onAbout: () => undefined });
    expect(labels(template)).toEqual(['Coulisse', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(template.slice(0, 1))).toContain('quit');
    expect(roles(template)).toEqual(expect.arrayContaining(['windowMenu', 'zoom', 'front', 'help']));
    const nonMac = buildMenuTemplate(MENU_LABELS.en, { isMac: false, isPackaged: true, onAbout: () => undefined });
    expect(roles(nonMac)).not.toContain('zoom');
    expect(roles(nonMac)).not.toContain('windowMenu');
  });
});
