import { z } from 'zod';
import type { RouteKind } from './route';
import '../domain/zod-messages';

// The workspace is the layer above one company file (dossier): which file is open, the recent files, opening,
// creating and closing one, and restoring a backup over it. These routes are answered by the host (the Electron
// core worker, the browser-mode bridge), before any dossier is open, so they take no permission: the file's own
// sign-in protects its data. `shell.*` routes are the desktop's native dialogs, answered by Electron's main
// process only; browser mode refuses them and the renderer falls back to typing a path.

export interface HostRouteDef<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  K extends RouteKind = RouteKind,
> {
  kind: K;
  input: I;
  output: O;
}

function hostRoute<I extends z.ZodType, O extends z.ZodType, const K extends RouteKind>(
  def: HostRouteDef<I, O, K>,
): HostRouteDef<I, O, K> {
  return def;
}

const FilePath = z.string().trim().min(1, { error: 'validation.required' }).max(4096, { error: 'validation.tooLong' });

export const RecentDossier = z.object({
  path: z.string(),
  /** The company's legal name when it was last open; null for a file still without a company. */
  name: z.string().nullable(),
  lastOpenedAt: z.string(),
  /** False when the file is no longer there (moved, on an unplugged disk). */
  exists: z.boolean(),
});
export type RecentDossier = z.infer<typeof RecentDossier>;

export const WorkspaceStatus = z.object({
  dossier: z
    .object({
      path: z.string(),
      name: z.string().nullable(),
      /** When this file was (re)opened: a restore over it reopens the same path, and screens must start afresh. */
      openedAt: z.string(),
    })
    .nullable(),
  recent: z.array(RecentDossier),
  /** Where new company files go by default (the user data folder's companies/). */
  defaultFolder: z.string(),
  /** True in the desktop app, where the shell.* routes open native dialogs. */
  nativeDialogs: z.boolean(),
});
export type WorkspaceStatus = z.infer<typeof WorkspaceStatus>;

export const RestoreMode = z.enum(['replace', 'copy']);

export const workspaceContract = {
  'workspace.status': hostRoute({ kind: 'query', input: z.object({}).strict(), output: WorkspaceStatus }),
  /** Opens an existing company file (closing the one open); refused when another Coulisse has it open. */
  'workspace.dossier.open': hostRoute({
    kind: 'mutation',
    input: z.object({ path: FilePath }).strict(),
    output: WorkspaceStatus,
  }),
  /** Creates an empty company file (the first-run screen then asks for the company); refused if the file exists. */
  'workspace.dossier.create': hostRoute({
    kind: 'mutation',
    input: z.object({ path: FilePath }).strict(),
    output: WorkspaceStatus,
  }),
  'workspace.dossier.close': hostRoute({ kind: 'mutation', input: z.object({}).strict(), output: WorkspaceStatus }),
  'workspace.recent.forget': hostRoute({
    kind: 'mutation',
    input: z.object({ path: FilePath }).strict(),
    output: WorkspaceStatus,
  }),
  /**
   * Restores a backup. 'replace' swaps it in for the open dossier (the caller must be an administrator of it;
   * the current file is kept as a safety copy beside it); 'copy' writes it as a new company file at `copyPath`
   * and opens it.
   */
  'workspace.backup.restore': hostRoute({
    kind: 'mutation',
    input: z
      .object({
        backupPath: FilePath,
        passphrase: z.string().max(1024).nullish(),
        mode: RestoreMode,
        copyPath: FilePath.nullish(),
      })
      .strict(),
    output: z.object({ status: WorkspaceStatus, safetyCopyPath: z.string().nullable() }),
  }),
  'shell.dialog.pickFolder': hostRoute({
    kind: 'query',
    input: z.object({ title: z.string().max(200).optional() }).strict(),
    output: z.object({ path: z.string().nullable() }),
  }),
  'shell.dialog.openFile': hostRoute({
    kind: 'query',
    input: z
      .object({
        title: z.string().max(200).optional(),
        /** File name extensions without the dot, e.g. ['coulisse']. */
        extensions: z
          .array(z.string().regex(/^[a-z0-9-]{1,20}$/))
          .max(10)
          .optional(),
      })
      .strict(),
    output: z.object({ path: z.string().nullable() }),
  }),
  'shell.dialog.saveFile': hostRoute({
    kind: 'query',
    input: z
      .object({
        title: z.string().max(200).optional(),
        defaultName: z.string().max(255).optional(),
        extensions: z
          .array(z.string().regex(/^[a-z0-9-]{1,20}$/))
          .max(10)
          .optional(),
      })
      .strict(),
    output: z.object({ path: z.string().nullable() }),
  }),
} as const;

export type WorkspaceContract = typeof workspaceContract;
export type WorkspaceRouteName = keyof WorkspaceContract;
export type WorkspaceRouteInput<R extends WorkspaceRouteName> = z.input<WorkspaceContract[R]['input']>;
export type WorkspaceRouteOutput<R extends WorkspaceRouteName> = z.output<WorkspaceContract[R]['output']>;

export function isHostRoute(route: string): route is WorkspaceRouteName {
  return Object.hasOwn(workspaceContract, route);
}
