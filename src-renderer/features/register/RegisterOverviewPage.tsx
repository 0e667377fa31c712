import { Autocomplete, Group, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { api } from '../../api/client';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LicencesTab } from './LicencesTab';
import { SealedSourcesTab } from './SealedSourcesTab';
import { WorkersTab } from './WorkersTab';
import { XrayUnitsTab } from './XrayUnitsTab';
import { PageTitle } from '../../components/PageTitle';

const TABS = ['xray', 'sources', 'workers', 'licences'] as const;
type Tab = (typeof TABS)[number];
const LIST_HEIGHT = 'calc(100vh - 250px)';

/**
 * The register across every facility: the lists a supervisor scans for units due for
 * verification, licences running out, health checks due. Each is virtual and filtered by the
 * server, so 100,000 rows scroll like ten.
 */
export function RegisterOverviewPage() {
  const { t } = useTranslation('register');
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'xray';
  const [communeText, setCommuneText] = useState('');
  const [commune] = useDebouncedValue(communeText.trim() || null, 300);
  // Suggestions: the imported communes of Sơn La plus whatever facilities already use.
  const communes = useQuery({ queryKey: ['communes', 'son-la'], queryFn: () => api('adminUnits.communes', { provinceCode: 'son-la' }), staleTime: Infinity });
  return (
    <Stack gap="sm">
      <Group gap="sm" align="baseline">
        <PageTitle>{t('title')}</PageTitle>
        <Text size="sm" c="dimmed">
          {t('overviewHint')}
        </Text>
        <Autocomplete
          aria-label={t('filters.commune')}
          placeholder={t('filters.commune')}
          w={260}
          ml="auto"
          data={[...new Set((communes.data ?? []).map((c) => c.name))]}
          value={communeText}
          onChange={setCommuneText}
          clearable
        />
      </Group>
      <Tabs value={tab} onChange={(v) => setParams(v ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="xray" pt="sm">
          <XrayUnitsTab commune={commune} height={LIST_HEIGHT} />
        </Tabs.Panel>
        <Tabs.Panel value="sources" pt="sm">
          <SealedSourcesTab commune={commune} height={LIST_HEIGHT} />
        </Tabs.Panel>
        <Tabs.Panel value="workers" pt="sm">
          <WorkersTab commune={commune} height={LIST_HEIGHT} />
        </Tabs.Panel>
        <Tabs.Panel value="licences" pt="sm">
          <LicencesTab commune={commune} height={LIST_HEIGHT} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
