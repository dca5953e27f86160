import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useAuthStore } from './auth-context';
import { ChangePasswordForm } from './change-password-form';

/** From the user menu: loaded on demand, with the validation it brings along. */
export function ChangePasswordDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const store = useAuthStore();
  return (
    <Modal opened onClose={onClose} title={t('user.changePassword')} centered>
      <ChangePasswordForm
        submitLabel={t('session.password.submit')}
        onCancel={onClose}
        onDone={(next) => {
          onClose();
          store.dispatch({ type: 'session', session: next });
          notifications.show({ color: 'green', message: t('session.password.changed') });
        }}
      />
    </Modal>
  );
}
