import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow } from 'electron';

// The main window comes back where the user left it, unless that place is no longer on any screen
// (a disconnected monitor, a smaller resolution): then it is pulled back onto a visible work area.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export interface RestoredBounds {
  /** Position is absent when the window should be centred by the system. */
  bounds: Size & Partial<Pick<Rect, 'x' | 'y'>>;
  maximized: boolean;
}

export const DEFAULT_SIZE: Size = { width: 1280, height: 800 };
export const MIN_SIZE: Size = { width: 960, height: 600 };
/** How much of the saved window must still be on a screen for its position to be kept. */
const MIN_VISIBLE = { width: 120, height: 60 };

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

export function parseWindowState(text: string): WindowState | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const state = value as { bounds?: Partial<Rect>; maximized?: unknown } | null;
  const bounds = state?.bounds;
  if (!bounds || !isInt(bounds.x) || !isInt(bounds.y) || !isInt(bounds.width) || !isInt(bounds.height)) return null;
  if (bounds.width <= 0 || bounds.height <= 0) return null;
  return {
    bounds: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height },
    maximized: state?.maximized === true,
  };
}

function overlap(a: Rect, b: Rect): Size {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

/**
 * Bounds to open the window with. `workAreas` are the displays' work areas, the primary display first.
 */
export function restoreBounds(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  defaults: Size = DEFAULT_SIZE,
  minimum: Size = MIN_SIZE,
): RestoredBounds {
  const primary = workAreas[0];
  const fit = (size: Size, area: Rect | undefined): Size =>
    area
      ? {
          width: clamp(size.width, Math.min(minimum.width, area.width), area.width),
          height: clamp(size.height, Math.min(minimum.height, area.height), area.height),
        }
      : { width: Math.max(size.width, minimum.width), height: Math.max(size.height, minimum.height) };

  if (!saved) return { bounds: fit(defaults, primary), maximized: false };

  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(saved.bounds, area);
    if (
      o.width >= Math.min(MIN_VISIBLE.width, saved.bounds.width) &&
      o.height >= Math.min(MIN_VISIBLE.height, saved.bounds.height)
    ) {
      if (o.width * o.height > bestArea) {
        best = area;
        bestArea = o.width * o.height;
      }
    }
  }
  if (!best) return { bounds: fit(saved.bounds, primary), maximized: saved.maximized };

  const size = fit(saved.bounds, best);
  return {
    bounds: {
      x: clamp(saved.bounds.x, best.x, best.x + best.width - size.width),
      y: clamp(saved.bounds.y, best.y, best.y + best.height - size.height),
      ...size,
    },
    maximized: saved.maximized,
  };
}

export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}

type TrackedWindow = Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized' | 'isDestroyed'> & {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
};

/** Saves the window's place shortly after each move or resize, and once more when it closes. */
export function trackWindowState(win: TrackedWindow, file: string, delayMs = 500): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed()) return;
    try {
      saveWindowState(file, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (error) {
      console.error('[window-state] could not save', error);
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', save);
}
