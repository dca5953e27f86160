import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { HashRouter } from 'react-router';
import { ApiProvider } from '../api/api-context';
import type { ApiClient } from '../api/client';
import { createQueryClient } from '../api/query-client';
import { translateKey } from '../i18n';
import { CompanyGate } from './company-gate';
import { colorSchemeManager, theme } from './theme';

export function App({ client }: { client: ApiClient }) {
  const [queryClient] = useState(() =>
    createQueryClient({
      onError(error) {
        // Same message twice in a row (a burst of failed queries) shows once.
        notifications.show({
          id: `error:${error.messageKey}`,
          color: 'red',
          title: translateKey('errors.title'),
          message: translateKey(error.messageKey, error.details),
          autoClose: 6000,
        });
      },
    }),
  );
  return (
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="auto">
      <Notifications position="top-right" limit={4} />
      <ApiProvider client={client}>
        <QueryClientProvider client={queryClient}>
          <HashRouter>
            <CompanyGate />
          </HashRouter>
        </QueryClientProvider>
      </ApiProvider>
    </MantineProvider>
  );
}
