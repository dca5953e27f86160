import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  isHostRoute,
  workspaceContract,
  type WorkspaceRouteName,
  type WorkspaceStatus,
} from '../../../shared/contract/workspace';
import type { WireResult } from '../../../shared/errors';
import { restoreBackup } from '../db/backup';
import { type Logger, stderrLogger, validationError } from '../errors';
import { type CoreHost, startCore } from '../host';
import {
  forgetRecent,
  loadRecent,
  recentFilePath,
  renameRecent,
  saveRecent,
  touchRecent,
  withExistence,
  type RecentEntry,
} from './recent-files';
import { restoreCopy, restoreReplace, type RestoreFn } from './restore';
import { fail, NO_DOSSIER, NO_NATIVE_DIALOGS, openFailure } from './wire';

export const WORKSPACE_CHANGED = 'workspace.changed';

export interface WorkspaceOptions {
  userDataDir: string;
  appVersion: string;
  nativeBinding?: string;
  /** A file named on the command line: opened (created if missing, as before the chooser existed) at start. */
  dbPath?: string;
  now?: () => Date;
  log?: Logger;
  /** The app and the server back up the open file on its schedule; tests and commands never do. */
  backups?: 'scheduled';
  /** True in the desktop app, whose main process answers the shell.* routes. */
  nativeDialogs?: boolean;
  /** How a company file is opened; tests wrap it to make an open fail. */
  openCore?: (dbPath: string) => Promise<CoreHost>;
}

/** What the bridge and the core worker need: a CoreHost without a fixed file. */
export interface Workspace {
  call(route: string, input: unknown, sessionToken: string | null): Promise<WireResult<unknown>>;
  on(listener: (event: string, payload: unknown) => void): () => void;
  close(): Promise<void>;
  status(): WorkspaceStatus;
}

type Listener = (event: string, payload: unknown) => void;

