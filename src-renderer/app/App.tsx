import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, RouterProvider, type RouteObject } from 'react-router';
import { useUiStore } from '../store/ui';
import { routes as appRoutes } from './routes';
import { accessibleCssVariables, appTheme } from './theme';
import './a11y.css';

/** Providers + hash router (works from file:// in Electron and from web mode alike). */
export function App({ routes = appRoutes, queryClient }: { routes?: RouteObject[]; queryClient?: QueryClient }) {
  const language = useUiStore((s) => s.language);
  const { t } = useTranslation('a11y');
  // Rebuilt with the language: the names of Mantine's icon-only buttons (close ×, clear ×) are translated.
  const close = t('close');
  const clear = t('clear');
  const theme = useMemo(() => appTheme({ close, clear }), [close, clear]);
  const client = useMemo(() => queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }), [queryClient]);
  const router = useMemo(() => createHashRouter(routes), [routes]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={accessibleCssVariables}>
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
        <QueryClientProvider client={client}>
          <Notifications position="bottom-right" />
          <RouterProvider router={router} />
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
