import { Badge, Chip, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSPECTION_KINDS, type InspectionKind } from '../../../src-shared/checklists/schema';
import { INSPECTION_STATUSES, type Inspection, type InspectionStatus } from '../../../src-shared/schemas/inspection';
import { api } from '../../api/client';
import { LinkRow } from '../../components/LinkRow';
import { VirtualList } from '../../components/VirtualList';
import { DISPLAY_DATE, formatDate, toIsoDate } from '../../lib/dates';
import { FacilityPicker } from './FacilityPicker';
import { StartInspectionButton } from './StartInspectionButton';
import { StatusBadge } from './StatusBadge';
import { useTemplates } from './queries';
import { useUiStore } from '../../store/ui';
import { PageTitle } from '../../components/PageTitle';

/** Route /inspections: every check, filtered by status, kind, facility and date, newest first. */
export function InspectionListPage() {
  const { t } = useTranslation('inspections');
  const { t: tc } = useTranslation('common');
  const { t: tf } = useTranslation('flow');
  const [statuses, setStatuses] = useState<InspectionStatus[]>([]);
  const [kind, setKind] = useState<InspectionKind | null>(null);
  const [facilityId, setFacilityId] = useState<string | null>(null);
  const [range, setRange] = useState<[string | null, string | null]>([null, null]);
  const [total, setTotal] = useState<number | null>(null);
  const language = useUiStore((s) => s.language);
  const templates = useTemplates();
  // Each row names its checklist template (several templates share a kind of check).
  const templateTitle = (id: string) => templates.data?.templates.find((tpl) => tpl.id === id)?.title[language] ?? null;

  const [from, to] = range;
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      api('inspections.list', {
        status: statuses.length ? statuses : undefined,
        kind: kind ?? undefined,
        facilityId: facilityId ?? undefined,
        dateFrom: from ?? undefined,
        dateTo: to ?? undefined,
        offset,
        limit,
      }),
    [statuses, kind, facilityId, from, to],
  );
  const queryKey = JSON.stringify([statuses, kind, facilityId, from, to]);
  const filtered = statuses.length > 0 || kind || facilityId || from || to;

  return (
    <Stack h="100%" gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <PageTitle>{t('title')}</PageTitle>
          {total !== null && <Badge variant="light">{tc('list.count', { count: total })}</Badge>}
        </Group>
        <StartInspectionButton />
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Chip.Group multiple value={statuses} onChange={(v) => setStatuses(v as InspectionStatus[])}>
          <Group gap={6} role="group" aria-label={t('filters.status')}>
            {INSPECTION_STATUSES.map((s) => (
              <Chip key={s} value={s} size="sm">
                {t(`statuses.${s}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Select
          aria-label={t('filters.kind')}
          placeholder={t('filters.allKinds')}
          w={230}
          clearable
          value={kind}
          onChange={(v) => setKind(v as InspectionKind | null)}
          data={INSPECTION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <FacilityPicker aria-label={t('filters.facility')} placeholder={t('filters.allFacilities')} w={260} clearable value={facilityId} onChange={setFacilityId} />
        <DatePickerInput
          type="range"
          aria-label={t('filters.dateRange')}
          placeholder={t('filters.dateRange')}
          valueFormat={DISPLAY_DATE}
          clearable
          w={240}
          value={range}
          onChange={([a, b]) => setRange([toIsoDate(a), toIsoDate(b)])}
        />
      </Group>
      <Paper withBorder style={{ flex: 1, minHeight: 300, overflow: 'hidden' }}>
        <VirtualList<Inspection>
          queryKey={queryKey}
          fetchPage={fetchPage}
          label={t('title')}
          onTotal={setTotal}
          rowKey={(i) => i.id}
          rowHeight={60}
          height="calc(100vh - 230px)"
          empty={<Text c="dimmed">{filtered ? tc('states.noResults') : t('empty')}</Text>}
          renderRow={(i) => (
            <LinkRow
              href={`#/inspections/${i.id}`}
              testId="inspection-row"
              title={i.facilityName}
              subtitle={[
                i.decisionNumber ? t('decisionLine', { number: i.decisionNumber }) : t('noDecision'),
                templateTitle(i.templateId),
                i.team.find((m) => m.role === 'truong_doan')?.name,
                i.decisionIssuer,
                i.status === 'cancelled' && i.cancelReason ? tf('cancel.listReason', { reason: i.cancelReason }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
              aside={
                <>
                  <Badge variant="outline">{t(`kinds.${i.kind}`)}</Badge>
                  <StatusBadge status={i.status} />
                  <Text size="xs" c="dimmed" w={80} ta="right">
                    {formatDate(i.startedAt?.slice(0, 10) ?? i.decisionDate)}
                  </Text>
                </>
              }
            />
          )}
        />
      </Paper>
    </Stack>
  );
}
