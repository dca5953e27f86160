import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './security';
import { MIN_SIZE, type RestoredBounds } from './window-state';

/** Everything the main window is created with; index.ts passes it to `new BrowserWindow` untouched. */
export function mainWindowOptions(
  bounds: RestoredBounds['bounds'],
  preloadPath: string,
  isPackaged: boolean,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Coulisse',
    backgroundColor: '#ffffff',
    // DevTools only while developing.
    webPreferences: secureWebPreferences(preloadPath, !isPackaged),
  };
}
