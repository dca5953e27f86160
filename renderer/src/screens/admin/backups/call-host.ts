import type { ApiClient } from '../../../api/client';

// Host routes (workspace.*, shell.*) are answered by the desktop app or the browser-mode bridge, not by the core's
// contract, so the typed client does not know them. They go through this one door, easy to type later.
export function callHost<T>(api: ApiClient, route: string, input: unknown): Promise<T> {
  const call = api.call as unknown as (route: string, input: unknown) => Promise<T>;
  return call(route, input);
}

export interface HostWorkspaceStatus {
  dossier: { path: string; name: string | null } | null;
  nativeDialogs: boolean;
}

export interface HostRestoreInput {
  backupPath: string;
  passphrase: string | null;
  mode: 'replace' | 'copy';
  copyPath: string | null;
}

export interface HostRestoreOutput {
  safetyCopyPath: string | null;
}
