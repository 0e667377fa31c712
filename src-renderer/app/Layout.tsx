import { AppShell, Badge, Group, NavLink, SegmentedControl, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { api } from '../api/client';
import type { Language } from '../i18n';
import { useUiStore } from '../store/ui';
import { setLanguage } from './language';
import { useFocusTitleOnRouteChange, useKeepFocusInView } from './focus';
import { navItems } from './nav';

export function Layout() {
  const { t } = useTranslation('common');
  const location = useLocation();
  const language = useUiStore((s) => s.language);
  const { t: ta } = useTranslation('a11y');
  useFocusTitleOnRouteChange(location.pathname);
  useKeepFocusInView();
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => api('app.info', {}), staleTime: Infinity });
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="md">
      <a href="#main" className="kt-skip-link" onClick={skipToMain}>
        {ta('skipToMain')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            {/* The app's name is a logo, not a heading: each page has its own h1. */}
            <Text fz="h3" fw={700} c="teal.8">
              {t('appName')}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('tagline')}
            </Text>
          </Group>
          <Group gap="sm">
            {info.data?.transport === 'web' && (
              <Badge variant="light" color="gray">
                {t('mode.web')}
              </Badge>
            )}
            <SegmentedControl
              size="xs"
              aria-label={t('language')}
              value={language}
              onChange={(v) => void setLanguage(v as Language)}
              data={[
                { value: 'vi', label: 'VI' },
                { value: 'en', label: 'EN' },
              ]}
            />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={ta('mainNav')}>
        {navItems.map((item) => (
          <NavLink
            key={item.key}
            component={RouterLink}
            to={item.to}
            label={t(`nav.${item.key}` as 'nav.facilities')}
            leftSection={<item.icon size={18} />}
            active={location.pathname.startsWith(item.to)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** The hash router owns "#…": the skip link moves focus itself instead of navigating. */
function skipToMain(e: React.MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  const main = document.getElementById('main');
  const title = main?.querySelector<HTMLElement>('h1');
  (title ?? main)?.focus();
}
