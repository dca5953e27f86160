import { EventEmitter } from 'node:events';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WireResult } from '../../shared/errors';
import {
  type CoreHostLike,
  CoreStartupError,
  createCoreBridge,
  internalError,
  isCoreWorkerData,
  serveCore,
  type ToWorker,
  type WorkerLike,
} from './core-bridge';

const token = 'token-of-window-1';

/** The main thread's view of a worker, over one end of a MessageChannel. */
class FakeWorker extends EventEmitter implements WorkerLike {
  readonly sent: ToWorker[] = [];
  terminated = false;

  constructor(private readonly port: MessagePort) {
    super();
    port.on('message', (message: unknown) => this.emit('message', message));
    port.on('close', () => this.emit('exit', this.terminated ? 1 : 0));
  }

  postMessage(message: ToWorker): void {
    this.sent.push(message);
    this.port.postMessage(message);
  }

  terminate(): Promise<number> {
    this.terminated = true;
    this.port.close();
    return Promise.resolve(1);
  }
}

function fakeHost(overrides: Partial<CoreHostLike> = {}) {
  const listeners = new Set<(event: string, payload: unknown) => void>();
  const host = {
    call: vi.fn(async (route: string, input: unknown, sessionToken: string | null): Promise<WireResult<unknown>> => ({
      ok: true,
      data: { route, input, sessionToken },
    })),
    on(listener: (event: string, payload: unknown) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: vi.fn(async () => undefined),
    emit(event: string, payload: unknown) {
      for (const listener of listeners) listener(event, payload);
    },
    listenerCount: () => listeners.size,
    ...overrides,
  };
  return host;
}

const channels: MessageChannel[] = [];
function pair(start: () => Promise<CoreHostLike>) {
  const channel = new MessageChannel();
  channels.push(channel);
  const worker = new FakeWorker(channel.port1);
  serveCore(channel.port2, start);
  return { worker, bridge: createCoreBridge(worker, { closeTimeoutMs: 200 }) };
}

afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
  vi.restoreAllMocks();
});

describe('core bridge', () => {
  it('reports ready once the core has started', async () => {
    const { bridge, worker } = pair(async () => fakeHost());
    await expect(bridge.ready).resolves.toBeUndefined();
    expect(worker.sent).toEqual([]);
  });

  it('correlates concurrent calls with their answers', async () => {
    const host = fakeHost({
      call: async (route: string, input: unknown) => {
        // Answers arrive out of order: the slowest call was sent first.
        await new Promise((resolve) => setTimeout(resolve, route === 'slow' ? 30 : 1));
        return { ok: true, data: { route, input } };
      },
    });
    const { bridge } = pair(async () => host);
    const results = await Promise.all([
      bridge.call('slow', { n: 1 }, token),
      bridge.call('fast', { n: 2 }, token),
      bridge.call('fast', { n: 3 }, token),
    ]);
    expect(results).toEqual([
      { ok: true, data: { route: 'slow', input: { n: 1 } } },
      { ok: true, data: { route: 'fast', input: { n: 2 } } },
      { ok: true, data: { route: 'fast', input: { n: 3 } } },
    ]);
  });

  it('passes the session token, or null before sign-in, to the core', async () => {
    const host = fakeHost();
    const { bridge } = pair(async () => host);
    await expect(bridge.call('sales.invoice.list', { page: 1 }, token)).resolves.toEqual({
      ok: true,
      data: { route: 'sales.invoice.list', input: { page: 1 }, sessionToken: token },
    });
    await expect(bridge.call('system.app.info', {}, null)).resolves.toEqual({
      ok: true,
      data: { route: 'system.app.info', input: {}, sessionToken: null },
    });
    expect(host.call).toHaveBeenCalledTimes(2);
  });

  it('refuses a call message whose token is neither a string nor null', async () => {
    const host = fakeHost();
    const channel = new MessageChannel();
    channels.push(channel);
    serveCore(channel.port2, async () => host);
    const answers: unknown[] = [];
    channel.port1.on('message', (message: unknown) => answers.push(message));
    channel.port1.postMessage({ type: 'call', id: 5, route: 'a.b.c', input: {}, sessionToken: { userId: 1 } });
    channel.port1.postMessage({ type: 'call', id: 6, route: 'a.b.c', input: {} });
    await vi.waitFor(() => expect(answers.filter((a) => (a as { type: string }).type === 'result')).toHaveLength(2));
    expect(answers).toContainEqual({ type: 'result', id: 5, result: internalError() });
    expect(answers).toContainEqual({ type: 'result', id: 6, result: internalError() });
    expect(host.call).not.toHaveBeenCalled();
  });

  it('queues calls sent before the core is ready', async () => {
    let open!: (host: CoreHostLike) => void;
    const { bridge } = pair(() => new Promise<CoreHostLike>((resolve) => (open = resolve)));
    const answer = bridge.call('admin.settings.get', {}, token);
    await new Promise((resolve) => setTimeout(resolve, 10));
    open(fakeHost());
    await expect(answer).resolves.toMatchObject({ ok: true });
  });

  it('forwards core events to every listener until unsubscribed', async () => {
    const host = fakeHost();
    const { bridge } = pair(async () => host);
    await bridge.ready;
    const seen: unknown[] = [];
    const off = bridge.on((event, payload) => seen.push([event, payload]));
    bridge.on(() => {
      throw new Error('a broken listener does not stop the others');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    host.emit('progress', { done: 1, total: 2 });
    await vi.waitFor(() => expect(seen).toEqual([['progress', { done: 1, total: 2 }]]));
    off();
    host.emit('progress', { done: 2, total: 2 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toHaveLength(1);
  });

  it('rejects ready with the startup failure and answers calls with an internal error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = Object.assign(new Error('Ce dossier a été créé par une version plus récente.'), {
      code: 'SCHEMA_TOO_NEW',
      messageKey: 'errors.schemaTooNew',
    });
    const { bridge } = pair(() => Promise.reject(failure));
    const error = await bridge.ready.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreStartupError);
    expect(error).toMatchObject({
      code: 'SCHEMA_TOO_NEW',
      messageKey: 'errors.schemaTooNew',
      message: 'Ce dossier a été créé par une version plus récente.',
    });
    await expect(bridge.call('x.y.z', {}, token)).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', messageKey: 'errors.internal' },
    });
  });

  it('turns a host that throws into an internal error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { bridge } = pair(async () =>
      fakeHost({
        call: () => {
          throw new Error('boom');
        },
      }),
    );
    await expect(bridge.call('x.y.z', {}, token)).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('answers with an internal error when the input cannot be cloned', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { bridge } = pair(async () => fakeHost());
    await expect(bridge.call('x.y.z', { f: () => 1 }, token)).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    await expect(bridge.call('x.y.z', { fine: true }, token)).resolves.toMatchObject({ ok: true });
  });

  it('answers with an internal error when the result cannot be cloned', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { bridge } = pair(async () => fakeHost({ call: async () => ({ ok: true, data: { f: () => 1 } }) }));
    await expect(bridge.call('x.y.z', {}, token)).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('closes the core after the calls in flight, then refuses new calls', async () => {
    const host = fakeHost({
      call: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { ok: true, data: 'done' };
      },
    });
    const { bridge, worker } = pair(async () => host);
    await bridge.ready;
    const inFlight = bridge.call('x.y.z', {}, token);
    await bridge.close();
    await expect(inFlight).resolves.toEqual({ ok: true, data: 'done' });
    expect(host.close).toHaveBeenCalledOnce();
    expect(worker.terminated).toBe(false);
    await expect(bridge.stopped).resolves.toMatchObject({ expected: true });
    await expect(bridge.call('x.y.z', {}, token)).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('terminates a core that does not close in time', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = fakeHost({ close: () => new Promise<void>(() => undefined) });
    const { bridge, worker } = pair(async () => host);
    await bridge.ready;
    await bridge.close();
    expect(worker.terminated).toBe(true);
  });

  it('settles pending calls when the worker dies', async () => {
    const host = fakeHost({ call: () => new Promise<WireResult<unknown>>(() => undefined) });
    const { bridge, worker } = pair(async () => host);
    await bridge.ready;
    const pending = bridge.call('x.y.z', {}, token);
    await new Promise((resolve) => setTimeout(resolve, 10));
    worker.emit('exit', 1);
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    await expect(bridge.stopped).resolves.toMatchObject({ expected: false, exitCode: 1 });
  });
});

