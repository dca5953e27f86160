import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/api-context';
import { useCan } from '../../../app/session/permissions';
import { type BackupFailure, failureText } from './failure-alert';

/** An automatic backup that fails reaches the administrator wherever they are in the app, not only on this page. */
export function BackupFailureWatcher() {
  const { i18n } = useTranslation();
  const api = useApi();
  const admin = useCan('admin.admin');
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!admin) return;
    return api.on('admin.backup.failed', (payload) => {
      const failure = payload as BackupFailure;
      void queryClient.invalidateQueries({ queryKey: ['admin.backup.list'] });
      notifications.show({
        id: `backup-failed:${failure.at}`,
        color: 'red',
        title: i18n.t('backups.notification'),
        message: failureText(failure, i18n),
        autoClose: false,
      });
    });
  }, [api, admin, queryClient, i18n]);
  return null;
}
