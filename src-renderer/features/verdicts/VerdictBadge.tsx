import { Badge, Group, Popover, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleMinus, IconCircleX, IconHelpCircle, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { VERDICT_LABELS, type Verdict, type VerdictStatus } from '../../../src-shared/rules/verdict';
import { useUiStore } from '../../store/ui';
import { isRegulationDataMissing, VERDICT_COLORS } from './text';
import { VerdictExplanation } from './VerdictExplanation';

/** Never colour alone: each verdict also has its own icon (and its word). */
export const VERDICT_ICONS: Record<VerdictStatus, Icon> = { pass: IconCircleCheck, fail: IconCircleX, na: IconCircleMinus, missing_data: IconHelpCircle };

/**
 * Đạt / Không đạt / Không áp dụng / Thiếu dữ liệu, each with its colour, icon and word. With
 * `explainable`, the badge is a button: click, Enter or Space opens the whole explanation in a
 * popover, Escape closes it and focus returns to the badge. A figure the pack lacks reads
 * "Thiếu dữ liệu quy chuẩn", an unverified one is flagged.
 */
export function VerdictBadge({ verdict, where, explainable = true }: { verdict: Verdict; where?: string | null; explainable?: boolean }) {
  const { t } = useTranslation('verdicts');
  const { t: ta } = useTranslation('a11y');
  const language = useUiStore((s) => s.language);
  const label = isRegulationDataMissing(verdict) ? t('regulationMissing') : VERDICT_LABELS[verdict.status][language];
  const StatusIcon = VERDICT_ICONS[verdict.status];
  const icon = <StatusIcon size={14} aria-hidden />;
  return (
    <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
      {explainable ? (
        <Popover width={520} shadow="md" position="bottom-start" withinPortal trapFocus returnFocus closeOnEscape>
          <Popover.Target>
            <Badge
              component="button"
              type="button"
              color={VERDICT_COLORS[verdict.status]}
              variant="light"
              leftSection={icon}
              style={{ flexShrink: 0, cursor: 'pointer', border: '1px solid currentColor' }}
              data-status={verdict.status}
              aria-label={ta('verdict.explain', { label })}
              aria-haspopup="dialog"
            >
              {label}
            </Badge>
          </Popover.Target>
          <Popover.Dropdown aria-label={label}>
            <VerdictExplanation verdict={verdict} where={where} />
          </Popover.Dropdown>
        </Popover>
      ) : (
        <Badge color={VERDICT_COLORS[verdict.status]} variant="light" leftSection={icon} style={{ flexShrink: 0 }} data-status={verdict.status}>
          {label}
        </Badge>
      )}
      {!verdict.verified && (
        <Tooltip label={t('unverifiedHint')} multiline w={260}>
          <Badge color="orange" variant="outline" size="sm" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
            {t('unverified')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
