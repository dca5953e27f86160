import { Suspense } from 'react';
import { useQueryRoute } from '../api/hooks';
import { FullPageError, FullPageLoader } from '../components/full-page';
import { lazyNamed } from '../components/lazy-named';
import { SessionGate } from './session/session-gate';

const FirstRunScreen = lazyNamed(() => import('../screens/admin/first-run-screen'), 'FirstRunScreen');

/** A dossier without a company opens on the first-run screen; every other screen needs the company and a user. */
export function CompanyGate() {
  const company = useQueryRoute('admin.company.get', {}, { meta: { quiet: true }, staleTime: Infinity });
  if (company.isPending) return <FullPageLoader />;
  if (company.isError) return <FullPageError error={company.error} onRetry={() => void company.refetch()} />;
  if (company.data === null) {
    return (
      <Suspense fallback={<FullPageLoader />}>
        <FirstRunScreen />
      </Suspense>
    );
  }
  return <SessionGate />;
}
