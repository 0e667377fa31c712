import { Alert, Badge, Center, Loader, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PackEntry } from '../../../src-shared/api/rules';
import { formatDate } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { local } from '../verdicts/text';
import { figureCounts } from './figures';
import { PackImport } from './PackImport';
import { TrustedKeys } from './TrustedKeys';
import { usePacks } from './queries';
import { PageTitle } from '../../components/PageTitle';

/** Route /rules — the rule packs, shipped and imported, and importing a new one. */
export function RulePacksPage() {
  const { t } = useTranslation('verdicts');
  const packs = usePacks();
  return (
    <Stack gap="sm">
      <PageTitle>{t('packs.title')}</PageTitle>
      <Text size="sm" c="dimmed">
        {t('packs.intro')}
      </Text>
      <PackImport />
      <TrustedKeys />
      <Paper withBorder style={{ overflowX: 'auto' }}>
        {packs.isError ? (
          <Alert color="red">{errorMessage(packs.error)}</Alert>
        ) : !packs.data ? (
          <Center h={120}>
            <Loader size="sm" />
          </Center>
        ) : (
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="pack-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('packs.columns.regulation')}</Table.Th>
                <Table.Th>{t('packs.columns.id')}</Table.Th>
                <Table.Th>{t('packs.columns.version')}</Table.Th>
                <Table.Th>{t('packs.columns.effective')}</Table.Th>
                <Table.Th>{t('packs.columns.origin')}</Table.Th>
                <Table.Th>{t('packs.columns.checks')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {packs.data.map((e) => (
                <PackRow key={`${e.pack.id}@${e.pack.version}`} entry={e} />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}

function PackRow({ entry }: { entry: PackEntry }) {
  const { t } = useTranslation('verdicts');
  const language = useUiStore((s) => s.language);
  const { pack } = entry;
  const figures = figureCounts(pack);
  return (
    <Table.Tr data-testid="pack-row">
      <Table.Td>
        <Text fw={600} size="sm">
          {pack.regulation.code}
        </Text>
        <Text size="xs" c="dimmed">
          {local(pack.regulation.title, language)} · {t(`packs.domains.${pack.appliesTo.domain}`)}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" ff="monospace">
          {pack.id}
        </Text>
      </Table.Td>
      <Table.Td miw={120} style={{ whiteSpace: 'nowrap' }}>
        <Stack gap={2} align="flex-start">
          <Text size="sm">{pack.version}</Text>
          {entry.inUse ? (
            <Badge color="teal" size="xs" tt="none">
              {t('packs.inUse')}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" size="xs" tt="none">
              {t('packs.superseded')}
            </Badge>
          )}
        </Stack>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">
          {pack.effectiveTo ? t('packs.fromTo', { from: formatDate(pack.effectiveFrom), to: formatDate(pack.effectiveTo) }) : t('packs.from', { date: formatDate(pack.effectiveFrom) })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`packs.origin.${entry.origin}`)}</Text>
        {entry.importedAt && (
          <Text size="xs" c="dimmed">
            {t('packs.importedOn', { date: formatDate(entry.importedAt.slice(0, 10)) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td miw={250}>
        <Stack gap={2} align="flex-start">
          <Tooltip label={pack.datesNote ?? ''} disabled={!pack.datesNote} multiline w={360}>
            <Badge color={pack.datesVerified ? 'green' : 'orange'} variant="light" size="sm" tt="none">
              {pack.datesVerified ? t('packs.datesVerified') : t('packs.datesUnverified')}
            </Badge>
          </Tooltip>
          <Badge color={figures.unverified ? 'orange' : 'green'} variant="light" size="sm" tt="none">
            {figures.unverified ? t('packs.valuesUnverified', { count: figures.unverified, total: figures.total }) : t('packs.allVerified')}
          </Badge>
          {figures.empty > 0 && (
            <Badge color="yellow" variant="light" size="sm" tt="none">
              {t('packs.valuesEmpty', { count: figures.empty })}
            </Badge>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
