import { beforeEach, describe, expect, it, vi } from 'vitest';

// The preload only runs inside Electron; here 'electron' is replaced by a recorder of what it is asked.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, data: 1 })),
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      },
    },
    send(channel: string, message: unknown) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc-event' }, message);
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

interface Api {
  call(route: unknown, input: unknown): Promise<unknown>;
  on(event: unknown, listener: unknown): () => void;
}

let api: Api;

beforeEach(async () => {
  vi.resetModules();
  electron.exposed.clear();
  electron.listeners.clear();
  electron.ipcRenderer.invoke.mockClear();
  await import('./index');
  api = electron.exposed.get('coulisse') as Api;
});

describe('preload', () => {
  it('exposes only call and on, under window.coulisse', () => {
    expect([...electron.exposed.keys()]).toEqual(['coulisse']);
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
  });

  it('invokes the call channel with the route and input', async () => {
    await expect(api.call('sales.invoice.get', { id: 3 })).resolves.toEqual({ ok: true, data: 1 });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('coulisse:call', 'sales.invoice.get', { id: 3 });
  });

  it('turns a failed invoke into an internal error result', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(api.call('a.b.c', {})).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', messageKey: 'errors.internal' },
    });
  });

  it('validates argument types', async () => {
    await expect(api.call(42, {})).rejects.toThrow(TypeError);
    expect(() => api.on(1, () => undefined)).toThrow(TypeError);
    expect(() => api.on('progress', 'not a function')).toThrow(TypeError);
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('delivers only the payload of the chosen event, until unsubscribed', () => {
    const progress = vi.fn();
    const off = api.on('progress', progress);
    electron.send('coulisse:event', { event: 'progress', payload: { done: 1 } });
    electron.send('coulisse:event', { event: 'other', payload: { done: 2 } });
    electron.send('coulisse:event', 'garbage');
    expect(progress.mock.calls).toEqual([[{ done: 1 }]]);
    off();
    off();
    electron.send('coulisse:event', { event: 'progress', payload: { done: 3 } });
    expect(progress).toHaveBeenCalledOnce();
    expect(electron.listeners.get('coulisse:event')?.size).toBe(0);
  });
});
