import { Card, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { setLanguage } from '../../app/language';
import type { Language } from '../../i18n';
import { useUiStore } from '../../store/ui';
import { CommuneListPanel } from '../check-flow/CommuneListPanel';
import { PageTitle } from '../../components/PageTitle';
import { BackupCard } from './BackupCard';
import { LogsFolderRow } from './LogsFolderRow';
import { ProfileCard } from '../identity/ProfileCard';

export function SettingsPage() {
  const { t } = useTranslation('common');
  const language = useUiStore((s) => s.language);
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => api('app.info', {}) });
  return (
    <Stack maw={720}>
      <PageTitle>{t('nav.settings')}</PageTitle>
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('language')}
        </Text>
        <SegmentedControl
          aria-label={t('language')}
          value={language}
          onChange={(v) => void setLanguage(v as Language)}
          data={[
            { value: 'vi', label: t('languages.vi') },
            { value: 'en', label: t('languages.en') },
          ]}
        />
      </Card>
      <ProfileCard />
      {info.data && (
        <Card withBorder>
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Td>{t('version')}</Table.Td>
                <Table.Td>{info.data.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('dataFile')}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>{info.data.dataFile}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('deviceId')}</Table.Td>
                <Table.Td>{info.data.deviceId}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('mode.web')}</Table.Td>
                <Table.Td>{info.data.transport === 'web' ? t('mode.web') : t('mode.electron')}</Table.Td>
              </Table.Tr>
              <LogsFolderRow info={info.data} />
            </Table.Tbody>
          </Table>
        </Card>
      )}
      <CommuneListPanel />
      <BackupCard />
    </Stack>
  );
}
