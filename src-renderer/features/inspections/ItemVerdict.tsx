import { Badge, Group, Stack, Text } from '@mantine/core';
import type { Verdict, VerdictStatus } from '../../../src-shared/rules/verdict';
import { VERDICT_LABELS } from '../../../src-shared/rules/verdict';
import { useUiStore } from '../../store/ui';

const COLORS: Record<VerdictStatus, string> = { pass: 'green', fail: 'red', na: 'gray', missing_data: 'yellow' };

/**
 * The place where an item shows what the rules engine concluded. The form does not judge
 * answers itself: whoever wires the engine passes the item's verdicts here; none → nothing.
 */
export function ItemVerdict({ verdicts }: { verdicts?: readonly Verdict[] | null }) {
  const language = useUiStore((s) => s.language);
  if (!verdicts || verdicts.length === 0) return null;
  return (
    <Stack gap={4} data-testid="item-verdict">
      {verdicts.map((v, i) => (
        <Group key={`${v.ruleId}-${v.aspect ?? i}`} gap="xs" wrap="nowrap" align="flex-start">
          <Badge color={COLORS[v.status]} variant="light" style={{ flexShrink: 0 }}>
            {VERDICT_LABELS[v.status][language]}
          </Badge>
          <Text size="sm">
            {v.explanation[language]}
            {v.basis?.formula ? ` — ${v.basis.formula[language]}` : ''}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
