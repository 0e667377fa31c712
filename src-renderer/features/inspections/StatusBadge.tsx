import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InspectionStatus } from '../../../src-shared/schemas/inspection';

export const STATUS_COLORS: Record<InspectionStatus, string> = { draft: 'gray', in_progress: 'blue', signed: 'teal', completed: 'teal', cancelled: 'red' };

export function StatusBadge({ status }: { status: InspectionStatus }) {
  const { t } = useTranslation('inspections');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`statuses.${status}`)}
    </Badge>
  );
}
