import { MantineProvider, createTheme } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createHashRouter, RouterProvider, type RouteObject } from 'react-router';
import { useUiStore } from '../store/ui';
import { routes as appRoutes } from './routes';

const theme = createTheme({ primaryColor: 'teal', fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif' });

/** Providers + hash router (works from file:// in Electron and from web mode alike). */
export function App({ routes = appRoutes, queryClient }: { routes?: RouteObject[]; queryClient?: QueryClient }) {
  const language = useUiStore((s) => s.language);
  const client = useMemo(() => queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }), [queryClient]);
  const router = useMemo(() => createHashRouter(routes), [routes]);
  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
        <QueryClientProvider client={client}>
          <Notifications position="bottom-right" />
          <RouterProvider router={router} />
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
