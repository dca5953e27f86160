import { Suspense, useEffect } from 'react';
import type { WorkspaceStatus } from '../../../shared/contract/workspace';
import { useApi } from '../api/api-context';
import { useQueryRoute } from '../api/hooks';
import { FullPageError, FullPageLoader } from '../components/full-page';
import { lazyNamed } from '../components/lazy-named';
import { useApplyWorkspace } from '../screens/admin/dossiers/use-workspace';
import { CompanyGate } from './company-gate';

const DossierChooser = lazyNamed(() => import('../screens/admin/dossiers/dossier-chooser'), 'DossierChooser');

/** Above the company: with no company file open, the chooser; each file opened gets a fresh set of screens. */
export function DossierGate() {
  const api = useApi();
  const apply = useApplyWorkspace();
  const status = useQueryRoute('workspace.status', {}, { meta: { quiet: true }, staleTime: Infinity });
  // Another window or tab may close or switch the file; so may a restore.
  useEffect(() => api.on('workspace.changed', (payload) => apply(payload as WorkspaceStatus)), [api, apply]);

  if (status.isPending) return <FullPageLoader />;
  if (status.isError) return <FullPageError error={status.error} onRetry={() => void status.refetch()} />;
  const { dossier } = status.data;
  if (!dossier) {
    return (
      <Suspense fallback={<FullPageLoader />}>
        <DossierChooser status={status.data} />
      </Suspense>
    );
  }
  return <CompanyGate key={`${dossier.path}\n${dossier.openedAt}`} />;
}
