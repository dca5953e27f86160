import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { callHost, type HostWorkspaceStatus } from './call-host';

/** Whether the desktop's native dialogs are there; browser mode, or a host without the route, types paths. */
export function useNativeDialogs(): boolean {
  const api = useApi();
  const status = useQuery({
    queryKey: ['workspace.status'],
    queryFn: () => callHost<HostWorkspaceStatus>(api, 'workspace.status', {}),
    retry: false,
    meta: { quiet: true },
  });
  return status.data?.nativeDialogs === true;
}
