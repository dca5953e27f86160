import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { defaultTransport } from './api/transport';
import { App } from './app/app';
import { initI18n } from './i18n';

initI18n();
// Built before the router mounts: in browser mode it takes the token out of the URL fragment first.
const client = createClient(defaultTransport());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
