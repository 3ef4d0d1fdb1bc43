import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import '@mantine/core/styles.css';
// dates styles after the core ones (Mantine's order)
import '@mantine/dates/styles.css';
import './app.css';
import { I18nProvider } from './i18n/i18n.tsx';
import { theme } from './theme.ts';
import { App } from './App.tsx';
import { SessionProvider } from './lib/session.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <I18nProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </I18nProvider>
    </MantineProvider>
  </StrictMode>,
);
