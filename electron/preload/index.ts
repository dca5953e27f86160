import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { WireResult } from '../../shared/errors';
import { CALL_CHANNEL, EVENT_CHANNEL } from './channels';

// Everything the page gets: call(route, input) and on(event, listener). No ipcRenderer, no event objects,
// no Node: the page is untrusted as far as this file is concerned.

type Listener = (payload: unknown) => void;

function internalError(): WireResult<never> {
  return { ok: false, error: { code: 'INTERNAL', messageKey: 'errors.internal' } };
}

function isEventMessage(value: unknown): value is { event: string; payload: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { event?: unknown }).event === 'string';
}

const api = {
  call(route: unknown, input: unknown): Promise<WireResult<unknown>> {
    if (typeof route !== 'string') return Promise.reject(new TypeError('coulisse.call: route must be a string'));
    return (ipcRenderer.invoke(CALL_CHANNEL, route, input) as Promise<WireResult<unknown>>).catch((error: unknown) => {
      console.error('coulisse.call failed', route, error);
      return internalError();
    });
  },

  on(event: unknown, listener: unknown): () => void {
    if (typeof event !== 'string') throw new TypeError('coulisse.on: event must be a string');
    if (typeof listener !== 'function') throw new TypeError('coulisse.on: listener must be a function');
    const callback = listener as Listener;
    const handler = (_event: IpcRendererEvent, message: unknown) => {
      if (!isEventMessage(message) || message.event !== event) return;
      try {
        callback(message.payload);
      } catch (error) {
        console.error('coulisse.on listener failed', event, error);
      }
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('coulisse', api);
