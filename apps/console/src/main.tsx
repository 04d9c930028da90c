import '@mantine/core/styles.css';
import './ui/print.css';
import './i18n';
import { MantineProvider, createTheme } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api/http';
import { router } from './router';

/** Dense screens for people at work: small default size, strong focus ring (keyboard users). */
const theme = createTheme({ defaultRadius: 'sm', primaryColor: 'indigo', focusRing: 'always', fontSizes: { md: '0.9rem' } });

const queryClient = new QueryClient({
  defaultOptions: {
    // Reads are safe to repeat; a 4xx is an answer, not a glitch. Commands are never retried here (see api/http.ts).
    queries: { retry: (n, err) => n < 2 && !(err instanceof ApiError && err.status >= 400 && err.status < 500), staleTime: 5_000 },
    mutations: { retry: false },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
