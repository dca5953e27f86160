import { Worker } from 'node:worker_threads';
import type { WireResult } from '../../shared/errors';
import type { CoreOptions } from '../core/host';

// The core runs in a worker thread so that a long import or report never freezes windows and menus. This
// file holds both ends of the conversation: createCoreBridge in the main thread, serveCore in the worker.
// Both take a port-like object, so the tests drive them over a plain MessageChannel.

export type ToWorker =
  { type: 'call'; id: number; route: string; input: unknown; sessionToken: string | null } | { type: 'close' };

export interface StartupFailure {
  code: string | null;
  messageKey: string | null;
  message: string;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; error: StartupFailure }
  | { type: 'result'; id: number; result: WireResult<unknown> }
  | { type: 'event'; event: string; payload: unknown }
  | { type: 'closed' };

export interface CoreWorkerData {
  kind: 'coulisse-core';
  /** `dbPath` only when the command line named a file; otherwise the window opens on the dossier chooser. */
  options: Pick<CoreOptions, 'appVersion' | 'nativeBinding'> & { dbPath?: string; userDataDir: string };
}

/** What a call answers when the core cannot: not started, stopped, or a message that could not cross. */
export function internalError(): WireResult<never> {
  return { ok: false, error: { code: 'INTERNAL', messageKey: 'errors.internal' } };
}

// ---------------------------------------------------------------------------------------------------------------
// Main thread side

export interface WorkerLike {
  postMessage(message: ToWorker): void;
  on(event: 'message', listener: (value: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (exitCode: number) => void): unknown;
  terminate(): Promise<number>;
}

export interface CoreStop {
  /** False when the worker died or failed to start rather than being closed. */
  expected: boolean;
  exitCode: number | null;
  error: Error | null;
}

export interface CoreBridge {
  /** Resolves once the dossier is open; rejects with the startup failure. */
  readonly ready: Promise<void>;
  /** Resolves once the worker is gone, whatever the reason. */
  readonly stopped: Promise<CoreStop>;
  /** `sessionToken` is the one `system.auth.login` returned for the calling window, null before signing in. */
  call(route: string, input: unknown, sessionToken: string | null): Promise<WireResult<unknown>>;
  on(listener: (event: string, payload: unknown) => void): () => void;
  close(): Promise<void>;
}

export class CoreStartupError extends Error {
  readonly code: string | null;
  readonly messageKey: string | null;

  constructor(failure: StartupFailure) {
    super(failure.message);
    this.name = 'CoreStartupError';
    this.code = failure.code;
    this.messageKey = failure.messageKey;
  }
}

function isFromWorker(value: unknown): value is FromWorker {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; id?: unknown; event?: unknown };
  switch (message.type) {
    case 'ready':
    case 'failed':
    case 'closed':
      return true;
    case 'result':
      return typeof message.id === 'number';
    case 'event':
      return typeof message.event === 'string';
    default:
      return false;
  }
}

export function createCoreBridge(worker: WorkerLike, options: { closeTimeoutMs?: number } = {}): CoreBridge {
  const closeTimeoutMs = options.closeTimeoutMs ?? 5000;
  const pending = new Map<number, (result: WireResult<unknown>) => void>();
  const listeners = new Set<(event: string, payload: unknown) => void>();
  let nextId = 1;
  let alive = true;
  let closing: Promise<void> | null = null;
  let closeRequested = false;

  let resolveReady!: () => void;
  let rejectReady!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  // A failed start is reported through `ready`; keep Node from also flagging it as unhandled.
  ready.catch(() => undefined);

  let resolveStopped!: (stop: CoreStop) => void;
  const stopped = new Promise<CoreStop>((resolve) => {
    resolveStopped = resolve;
  });

  let lastError: Error | null = null;

  function settleAll(): void {
    for (const resolve of pending.values()) resolve(internalError());
    pending.clear();
  }

  function onMessage(value: unknown): void {
    if (!isFromWorker(value)) return;
    switch (value.type) {
      case 'ready':
        resolveReady();
        return;
      case 'failed':
        rejectReady(new CoreStartupError(value.error));
        return;
      case 'result': {
        const resolve = pending.get(value.id);
        if (resolve) {
          pending.delete(value.id);
          resolve(value.result);
        }
        return;
      }
      case 'event':
        for (const listener of [...listeners]) {
          try {
            listener(value.event, value.payload);
          } catch (error) {
            console.error('[core-bridge] event listener failed', error);
          }
        }
        return;
      case 'closed':
        return;
    }
  }

  worker.on('message', onMessage);
  worker.on('error', (error) => {
    lastError = error;
    console.error('[core-bridge] core worker error', error);
  });
  worker.on('exit', (exitCode) => {
    alive = false;
    settleAll();
    rejectReady(lastError ?? new Error(`The core stopped before it was ready (exit code ${exitCode}).`));
    resolveStopped({ expected: closeRequested, exitCode, error: lastError });
  });

  return {
    ready,
    stopped,
    call(route, input, sessionToken) {
      if (!alive || closeRequested) return Promise.resolve(internalError());
      const id = nextId++;
      return new Promise<WireResult<unknown>>((resolve) => {
        pending.set(id, resolve);
        try {
          worker.postMessage({ type: 'call', id, route, input, sessionToken });
        } catch (error) {
          // Input the structured clone cannot carry (a function, a symbol, a native handle…).
          pending.delete(id);
          console.error('[core-bridge] call could not be sent', route, error);
          resolve(internalError());
        }
      });
    },
    on(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      if (closing) return closing;
      closeRequested = true;
      closing = (async () => {
        if (!alive) return;
        try {
          worker.postMessage({ type: 'close' });
        } catch {
          // The worker is already going away; terminate below.
        }
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), closeTimeoutMs);
        });
        const outcome = await Promise.race([stopped.then(() => 'stopped' as const), timedOut]);
        clearTimeout(timer);
        if (outcome === 'timeout') {
          console.error('[core-bridge] the core did not close in time; terminating it');
          await worker.terminate();
        }
      })();
      return closing;
    },
  };
}

