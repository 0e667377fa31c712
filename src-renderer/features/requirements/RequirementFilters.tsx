import { ActionIcon, Group, MultiSelect, Switch, Tooltip } from '@mantine/core';
import { IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REQUIREMENT_STATUS_LABELS, REQUIREMENT_STATUSES, type RequirementStatus } from '../../../src-shared/schemas/requirement';
import { useUiStore } from '../../store/ui';
import { DeadlineInput } from '../findings/DeadlineInput';

export interface RequirementFilter {
  status: RequirementStatus[];
  overdueOnly: boolean;
  deadlineFrom: string | null;
  deadlineTo: string | null;
  desc: boolean;
}

export const DEFAULT_FILTER: RequirementFilter = { status: ['open'], overdueOnly: false, deadlineFrom: null, deadlineTo: null, desc: false };

/** Status, overdue only, a deadline range (dd/MM/yyyy) and the direction of the deadline sort. */
export function RequirementFilters({ value, onChange }: { value: RequirementFilter; onChange(f: RequirementFilter): void }) {
  const { t } = useTranslation('findings');
  const language = useUiStore((s) => s.language);
  const set = (patch: Partial<RequirementFilter>) => onChange({ ...value, ...patch });
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <MultiSelect
        label={t('page.status')}
        data={REQUIREMENT_STATUSES.map((s) => ({ value: s, label: REQUIREMENT_STATUS_LABELS[s][language] }))}
        value={value.status}
        onChange={(v) => set({ status: v as RequirementStatus[] })}
        clearable
        w={300}
      />
      <DeadlineInput label={t('page.deadlineFrom')} value={value.deadlineFrom} onChange={(d) => set({ deadlineFrom: d })} w={150} />
      <DeadlineInput label={t('page.deadlineTo')} value={value.deadlineTo} onChange={(d) => set({ deadlineTo: d })} w={150} />
      <Switch label={t('page.overdueOnly')} checked={value.overdueOnly} onChange={(e) => set({ overdueOnly: e.currentTarget.checked })} mb={8} />
      <Tooltip label={value.desc ? t('page.sortDesc') : t('page.sortAsc')}>
        <ActionIcon variant="default" size="lg" mb={2} aria-label={value.desc ? t('page.sortDesc') : t('page.sortAsc')} onClick={() => set({ desc: !value.desc })}>
          {value.desc ? <IconSortDescending size={18} /> : <IconSortAscending size={18} />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
