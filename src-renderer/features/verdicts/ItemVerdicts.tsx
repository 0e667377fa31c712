import { Anchor, Box, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemVerdict } from '../../../src-shared/judging/types';
import { useUiStore } from '../../store/ui';
import { useInspectionVerdicts } from './queries';
import { isRegulationDataMissing, local } from './text';
import { VerdictBadge } from './VerdictBadge';
import { VerdictExplanation } from './VerdictExplanation';

/**
 * The verdicts of one item instance, read from inspections.verdicts. A measurement table gives
 * one per judged row (console, public area …); nothing is shown for an item no rule judges.
 */
export function ItemVerdicts({ inspectionId, itemKey, instanceKey }: { inspectionId: string; itemKey: string; instanceKey: string }) {
  const language = useUiStore((s) => s.language);
  const verdicts = useInspectionVerdicts(inspectionId);
  const item = verdicts.data?.items.find((i) => i.itemKey === itemKey && i.instanceKey === instanceKey);
  if (!item) return null;
  // A value not typed yet is no news while filling the form: the progress bar shows what is left.
  const lines = item.verdicts.filter((v) => v.verdict.missing !== 'input');
  if (lines.length === 0 && !item.problem) return null;
  return (
    <Stack gap={6} data-testid="item-verdicts">
      {item.problem && (
        <Text size="sm" c="yellow.9">
          {local(item.problem, language)}
        </Text>
      )}
      {lines.map((v) => (
        <VerdictLine key={`${v.key}|${v.where ?? ''}`} line={v} />
      ))}
    </Stack>
  );
}

function VerdictLine({ line }: { line: ItemVerdict }) {
  const { t } = useTranslation('verdicts');
  const language = useUiStore((s) => s.language);
  const [open, setOpen] = useState(false);
  return (
    <Box data-testid="verdict-line">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <VerdictBadge verdict={line.verdict} where={line.where} explainable={!open} />
        <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
          {line.where && (
            <Text span fw={600}>
              {line.where}:{' '}
            </Text>
          )}
          {local(line.verdict.explanation, language)}{' '}
          {isRegulationDataMissing(line.verdict) && (
            <>
              <Anchor href="#/rules" size="sm">
                {t('openRulePacks')}
              </Anchor>{' '}
            </>
          )}
          <Anchor component="button" type="button" size="sm" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? t('hideExplain') : t('explain')}
          </Anchor>
        </Text>
      </Group>
      <Collapse expanded={open}>
        <Paper withBorder p="xs" mt={4} bg="gray.0">
          {open && <VerdictExplanation verdict={line.verdict} where={line.where} />}
        </Paper>
      </Collapse>
    </Box>
  );
}
