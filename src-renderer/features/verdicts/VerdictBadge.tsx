import { Badge, Group, HoverCard, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { VERDICT_LABELS, type Verdict } from '../../../src-shared/rules/verdict';
import { useUiStore } from '../../store/ui';
import { isRegulationDataMissing, VERDICT_COLORS } from './text';
import { VerdictExplanation } from './VerdictExplanation';

/**
 * Đạt / Không đạt / Không áp dụng / Thiếu dữ liệu, coloured; hovering shows the whole
 * explanation. A figure the pack lacks reads "Thiếu dữ liệu quy chuẩn", an unverified one is flagged.
 */
export function VerdictBadge({ verdict, where, explainOnHover = true }: { verdict: Verdict; where?: string | null; explainOnHover?: boolean }) {
  const { t } = useTranslation('verdicts');
  const language = useUiStore((s) => s.language);
  const label = isRegulationDataMissing(verdict) ? t('regulationMissing') : VERDICT_LABELS[verdict.status][language];
  const badge = (
    <Badge color={VERDICT_COLORS[verdict.status]} variant="light" style={{ flexShrink: 0, cursor: explainOnHover ? 'help' : undefined }} data-status={verdict.status}>
      {label}
    </Badge>
  );
  return (
    <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
      {explainOnHover ? (
        <HoverCard width={520} shadow="md" position="bottom-start" withinPortal openDelay={150}>
          <HoverCard.Target>{badge}</HoverCard.Target>
          <HoverCard.Dropdown>
            <VerdictExplanation verdict={verdict} where={where} />
          </HoverCard.Dropdown>
        </HoverCard>
      ) : (
        badge
      )}
      {!verdict.verified && (
        <Tooltip label={t('unverifiedHint')} multiline w={260}>
          <Badge color="orange" variant="outline" size="sm" leftSection={<IconAlertTriangle size={12} />}>
            {t('unverified')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