describe('isCoreWorkerData', () => {
  it('accepts only the data the main process sends', () => {
    const base = { appVersion: '0.1.0', userDataDir: '/u' };
    expect(isCoreWorkerData({ kind: 'coulisse-core', options: { ...base, dbPath: '/a' } })).toBe(true);
    expect(isCoreWorkerData({ kind: 'coulisse-core', options: base })).toBe(true);
    expect(isCoreWorkerData({ kind: 'coulisse-core', options: { ...base, dbPath: '/a', nativeBinding: '/b' } })).toBe(
      true,
    );
    expect(isCoreWorkerData({ kind: 'other', options: { ...base, dbPath: '/a' } })).toBe(false);
    expect(isCoreWorkerData({ kind: 'coulisse-core', options: { ...base, dbPath: 1 } })).toBe(false);
    expect(isCoreWorkerData({ kind: 'coulisse-core', options: { dbPath: '/a', appVersion: '0.1.0' } })).toBe(false);
    expect(isCoreWorkerData(null)).toBe(false);
  });
});

describe('core bridge with the real core', () => {
  it('opens a dossier, answers calls and closes it, across the message boundary', async () => {
    const { mkdtempSync, rmSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { startCore } = await import('../core/host');
    const dir = mkdtempSync(path.join(tmpdir(), 'coulisse-bridge-'));
    const dbPath = path.join(dir, 'bridge.coulisse');
    try {
      const { bridge } = pair(() => startCore({ dbPath, appVersion: '0.0.0-test', log: () => undefined }));
      await bridge.ready;
      await expect(bridge.call('no.such.route', {}, null)).resolves.toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      await expect(bridge.call('system.app.info', {}, null)).resolves.toMatchObject({
        ok: true,
        data: { dbPath },
      });
      // Before sign-in, and with a token the core never issued, only public routes answer.
      for (const sessionToken of [null, 'not-a-session']) {
        await expect(bridge.call('system.session.get', {}, sessionToken)).resolves.toEqual({
          ok: false,
          error: { code: 'UNAUTHENTICATED', messageKey: 'errors.unauthenticated' },
        });
      }
      await bridge.close();
      await expect(bridge.stopped).resolves.toMatchObject({ expected: true });
      expect(existsSync(dbPath)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
