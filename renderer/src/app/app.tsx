import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { HashRouter } from 'react-router';
import { ApiProvider } from '../api/api-context';
import type { ApiClient } from '../api/client';
import { createQueryClient } from '../api/query-client';
import { errorText } from '../components/error-text';
import { translateKey } from '../i18n';
import { DossierGate } from './dossier-gate';
import { AuthProvider } from './session/auth-context';
import { createAuthStore, SESSION_ERROR_KEYS } from './session/auth-store';
import { watchSession } from './session/watch-session';
import { colorSchemeManager, theme } from './theme';

export function App({ client }: { client: ApiClient }) {
  const [auth] = useState(() => createAuthStore());
  const [api] = useState(() => watchSession(client, auth));
  const [queryClient] = useState(() =>
    createQueryClient({
      onError(error) {
        // The session's own troubles show as screens (sign-in, lock, password change), not as toasts.
        if (SESSION_ERROR_KEYS.includes(error.messageKey)) return;
        // Same message twice in a row (a burst of failed queries) shows once.
        notifications.show({
          id: `error:${error.messageKey}`,
          color: 'red',
          title: translateKey('errors.title'),
          message: errorText(error),
          autoClose: 6000,
        });
      },
    }),
  );
  return (
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="auto">
      <Notifications position="top-right" limit={4} />
      <ApiProvider client={api}>
        <AuthProvider store={auth}>
          <QueryClientProvider client={queryClient}>
            <HashRouter>
              <DossierGate />
            </HashRouter>
          </QueryClientProvider>
        </AuthProvider>
      </ApiProvider>
    </MantineProvider>
  );
}
