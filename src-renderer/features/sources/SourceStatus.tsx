import { Alert, Badge, Center, Group, Loader, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatDate } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { formatNumber, local } from '../verdicts/text';
import { formatActivity, formatRatio } from './activity';

const CATEGORY_COLORS = { 1: 'red', 2: 'orange', 3: 'yellow', 4: 'blue', 5: 'gray' } as const;

/** A sealed source today: decayed activity (Bq and Ci), A/D and IAEA category, with the formulas. */
export function SourceStatus({ sourceId }: { sourceId: string }) {
  const { t } = useTranslation('verdicts');
  const language = useUiStore((s) => s.language);
  const status = useQuery({ queryKey: ['sources.status', sourceId], queryFn: () => api('sources.status', { id: sourceId }) });
  if (status.isError) return <Alert color="red">{errorMessage(status.error)}</Alert>;
  if (!status.data)
    return (
      <Center h={60}>
        <Loader size="sm" />
      </Center>
    );
  const s = status.data;
  const rows: [string, string][] = [
    [t('source.activityToday', { date: formatDate(s.date) }), s.activityBq === null ? '—' : formatActivity(s.activityBq, language)],
    [t('source.ratio'), s.ratio === null ? '—' : `${formatRatio(s.ratio, language)}${s.dValueTBq !== null ? ` (${t('source.dValue', { d: formatNumber(s.dValueTBq, language) })})` : ''}`],
  ];
  if (s.decayFormula) rows.push([t('source.formula'), local(s.decayFormula, language)]);

  return (
    <Stack gap="xs" data-testid="source-status">
      <Group gap="xs">
        <Text fw={600}>{t('source.title')}</Text>
        {s.category !== null ? (
          <Badge color={CATEGORY_COLORS[s.category]} variant="filled">
            {t('source.category', { category: s.category })}
          </Badge>
        ) : (
          <Badge color="yellow" variant="light">
            {t('source.noCategory')}
          </Badge>
        )}
        {s.nationalGroup !== null && (
          <Badge variant="outline" color="gray">
            {t('source.nationalGroup', { group: s.nationalGroup })}
          </Badge>
        )}
        {!s.verified && (
          <Tooltip label={t('unverifiedHint')} multiline w={260}>
            <Badge color="orange" variant="outline" size="sm" leftSection={<IconAlertTriangle size={12} />}>
              {t('unverified')}
            </Badge>
          </Tooltip>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('source.reference', { activity: formatActivity(s.referenceActivityBq, language), date: formatDate(s.referenceDate) })}
      </Text>
      <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" fz="sm">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={190} c="dimmed" fw={500} style={{ verticalAlign: 'top' }}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm">{local(s.explanation, language)}</Text>
      {s.citation && (
        <Text size="xs" c="dimmed">
          {t('fields.citation')}: {local(s.citation, language)}
          {s.packId ? ` (${s.packId} ${s.packVersion ?? ''})` : ''}
        </Text>
      )}
    </Stack>
  );
}
