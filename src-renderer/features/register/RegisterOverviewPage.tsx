import { Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LicencesTab } from './LicencesTab';
import { SealedSourcesTab } from './SealedSourcesTab';
import { WorkersTab } from './WorkersTab';
import { XrayUnitsTab } from './XrayUnitsTab';

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
  return (
    <Stack gap="sm">
      <Group gap="sm" align="baseline">
        <Title order={2}>{t('title')}</Title>
        <Text size="sm" c="dimmed">
          {t('overviewHint')}
        </Text>
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
          <XrayUnitsTab height={LIST_HEIGHT} />
        </Tabs.Panel>
        <Tabs.Panel value="sources" pt="sm">
          <SealedSourcesTab height={LIST_HEIGHT} />
        </Tabs.Panel>
        <Tabs.Panel value="workers" pt="sm">
          <WorkersTab height={LIST_HEIGHT} />
        </Tabs.Panel>
        <Tabs.Panel value="licences" pt="sm">
          <LicencesTab height={LIST_HEIGHT} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
