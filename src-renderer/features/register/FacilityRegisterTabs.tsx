import { Tabs } from '@mantine/core';
import { IconBone, IconCertificate, IconDroplet, IconRadioactive, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LicencesTab } from './LicencesTab';
import { SealedSourcesTab } from './SealedSourcesTab';
import { WastewaterSystemsTab } from './WastewaterSystemsTab';
import { WorkersTab } from './WorkersTab';
import { XrayUnitsTab } from './XrayUnitsTab';

const TABS = ['xray', 'sources', 'wastewater', 'licences', 'workers'] as const;
type Tab = (typeof TABS)[number];
const ICONS = { xray: IconBone, sources: IconRadioactive, wastewater: IconDroplet, licences: IconCertificate, workers: IconUsers } satisfies Record<Tab, unknown>;
const LIST_HEIGHT = 420;

/** The facility's register under its cards; `?tab=xray&item=<id>` opens a tab (and a record). */
export function FacilityRegisterTabs({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation('register');
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'xray';
  const item = params.get('item') ?? undefined;
  const openId = (which: Tab) => (which === tab ? item : undefined);
  return (
    <Tabs
      value={tab}
      onChange={(v) => setParams(v ? { tab: v } : {}, { replace: true })}
      keepMounted={false}
      variant="outline"
    >
      <Tabs.List>
        {TABS.map((key) => {
          const Icon = ICONS[key];
          return (
            <Tabs.Tab key={key} value={key} leftSection={<Icon size={16} />}>
              {t(`tabs.${key}`)}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      <Tabs.Panel value="xray" pt="sm">
        <XrayUnitsTab facilityId={facilityId} openId={openId('xray')} height={LIST_HEIGHT} />
      </Tabs.Panel>
      <Tabs.Panel value="sources" pt="sm">
        <SealedSourcesTab facilityId={facilityId} openId={openId('sources')} height={LIST_HEIGHT} />
      </Tabs.Panel>
      <Tabs.Panel value="wastewater" pt="sm">
        <WastewaterSystemsTab facilityId={facilityId} openId={openId('wastewater')} height={LIST_HEIGHT} />
      </Tabs.Panel>
      <Tabs.Panel value="licences" pt="sm">
        <LicencesTab facilityId={facilityId} openId={openId('licences')} height={LIST_HEIGHT} />
      </Tabs.Panel>
      <Tabs.Panel value="workers" pt="sm">
        <WorkersTab facilityId={facilityId} openId={openId('workers')} height={LIST_HEIGHT} />
      </Tabs.Panel>
    </Tabs>
  );
}
