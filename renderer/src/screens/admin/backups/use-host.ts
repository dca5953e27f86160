import { useQueryRoute } from '../../../api/hooks';

/** Whether the desktop's native dialogs are there; in browser mode paths are typed. */
export function useNativeDialogs(): boolean {
  const status = useQueryRoute('workspace.status', {}, { meta: { quiet: true }, staleTime: Infinity });
  return status.data?.nativeDialogs === true;
}
