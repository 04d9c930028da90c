import '@mantine/core/styles.css';
import './ui/console.css';
import './i18n';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api/http';
import { router } from './router';
import { cssVariables, theme } from './ui/theme';
import { required } from './lib/required';

const queryClient = new QueryClient({
  defaultOptions: {
    // Reads are safe to repeat; a 4xx is an answer, not a glitch. Commands are never retried here (see api/http.ts).
    queries: { retry: (n, err) => n < 2 && !(err instanceof ApiError && err.status >= 400 && err.status < 500), staleTime: 5_000 },
    mutations: { retry: false },
  },
});

createRoot(required(document.getElementById('root'), 'the #root element')).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