/** Starts the core worker from its built file (out/main/core-worker.js). */
export function spawnCoreWorker(workerFile: string | URL, data: CoreWorkerData): CoreBridge {
  const worker = new Worker(workerFile, { workerData: data, name: 'coulisse-core' });
  return createCoreBridge(worker);
}

// ---------------------------------------------------------------------------------------------------------------
// Worker side

export interface ParentPortLike {
  postMessage(message: FromWorker): void;
  on(event: 'message', listener: (value: unknown) => void): unknown;
  close(): void;
}

/** What the worker needs of the core (electron/core/host.ts's CoreHost satisfies it). */
export interface CoreHostLike {
  call(route: string, input: unknown, sessionToken: string | null): Promise<WireResult<unknown>>;
  on(listener: (event: string, payload: unknown) => void): () => void;
  close(): Promise<void>;
}

export function isCoreWorkerData(value: unknown): value is CoreWorkerData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as {
    kind?: unknown;
    options?: { dbPath?: unknown; appVersion?: unknown; nativeBinding?: unknown; userDataDir?: unknown };
  };
  return (
    data.kind === 'coulisse-core' &&
    (data.options?.dbPath === undefined || typeof data.options.dbPath === 'string') &&
    typeof data.options?.userDataDir === 'string' &&
    typeof data.options.appVersion === 'string' &&
    (data.options.nativeBinding === undefined || typeof data.options.nativeBinding === 'string')
  );
}

function startupFailure(error: unknown): StartupFailure {
  const detail = error as { code?: unknown; messageKey?: unknown; message?: unknown } | null;
  return {
    code: typeof detail?.code === 'string' ? detail.code : null,
    messageKey: typeof detail?.messageKey === 'string' ? detail.messageKey : null,
    message: typeof detail?.message === 'string' ? detail.message : String(error),
  };
}

export function serveCore(port: ParentPortLike, start: () => Promise<CoreHostLike>): void {
  const hostPromise = Promise.resolve().then(start);
  const inFlight = new Set<Promise<void>>();
  let unsubscribe: (() => void) | null = null;
  let closing = false;

  function post(message: FromWorker): boolean {
    try {
      port.postMessage(message);
      return true;
    } catch (error) {
      console.error('[core] message could not be sent to the main thread', message.type, error);
      return false;
    }
  }

  hostPromise.then(
    (host) => {
      unsubscribe = host.on((event, payload) => {
        post({ type: 'event', event, payload });
      });
      post({ type: 'ready' });
    },
    (error: unknown) => {
      console.error('[core] startup failed', error);
      post({ type: 'failed', error: startupFailure(error) });
    },
  );

  async function answer(id: number, route: string, input: unknown, sessionToken: string | null): Promise<void> {
    let result: WireResult<unknown>;
    let host: CoreHostLike | null = null;
    try {
      host = await hostPromise;
    } catch {
      // The startup failure was reported once already.
    }
    try {
      result = host ? await host.call(route, input, sessionToken) : internalError();
    } catch (error) {
      // The host promises never to throw; keep the main thread waiting on nothing if it does.
      console.error('[core] call failed', route, error);
      result = internalError();
    }
    if (!post({ type: 'result', id, result })) post({ type: 'result', id, result: internalError() });
  }

  async function close(): Promise<void> {
    closing = true;
    await Promise.allSettled([...inFlight]);
    try {
      unsubscribe?.();
      const host = await hostPromise;
      await host.close();
    } catch (error) {
      console.error('[core] close failed', error);
    }
    post({ type: 'closed' });
    port.close();
  }

  port.on('message', (value: unknown) => {
    const message = value as Partial<ToWorker> | null;
    if (message?.type === 'close') {
      if (!closing) void close();
      return;
    }
    if (message?.type !== 'call') return;
    const { id, route, input, sessionToken } = message;
    if (typeof id !== 'number') return;
    if (closing || typeof route !== 'string' || (sessionToken !== null && typeof sessionToken !== 'string')) {
      post({ type: 'result', id, result: internalError() });
      return;
    }
    const task = answer(id, route, input, sessionToken).finally(() => inFlight.delete(task));
    inFlight.add(task);
  });
}
