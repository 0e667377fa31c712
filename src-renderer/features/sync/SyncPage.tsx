import { Anchor, Group, Stack, Text } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet } from 'react-router';
import { useSyncStatus } from './queries';

/** Route /sync — export and import of bundles, with the conflicts and trusted devices beside them. */
export function SyncPage() {
  const { t } = useTranslation('sync');
  const status = useSyncStatus();
  const links = [
    { to: '/sync', label: t('tabs.bundles'), end: true },
    { to: '/sync/conflicts', label: `${t('tabs.conflicts')}${status.data?.openConflicts ? ` (${status.data.openConflicts})` : ''}`, end: false },
    { to: '/sync/devices', label: t('tabs.devices'), end: false },
  ];
  return (
    <Stack gap="sm">
      <PageTitle>{t('title')}</PageTitle>
      <Text size="sm">{t('intro')}</Text>
      <nav aria-label={t('title')}>
        <Group gap="md">
          {links.map((l) => (
            <Anchor key={l.to} component={RouterLink} to={l.to} end={l.end} fw={500} style={({ isActive }: { isActive: boolean }) => ({ textDecoration: isActive ? 'underline' : 'none' })}>
              {l.label}
            </Anchor>
          ))}
        </Group>
      </nav>
      <Outlet />
    </Stack>
  );
}
