import { Button, Group, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { INSPECTION_KINDS, type InspectionKind } from '../../../src-shared/checklists/schema';
import { INSPECTION_KIND_WORDS } from '../../../src-shared/reports/labels';
import type { ReportFilter } from '../../../src-shared/schemas/report';
import { DISPLAY_DATE, toIsoDate } from '../../lib/dates';
import { useUiStore } from '../../store/ui';
import { presetPeriods } from './filter-params';
import { useReportOptions } from './queries';

/** Period, area, kind and team of a summary; quick periods for the usual quarterly and annual reports. */
export function ReportFilterBar(props: { filter: ReportFilter; onChange(f: ReportFilter): void }) {
  const { t } = useTranslation('reports');
  const language = useUiStore((s) => s.language);
  const options = useReportOptions();
  const { filter, onChange } = props;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <DatePickerInput
        type="range"
        label={t('filters.period')}
        valueFormat={DISPLAY_DATE}
        w={250}
        allowSingleDateInRange
        value={[filter.from, filter.to]}
        onChange={([a, b]) => {
          const from = toIsoDate(a);
          const to = toIsoDate(b);
          if (from && to) onChange({ ...filter, from, to });
        }}
      />
      <Select
        label={t('filters.commune')}
        placeholder={t('filters.allCommunes')}
        clearable
        searchable
        w={220}
        value={filter.commune}
        data={options.data?.communes ?? []}
        onChange={(v) => onChange({ ...filter, commune: v })}
      />
      <Select
        label={t('filters.kind')}
        placeholder={t('filters.allKinds')}
        clearable
        w={230}
        value={filter.kind}
        data={INSPECTION_KINDS.map((k) => ({ value: k, label: INSPECTION_KIND_WORDS[k][language] }))}
        onChange={(v) => onChange({ ...filter, kind: (v as InspectionKind | null) ?? null })}
      />
      <Select
        label={t('filters.team')}
        placeholder={t('filters.allTeams')}
        clearable
        searchable
        w={220}
        value={filter.team}
        data={options.data?.teamMembers ?? []}
        onChange={(v) => onChange({ ...filter, team: v })}
      />
      <Group gap={6} role="group" aria-label={t('filters.presets')}>
        {presetPeriods().map((p) => (
          <Button
            key={p.key}
            size="xs"
            variant={filter.from === p.from && filter.to === p.to ? 'filled' : 'default'}
            aria-pressed={filter.from === p.from && filter.to === p.to}
            onClick={() => onChange({ ...filter, from: p.from, to: p.to })}
          >
            {t(`filters.${p.key}`)}
          </Button>
        ))}
      </Group>
    </Group>
  );
}
