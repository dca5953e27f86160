import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  loadWindowState,
  parseWindowState,
  restoreBounds,
  saveWindowState,
  trackWindowState,
  type Rect,
  type WindowState,
} from './window-state';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

const state = (x: number, y: number, width: number, height: number, maximized = false): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(parseWindowState('{"bounds":{"x":10,"y":20,"width":1200,"height":700},"maximized":true}')).toEqual(
      state(10, 20, 1200, 700, true),
    );
  });

  it('refuses anything malformed', () => {
    for (const text of [
      '',
      'nope',
      'null',
      '{}',
      '{"bounds":{"x":0,"y":0,"width":0,"height":700}}',
      '{"bounds":{"x":0.5,"y":0,"width":100,"height":700}}',
      '{"bounds":{"x":"0","y":0,"width":100,"height":700}}',
    ]) {
      expect(parseWindowState(text)).toBeNull();
    }
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":100,"height":70},"maximized":"yes"}')?.maximized).toBe(
      false,
    );
  });
});

describe('restoreBounds', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restoreBounds(null, [laptop])).toEqual({ bounds: { width: 1280, height: 800 }, maximized: false });
  });

  it('shrinks the default size to a small screen', () => {
    expect(restoreBounds(null, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({
      bounds: { width: 1024, height: 700 },
      maximized: false,
    });
  });

  it('keeps a position that is fully visible', () => {
    expect(restoreBounds(state(100, 50, 1200, 800, true), [laptop, rightMonitor])).toEqual({
      bounds: { x: 100, y: 50, width: 1200, height: 800 },
      maximized: true,
    });
    expect(restoreBounds(state(2000, 100, 1600, 1000), [laptop, rightMonitor]).bounds).toEqual({
      x: 2000,
      y: 100,
      width: 1600,
      height: 1000,
    });
  });

  it('pulls a window that hangs off the edge back inside the display it is mostly on', () => {
    expect(restoreBounds(state(1700, -40, 1200, 800), [laptop]).bounds).toEqual({
      x: 720,
      y: 0,
      width: 1200,
      height: 800,
    });
    expect(restoreBounds(state(3800, 900, 1200, 800), [laptop, rightMonitor]).bounds).toEqual({
      x: 3280,
      y: 600,
      width: 1200,
      height: 800,
    });
  });

  it('recentres on the primary display when the saved display is gone', () => {
    expect(restoreBounds(state(2200, 100, 1400, 900, true), [laptop])).toEqual({
      bounds: { width: 1400, height: 900 },
      maximized: true,
    });
  });

  it('shrinks a window larger than its display', () => {
    expect(restoreBounds(state(0, 0, 3000, 2000), [laptop]).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
    });
  });

  it('copes with negative coordinates and no display at all', () => {
    const left: Rect = { x: -1600, y: 0, width: 1600, height: 900 };
    expect(restoreBounds(state(-1500, 10, 1000, 700), [laptop, left]).bounds).toEqual({
      x: -1500,
      y: 10,
      width: 1000,
      height: 700,
    });
    expect(restoreBounds(state(10, 10, 500, 400), [])).toEqual({
      bounds: { width: 960, height: 600 },
      maximized: false,
    });
  });
});

describe('window state file', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    vi.useRealTimers();
  });

  it('round-trips through the file and tolerates a missing one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coulisse-window-'));
    dirs.push(dir);
    const file = path.join(dir, 'nested', 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    saveWindowState(file, state(1, 2, 1000, 700, true));
    expect(loadWindowState(file)).toEqual(state(1, 2, 1000, 700, true));
  });

  it('saves after moves settle and when the window closes', () => {
    vi.useFakeTimers();
    const dir = mkdtempSync(path.join(tmpdir(), 'coulisse-window-'));
    dirs.push(dir);
    const file = path.join(dir, 'window-state.json');
    let bounds: Rect = { x: 5, y: 6, width: 1100, height: 700 };
    const win = Object.assign(new EventEmitter(), {
      getNormalBounds: () => bounds,
      isMaximized: () => false,
      isDestroyed: () => false,
    });
    trackWindowState(win, file, 100);
    win.emit('move');
    expect(loadWindowState(file)).toBeNull();
    vi.advanceTimersByTime(100);
    expect(loadWindowState(file)).toEqual(state(5, 6, 1100, 700));
    bounds = { x: 50, y: 60, width: 1000, height: 650 };
    win.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state(50, 60, 1000, 650));
  });
});
