import { AppShell, Badge, Group, NavLink, SegmentedControl, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { api } from '../api/client';
import type { Language } from '../i18n';
import { useUiStore } from '../store/ui';
import { setLanguage } from './language';
import { navItems } from './nav';

export function Layout() {
  const { t } = useTranslation('common');
  const location = useLocation();
  const language = useUiStore((s) => s.language);
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => api('app.info', {}), staleTime: Infinity });
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Title order={3} c="teal.8">
              {t('appName')}
            </Title>
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
      <AppShell.Navbar p="xs">
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
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
