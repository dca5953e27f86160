import type { IpcMain } from 'electron';
import type { WireResult } from '../../shared/errors';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../preload/channels';
import { isTrustedSender } from './security';
import { forbidden } from './window-sessions';

// The one door between the renderer and the core. Everything Electron hands in is typed structurally, so the
// sender checks are tested without Electron; index.ts passes the real ipcMain and windows.

export { CALL_CHANNEL, EVENT_CHANNEL, forbidden };

const MAX_ROUTE_LENGTH = 200;

export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly detached: boolean;
}

export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
  readonly sender: { readonly id: number };
}

export interface EventRecipient {
  readonly id: number;
  isDestroyed(): boolean;
  readonly mainFrame: { readonly url: string };
  send(channel: string, ...args: unknown[]): void;
}

export interface IpcDeps {
  /** A call on behalf of the window whose webContents id is given (window-sessions.ts attaches its session). */
  call(webContentsId: number, route: string, input: unknown): Promise<WireResult<unknown>>;
  devOrigin: string | null;
}

function invalidRoute(): WireResult<never> {
  return { ok: false, error: { code: 'VALIDATION', messageKey: 'validation.invalid' } };
}

/** Only our own page's main frame may call: no iframe, no detached frame, no foreign page. */
export function isTrustedFrame(frame: FrameLike | null | undefined, devOrigin: string | null): boolean {
  return !!frame && !frame.detached && frame.parent === null && isTrustedSender(frame.url, devOrigin);
}

export function createCallHandler(deps: IpcDeps) {
  return async (event: InvokeEventLike, route: unknown, input: unknown): Promise<WireResult<unknown>> => {
    if (!isTrustedFrame(event.senderFrame, deps.devOrigin)) return forbidden();
    if (typeof route !== 'string' || route.length === 0 || route.length > MAX_ROUTE_LENGTH) return invalidRoute();
    return deps.call(event.sender.id, route, input);
  };
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, deps: IpcDeps): () => void {
  const handler = createCallHandler(deps);
  ipcMain.handle(CALL_CHANNEL, (event, route: unknown, input: unknown) => handler(event, route, input));
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}

/** Sends each core event to the windows that currently show our page. */
export function forwardEvents(
  subscribe: (listener: (event: string, payload: unknown) => void) => () => void,
  targets: () => Iterable<EventRecipient>,
  devOrigin: string | null,
): () => void {
  return subscribe((event, payload) => {
    for (const target of targets()) {
      if (target.isDestroyed() || !isTrustedSender(target.mainFrame.url, devOrigin)) continue;
      try {
        target.send(EVENT_CHANNEL, { event, payload });
      } catch (error) {
        console.error('[ipc] event could not be sent', event, error);
      }
    }
  });
}
