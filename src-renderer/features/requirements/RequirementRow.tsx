import { Anchor, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Requirement } from '../../../src-shared/schemas/requirement';
import { formatDate } from '../../lib/dates';
import { RequirementStatusBadge } from '../findings/RequirementStatusBadge';

export const REQUIREMENT_ROW_HEIGHT = 64;

/** One requirement in a list; overdue ones get a red edge and background. */
export function RequirementRow({ requirement: r, showFacility }: { requirement: Requirement; showFacility: boolean }) {
  const { t } = useTranslation('findings');
  return (
    <Box
      px="md"
      py={6}
      h="100%"
      data-testid="requirement-row"
      data-overdue={r.overdue || undefined}
      style={{
        borderBottom: '1px solid var(--mantine-color-gray-2)',
        borderLeft: `4px solid ${r.overdue ? 'var(--mantine-color-red-6)' : 'transparent'}`,
        background: r.overdue ? 'var(--mantine-color-red-0)' : undefined,
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Box style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={600} truncate title={r.text}>
            {r.text}
          </Text>
          <Group gap={6} wrap="nowrap">
            {showFacility && (
              <Anchor href={`#/facilities/${r.facilityId}`} size="xs" truncate>
                {r.facilityName}
              </Anchor>
            )}
            <Text size="xs" c="dimmed" truncate>
              {r.responsible ? t('requirements.who', { who: r.responsible }) : ''}
            </Text>
            <Anchor href={`#/inspections/${r.inspectionId}`} size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {t('page.inspection')}
            </Anchor>
          </Group>
        </Box>
        <Box style={{ flexShrink: 0, textAlign: 'right' }}>
          <RequirementStatusBadge requirement={r} />
          <Text size="xs" c={r.overdue ? 'red.7' : 'dimmed'} fw={r.overdue ? 600 : undefined} mt={2}>
            {r.deadline ? t('requirements.deadline', { date: formatDate(r.deadline) }) : t('requirements.noDeadline')}
          </Text>
        </Box>
      </Group>
    </Box>
  );
}
