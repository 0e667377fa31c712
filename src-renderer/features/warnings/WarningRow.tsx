import { Anchor, Badge, Box, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FINDING_SEVERITY_LABELS } from '../../../src-shared/schemas/finding';
import { WARNING_KIND_LABELS, type RegisterWarning, type WarningState } from '../../../src-shared/schemas/warning';
import { formatDate } from '../../lib/dates';
import { useUiStore } from '../../store/ui';
import { local, SEVERITY_COLORS } from '../verdicts/text';

export const WARNING_ROW_HEIGHT = 84;

const STATE_COLORS: Record<WarningState, string> = { overdue: 'red', due_soon: 'yellow', missing: 'orange', info: 'gray' };

/** Group header inside the virtual list: the kind and how many. */
export function WarningGroupHeader({ kind, count }: { kind: RegisterWarning['kind']; count: number }) {
  const language = useUiStore((s) => s.language);
  return (
    <Group h="100%" px="md" gap="xs" align="center" bg="gray.1" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Text fw={700} size="sm" role="heading" aria-level={3}>
        {local(WARNING_KIND_LABELS[kind], language)}
      </Text>
      <Badge variant="light" size="sm">
        {count}
      </Badge>
    </Group>
  );
}

/** One warning: how serious, which facility and record, why (with the legal basis on hover), when. */
export function WarningRow({ warning: w, showFacility }: { warning: RegisterWarning; showFacility: boolean }) {
  const { t } = useTranslation('warnings');
  const language = useUiStore((s) => s.language);
  const when =
    w.daysLeft === null ? null : w.daysLeft < 0 ? t('daysOverdue', { count: -w.daysLeft }) : w.daysLeft === 0 ? t('dueToday') : t('daysLeft', { count: w.daysLeft });
  return (
    <Box
      px="md"
      py={6}
      h="100%"
      data-testid="warning-row"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)', borderLeft: `4px solid var(--mantine-color-${SEVERITY_COLORS[w.severity]}-6)` }}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
        <Box style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6} wrap="nowrap">
            {showFacility && (
              <Anchor href={`#/facilities/${w.facilityId}`} fw={600} size="sm" truncate>
                {w.facilityName}
              </Anchor>
            )}
            <Text size="sm" fw={showFacility ? 400 : 600} c={showFacility ? 'dimmed' : undefined} truncate>
              {language === 'en' ? (w.record.labelEn ?? w.record.label) : w.record.label}
            </Text>
          </Group>
          <Tooltip label={w.citation ? `${t('citation')}: ${local(w.citation, language)}` : local(w.explanation, language)} multiline w={480} openDelay={300}>
            <Text size="sm" lineClamp={2}>
              {local(w.explanation, language)}
            </Text>
          </Tooltip>
        </Box>
        <Box style={{ flexShrink: 0, textAlign: 'right' }}>
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Badge color={STATE_COLORS[w.state]} variant={w.state === 'overdue' ? 'filled' : 'light'} size="sm">
              {t(`states.${w.state}`)}
            </Badge>
            <Badge color={SEVERITY_COLORS[w.severity]} variant="outline" size="sm">
              {FINDING_SEVERITY_LABELS[w.severity][language]}
            </Badge>
          </Group>
          {w.dueDate && (
            <Text size="xs" c={w.daysLeft !== null && w.daysLeft < 0 ? 'red.7' : 'dimmed'} mt={4}>
              {t('due', { date: formatDate(w.dueDate) })}
              {when ? ` · ${when}` : ''}
            </Text>
          )}
        </Box>
      </Group>
    </Box>
  );
}
