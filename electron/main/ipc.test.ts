import { describe, expect, it, vi } from 'vitest';
import type { WireResult } from '../../shared/errors';
import {
  CALL_CHANNEL,
  createCallHandler,
  EVENT_CHANNEL,
  type EventRecipient,
  forwardEvents,
  type FrameLike,
  type InvokeEventLike,
  registerIpc,
} from './ipc';
import { createWindowSessions } from './window-sessions';

const appFrame: FrameLike = { url: 'app://coulisse/index.html#/sales', parent: null, detached: false };

function event(frame: FrameLike | null, senderId = 7): InvokeEventLike {
  return { senderFrame: frame, sender: { id: senderId } };
}

function setup(devOrigin: string | null = null) {
  const call = vi.fn(async (windowId: number, route: string, input: unknown): Promise<WireResult<unknown>> => ({
    ok: true,
    data: { windowId, route, input },
  }));
  return { call, handler: createCallHandler({ call, devOrigin }) };
}

const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN', messageKey: 'errors.forbidden' } };

describe('call handler', () => {
  it('forwards a call from our main frame on behalf of its window', async () => {
    const { call, handler } = setup();
    await expect(handler(event(appFrame), 'sales.invoice.list', { page: 2 })).resolves.toEqual({
      ok: true,
      data: { windowId: 7, route: 'sales.invoice.list', input: { page: 2 } },
    });
    expect(call).toHaveBeenCalledWith(7, 'sales.invoice.list', { page: 2 });
  });

  it('accepts the dev server in development only', async () => {
    const devFrame: FrameLike = { url: 'http://localhost:5173/', parent: null, detached: false };
    await expect(setup('http://localhost:5173').handler(event(devFrame), 'a.b.c', {})).resolves.toMatchObject({
      ok: true,
    });
    await expect(setup(null).handler(event(devFrame), 'a.b.c', {})).resolves.toEqual(FORBIDDEN);
  });

  it('refuses untrusted senders without calling the core', async () => {
    const { call, handler } = setup();
    const frames: (FrameLike | null)[] = [
      null,
      { url: 'https://evil.example/', parent: null, detached: false },
      { url: 'app://coulisse/index.html', parent: appFrame, detached: false },
      { url: 'app://coulisse/index.html', parent: null, detached: true },
      { url: 'file:///tmp/index.html', parent: null, detached: false },
      { url: '', parent: null, detached: false },
    ];
    for (const frame of frames) await expect(handler(event(frame), 'a.b.c', {})).resolves.toEqual(FORBIDDEN);
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses a webContents the app did not open, through the window sessions', async () => {
    const core = vi.fn(async (): Promise<WireResult<unknown>> => ({ ok: true, data: null }));
    const sessions = createWindowSessions(core);
    sessions.open(7);
    const handler = createCallHandler({ call: (id, route, input) => sessions.call(id, route, input), devOrigin: null });
    await expect(handler(event(appFrame, 99), 'a.b.c', {})).resolves.toEqual(FORBIDDEN);
    expect(core).not.toHaveBeenCalled();
    await expect(handler(event(appFrame, 7), 'a.b.c', {})).resolves.toEqual({ ok: true, data: null });
    expect(core).toHaveBeenCalledWith('a.b.c', {}, null);
  });

  it('refuses a route that is not a reasonable string', async () => {
    const { call, handler } = setup();
    for (const route of [42, null, undefined, '', 'x'.repeat(201), { route: 'a.b.c' }]) {
      await expect(handler(event(appFrame), route, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(call).not.toHaveBeenCalled();
  });
});

describe('registerIpc', () => {
  it('registers one handler on the call channel and can remove it', async () => {
    const handlers = new Map<string, (...args: never[]) => unknown>();
    const ipcMain = {
      handle: vi.fn((channel: string, listener: (...args: never[]) => unknown) => void handlers.set(channel, listener)),
      removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
    };
    const { call } = setup();
    const unregister = registerIpc(ipcMain as never, { call, devOrigin: null });
    expect([...handlers.keys()]).toEqual([CALL_CHANNEL]);
    const listener = handlers.get(CALL_CHANNEL) as unknown as (e: InvokeEventLike, r: unknown, i: unknown) => unknown;
    await expect(listener(event(appFrame), 'a.b.c', 1)).resolves.toMatchObject({ ok: true });
    unregister();
    expect(handlers.size).toBe(0);
  });
});

describe('forwardEvents', () => {
  function target(id: number, url: string, destroyed = false) {
    return {
      id,
      isDestroyed: () => destroyed,
      mainFrame: { url },
      send: vi.fn(),
    } satisfies EventRecipient;
  }

  it('uses the channels the preload listens on', () => {
    expect(CALL_CHANNEL).toBe('coulisse:call');
    expect(EVENT_CHANNEL).toBe('coulisse:event');
  });

  it('sends events to live windows showing our page', () => {
    let emit: (event: string, payload: unknown) => void = () => undefined;
    const unsubscribe = vi.fn();
    const ours = target(1, 'app://coulisse/index.html');
    const gone = target(2, 'app://coulisse/index.html', true);
    const foreign = target(3, 'https://evil.example/');
    const stop = forwardEvents(
      (listener) => {
        emit = listener;
        return unsubscribe;
      },
      () => [ours, gone, foreign],
      null,
    );
    emit('progress', { done: 3 });
    expect(ours.send).toHaveBeenCalledWith(EVENT_CHANNEL, { event: 'progress', payload: { done: 3 } });
    expect(gone.send).not.toHaveBeenCalled();
    expect(foreign.send).not.toHaveBeenCalled();
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});
