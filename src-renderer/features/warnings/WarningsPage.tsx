import { Alert, Badge, Center, Chip, Group, Loader, MultiSelect, Paper, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FINDING_SEVERITIES, FINDING_SEVERITY_LABELS, type FindingSeverity } from '../../../src-shared/schemas/finding';
import { WARNING_KIND_LABELS, WARNING_KINDS, type WarningKind } from '../../../src-shared/schemas/warning';
import { errorMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { local } from '../verdicts/text';
import { groupByKind } from './order';
import { useWarnings } from './queries';
import { WarningList } from './WarningList';
import { PageTitle } from '../../components/PageTitle';

/** Route /warnings — the register warnings of every facility, grouped by kind, filterable. */
export function WarningsPage() {
  const { t } = useTranslation('warnings');
  const { t: tc } = useTranslation('common');
  const language = useUiStore((s) => s.language);
  const warnings = useWarnings(null);
  const [kinds, setKinds] = useState<WarningKind[]>([]);
  const [severities, setSeverities] = useState<FindingSeverity[]>([]);

  const all = useMemo(() => warnings.data ?? [], [warnings.data]);
  const shown = useMemo(
    () => all.filter((w) => (kinds.length === 0 || kinds.includes(w.kind)) && (severities.length === 0 || severities.includes(w.severity))),
    [all, kinds, severities],
  );
  const rows = useMemo(() => groupByKind(shown), [shown]);
  const countOf = (pred: (w: (typeof all)[number]) => boolean) => all.filter(pred).length;

  return (
    <Stack h="100%" gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <PageTitle>{t('title')}</PageTitle>
          {warnings.data && <Badge variant="light">{tc('list.count', { count: shown.length })}</Badge>}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <MultiSelect
          label={t('filters.kind')}
          placeholder={kinds.length ? undefined : t('filters.all')}
          data={WARNING_KINDS.map((k) => ({ value: k, label: `${local(WARNING_KIND_LABELS[k], language)} (${countOf((w) => w.kind === k)})` }))}
          value={kinds}
          onChange={(v) => setKinds(v as WarningKind[])}
          clearable
          style={{ flex: 1, minWidth: 280, maxWidth: 640 }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('filters.severity')}
          </Text>
          <Chip.Group multiple value={severities} onChange={(v) => setSeverities(v as FindingSeverity[])}>
            <Group gap={6}>
              {[...FINDING_SEVERITIES].reverse().map((s) => (
                <Chip key={s} value={s} size="sm">
                  {FINDING_SEVERITY_LABELS[s][language]} ({countOf((w) => w.severity === s)})
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
      </Group>
      <Paper withBorder style={{ flex: 1, minHeight: 300, overflow: 'hidden' }}>
        {warnings.isError ? (
          <Alert color="red">{errorMessage(warnings.error)}</Alert>
        ) : !warnings.data ? (
          <Center h={120}>
            <Loader size="sm" />
          </Center>
        ) : (
          <WarningList
            rows={rows}
            listKey={JSON.stringify([kinds, severities, warnings.dataUpdatedAt])}
            height="calc(100vh - 300px)"
            empty={all.length ? tc('states.noResults') : t('empty')}
            showFacility
          />
        )}
      </Paper>
    </Stack>
  );
}
