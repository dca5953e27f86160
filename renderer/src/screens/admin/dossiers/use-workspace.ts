import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { WorkspaceStatus } from '../../../../../shared/contract/workspace';
import { useApi } from '../../../api/api-context';
import { routeKey } from '../../../api/hooks';
import { useAuthStore } from '../../../app/session/auth-context';
import { useSignOut } from '../../../app/session/use-sign-out';

export const STATUS_KEY = routeKey('workspace.status', {});

function sameFile(a: WorkspaceStatus | undefined, b: WorkspaceStatus): boolean {
  const x = a?.dossier;
  const y = b.dossier;
  return !!x && !!y && x.path === y.path && x.openedAt === y.openedAt;
}

/**
 * Takes a new workspace status. Another file (or the same one reopened after a restore) shares nothing with the
 * previous one: its cached answers go, and nobody is signed in to it yet.
 */
export function useApplyWorkspace(): (status: WorkspaceStatus) => void {
  const queryClient = useQueryClient();
  const auth = useAuthStore();
  return useCallback(
    (status: WorkspaceStatus) => {
      const previous = queryClient.getQueryData<WorkspaceStatus>(STATUS_KEY);
      queryClient.setQueryData(STATUS_KEY, status);
      if (sameFile(previous, status)) return;
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'workspace.status' });
      auth.dispatch({ type: 'signedOut' });
    },
    [queryClient, auth],
  );
}

/** Signs out of the open file, then closes it: the window goes back to the chooser. */
export function useCloseDossier(): () => Promise<void> {
  const api = useApi();
  const signOut = useSignOut();
  const apply = useApplyWorkspace();
  return async () => {
    await signOut();
    apply(await api.call('workspace.dossier.close', {}));
  };
}
