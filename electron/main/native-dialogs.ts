import { workspaceContract } from '../../shared/contract/workspace';
import type { WireResult } from '../../shared/errors';

// The desktop's file dialogs, answered in the main process (the only one that may show them) before a call
// goes on to the core's worker. Electron's dialog module and windows are typed structurally so the tests
// drive this with fakes.

export const DIALOG_ROUTES = ['shell.dialog.pickFolder', 'shell.dialog.openFile', 'shell.dialog.saveFile'] as const;
type DialogRoute = (typeof DIALOG_ROUTES)[number];

interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DialogLike<W> {
  showOpenDialog(
    window: W,
    options: {
      title?: string;
      properties: Array<'openFile' | 'openDirectory' | 'createDirectory'>;
      filters?: FileFilter[];
    },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    window: W,
    options: { title?: string; defaultPath?: string; filters?: FileFilter[]; properties?: Array<'createDirectory'> },
  ): Promise<{ canceled: boolean; filePath?: string }>;
}

export function isDialogRoute(route: string): route is DialogRoute {
  return (DIALOG_ROUTES as readonly string[]).includes(route);
}

function filters(extensions: string[] | undefined): FileFilter[] | undefined {
  return extensions?.length ? [{ name: extensions.join(', '), extensions }] : undefined;
}

/** `windowFor` finds the calling window; a call from no known window is refused, as for any other route. */
export function createDialogAnswerer<W>(dialog: DialogLike<W>, windowFor: (webContentsId: number) => W | null) {
  return async (webContentsId: number, route: DialogRoute, input: unknown): Promise<WireResult<unknown>> => {
    const window = windowFor(webContentsId);
    if (window === null) return { ok: false, error: { code: 'FORBIDDEN', messageKey: 'errors.forbidden' } };
    const parsed = workspaceContract[route].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'VALIDATION', messageKey: 'errors.validation' } };
    const options = parsed.data as { title?: string; extensions?: string[]; defaultName?: string };
    const title = options.title;
    try {
      if (route === 'shell.dialog.saveFile') {
        const answer = await dialog.showSaveDialog(window, {
          ...(title ? { title } : {}),
          ...(options.defaultName ? { defaultPath: options.defaultName } : {}),
          ...(filters(options.extensions) ? { filters: filters(options.extensions) } : {}),
          properties: ['createDirectory'],
        });
        return { ok: true, data: { path: answer.canceled ? null : (answer.filePath ?? null) } };
      }
      const folder = route === 'shell.dialog.pickFolder';
      const answer = await dialog.showOpenDialog(window, {
        ...(title ? { title } : {}),
        properties: folder ? ['openDirectory', 'createDirectory'] : ['openFile'],
        ...(!folder && filters(options.extensions) ? { filters: filters(options.extensions) } : {}),
      });
      return { ok: true, data: { path: answer.canceled ? null : (answer.filePaths[0] ?? null) } };
    } catch (error) {
      console.error('[dialogs] the dialog failed', route, error);
      return { ok: false, error: { code: 'INTERNAL', messageKey: 'errors.internal' } };
    }
  };
}