export async function startWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  const log = options.log ?? stderrLogger;
  const now = options.now ?? (() => new Date());
  const recentFile = recentFilePath(options.userDataDir);
  const openCore =
    options.openCore ??
    ((dbPath: string) =>
      startCore({
        dbPath,
        appVersion: options.appVersion,
        log,
        now,
        ...(options.backups ? { backups: options.backups } : {}),
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      }));
  const restore: RestoreFn = (backupPath, targetPath, restoreOptions) =>
    restoreBackup(backupPath, targetPath, {
      ...restoreOptions,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  const listeners = new Set<Listener>();
  let recent: RecentEntry[] = loadRecent(recentFile);
  let current: { core: CoreHost; path: string; name: string | null; openedAt: string; off: () => void } | null = null;
  // Workspace changes run one at a time; core calls go to whatever file is open when they arrive.
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  function emit(event: string, payload: unknown): void {
    for (const listener of [...listeners]) {
      try {
        listener(event, payload);
      } catch (error) {
        log('workspace listener failed', error);
      }
    }
  }

  function status(): WorkspaceStatus {
    return {
      dossier: current ? { path: current.path, name: current.name, openedAt: current.openedAt } : null,
      recent: withExistence(recent),
      defaultFolder: join(options.userDataDir, 'companies'),
      nativeDialogs: options.nativeDialogs ?? false,
    };
  }

  function storeRecent(next: RecentEntry[]): void {
    recent = next;
    try {
      saveRecent(recentFile, recent);
    } catch (error) {
      log('the recent files list could not be saved', error);
    }
  }

  async function companyName(core: CoreHost): Promise<string | null> {
    const result = await core.call('admin.company.get', {}, null);
    if (!result.ok || result.data === null) return null;
    return (result.data as { legalName?: string }).legalName ?? null;
  }

  async function closeCurrent(): Promise<void> {
    if (!current) return;
    const { core, off } = current;
    current = null;
    off();
    await core.close();
  }

  /** Opens `path` as the dossier; the previous one must be closed already. */
  async function attach(path: string): Promise<void> {
    const core = await openCore(path);
    const name = await companyName(core);
    const off = core.on((event, payload) => emit(event, payload));
    const openedAt = now().toISOString();
    current = { core, path, name, openedAt, off };
    storeRecent(touchRecent(recent, { path, name, lastOpenedAt: openedAt }));
  }

  /** Closes the open dossier and opens `path`; on failure nothing stays open and the error is the answer. */
  async function switchTo(path: string): Promise<WireResult<WorkspaceStatus>> {
    const hadDossier = current !== null;
    await closeCurrent();
    try {
      await attach(path);
    } catch (error) {
      const wire = openFailure(error, log, path);
      if (!hadDossier) return { ok: false, error: wire };
      emit(WORKSPACE_CHANGED, status());
      // The screens say the file that was open is closed now, rather than leave the user to find out.
      return { ok: false, error: { ...wire, details: { ...wire.details, previousClosed: true } } };
    }
    emit(WORKSPACE_CHANGED, status());
    return { ok: true, data: status() };
  }

  function pathError(path: string, mustExist: boolean): WireResult<never> | null {
    if (mustExist) {
      if (!existsSync(path))
        return { ok: false, error: { code: 'NOT_FOUND', messageKey: 'errors.file.missing', details: { path } } };
      if (!statSync(path).isFile()) return fail('VALIDATION', 'errors.file.notAFile');
    } else if (existsSync(path)) {
      return fail('CONFLICT', 'errors.file.exists');
    }
    return null;
  }

  const handlers: {
    [R in WorkspaceRouteName]: (input: never, token: string | null) => Promise<WireResult<unknown>>;
  } = {
    'workspace.status': async () => ({ ok: true, data: status() }),
    'workspace.dossier.open': async ({ path }: { path: string }) => {
      const target = resolve(path);
      if (current?.path === target) return { ok: true, data: status() };
      return pathError(target, true) ?? switchTo(target);
    },
    'workspace.dossier.create': async ({ path }: { path: string }) => {
      const target = resolve(path);
      return pathError(target, false) ?? switchTo(target);
    },
    'workspace.dossier.close': async () => {
      if (current) {
        await closeCurrent();
        emit(WORKSPACE_CHANGED, status());
      }
      return { ok: true, data: status() };
    },
    'workspace.recent.forget': async ({ path }: { path: string }) => {
      storeRecent(forgetRecent(recent, path));
      return { ok: true, data: status() };
    },
    'workspace.backup.restore': async (
      input: { backupPath: string; passphrase?: string | null; mode: 'copy' | 'replace'; copyPath?: string | null },
      token: string | null,
    ) => {
      const restoreDeps = { now, log, restoreBackup: restore };
      if (input.mode === 'copy') {
        if (!input.copyPath) return fail('VALIDATION', 'errors.restore.copyPathRequired');
        const copyPath = resolve(input.copyPath);
        const refused = pathError(copyPath, false);
        if (refused) return refused;
        const written = await restoreCopy(restoreDeps, resolve(input.backupPath), copyPath, input.passphrase ?? null);
        if (!written.ok) return written;
        const opened = await switchTo(copyPath);
        return opened.ok ? { ok: true, data: { status: opened.data, safetyCopyPath: null } } : opened;
      }
      if (!current) return NO_DOSSIER;
      const open = current;
      const outcome = await restoreReplace(
        { ...restoreDeps, core: open.core, detach: closeCurrent, reattach: attach },
        { dbPath: open.path, backupPath: resolve(input.backupPath), passphrase: input.passphrase ?? null, token },
      );
      if (current !== open) emit(WORKSPACE_CHANGED, status());
      return outcome.ok ? { ok: true, data: { status: status(), safetyCopyPath: outcome.data } } : outcome;
    },
    'shell.dialog.pickFolder': async () => NO_NATIVE_DIALOGS,
    'shell.dialog.openFile': async () => NO_NATIVE_DIALOGS,
    'shell.dialog.saveFile': async () => NO_NATIVE_DIALOGS,
  };

  async function callHost(route: WorkspaceRouteName, input: unknown, token: string | null) {
    const parsed = workspaceContract[route].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false as const, error: validationError(parsed.error.issues).toWire() };
    const handler = handlers[route] as (input: unknown, token: string | null) => Promise<WireResult<unknown>>;
    if (workspaceContract[route].kind === 'query') return handler(parsed.data, token);
    const task = queue.then(() => (closed ? fail('INTERNAL', 'errors.internal') : handler(parsed.data, token)));
    queue = task.catch(() => undefined);
    return task;
  }

  async function callCore(route: string, input: unknown, token: string | null): Promise<WireResult<unknown>> {
    const open = current;
    if (!open) return NO_DOSSIER;
    const result = await open.core.call(route, input, token);
    // The chooser names each file by its company; keep the name in step when the company is created or renamed.
    if (result.ok && route.startsWith('admin.company.') && route !== 'admin.company.get' && current === open) {
      const name = (result.data as { legalName?: unknown } | null)?.legalName;
      if (typeof name === 'string' && name !== open.name) {
        open.name = name;
        storeRecent(renameRecent(recent, open.path, name));
        emit(WORKSPACE_CHANGED, status());
      }
    }
    return result;
  }

  if (options.dbPath) await attach(resolve(options.dbPath));

  return {
    async call(route, input, sessionToken) {
      try {
        return isHostRoute(route)
          ? await callHost(route, input, sessionToken)
          : await callCore(route, input, sessionToken);
      } catch (error) {
        log(`workspace call ${route} failed`, error);
        return fail('INTERNAL', 'errors.internal');
      }
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      await queue;
      listeners.clear();
      await closeCurrent();
    },
    status,
  };
}
