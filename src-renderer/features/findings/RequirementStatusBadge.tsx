import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REQUIREMENT_STATUS_LABELS, type Requirement, type RequirementStatus } from '../../../src-shared/schemas/requirement';
import { useUiStore } from '../../store/ui';

const COLORS: Record<RequirementStatus, string> = { open: 'blue', done: 'green', not_done: 'red', cancelled: 'gray' };

/** The status, and "quá hạn N ngày" in red when an open requirement is past its deadline. */
export function RequirementStatusBadge({ requirement }: { requirement: Pick<Requirement, 'status' | 'overdue' | 'daysOverdue'> }) {
  const { t } = useTranslation('findings');
  const language = useUiStore((s) => s.language);
  if (requirement.overdue) {
    return (
      <Badge color="red" variant="filled" style={{ flexShrink: 0 }}>
        {t('requirements.overdue', { count: requirement.daysOverdue ?? 0 })}
      </Badge>
    );
  }
  return (
    <Badge color={COLORS[requirement.status]} variant="light" style={{ flexShrink: 0 }}>
      {REQUIREMENT_STATUS_LABELS[requirement.status][language]}
    </Badge>
  );
}
