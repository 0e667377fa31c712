import { Anchor, Badge, Button, Collapse, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconEyeOff, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FINDING_SEVERITY_LABELS, type Finding, type FindingSeverity } from '../../../src-shared/schemas/finding';
import type { Requirement } from '../../../src-shared/schemas/requirement';
import { errorMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { SEVERITY_COLORS } from '../verdicts/text';
import { VerdictBadge } from '../verdicts/VerdictBadge';
import { VerdictExplanation } from '../verdicts/VerdictExplanation';
import { severityOptions } from './labels';
import { useUpdateFinding } from './queries';
import { RequirementItem } from './RequirementItem';

/** One finding: what, how serious, the verdict that raised it, and the requirements that follow it. */
export function FindingCard(props: {
  finding: Finding;
  requirements: Requirement[];
  readOnly: boolean;
  onAddRequirement(findingId: string): void;
  onEditRequirement(r: Requirement): void;
}) {
  const { finding: f, readOnly } = props;
  const { t } = useTranslation('findings');
  const { t: tv } = useTranslation('verdicts');
  const language = useUiStore((s) => s.language);
  const update = useUpdateFinding();
  const [explain, setExplain] = useState(false);
  const dismissed = f.status === 'dismissed';
  const patch = (p: { severity?: FindingSeverity; status?: 'open' | 'dismissed' }, done?: string) =>
    update.mutate(
      { id: f.id, patch: p },
      {
        onSuccess: () => done && notifications.show({ color: 'teal', message: done }),
        onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
      },
    );

  // An auto finding carries the engine's words in both languages; a person's words show as typed.
  const english = language === 'en' && f.origin === 'rule';
  const title = english && f.titleEn ? f.titleEn : f.title;
  const description = english && f.verdict && f.description ? f.verdict.explanation.en : f.description;
  return (
    <Paper withBorder p="sm" data-testid="finding" aria-label={title} component="article" style={{ opacity: dismissed ? 0.7 : 1, borderLeft: `4px solid var(--mantine-color-${SEVERITY_COLORS[f.severity]}-6)` }}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
            <Group gap={6}>
              <Badge variant="outline" color={f.origin === 'rule' ? 'teal' : 'gray'} size="sm">
                {t(`origin.${f.origin}`)}
              </Badge>
              {dismissed && (
                <Badge variant="light" color="gray" size="sm">
                  {t('status.dismissed')}
                </Badge>
              )}
              {f.verdict && <VerdictBadge verdict={f.verdict} explainable={!explain} />}
            </Group>
            <Text fw={600} style={{ textDecoration: dismissed ? 'line-through' : undefined }}>
              {title}
            </Text>
            {description && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                {description}
                {f.verdict && (
                  <>
                    {' '}
                    <Anchor component="button" type="button" size="sm" onClick={() => setExplain((o) => !o)} aria-expanded={explain}>
                      {explain ? tv('hideExplain') : tv('explain')}
                    </Anchor>
                  </>
                )}
              </Text>
            )}
          </Stack>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            {readOnly ? (
              <Badge color={SEVERITY_COLORS[f.severity]} variant="light">
                {FINDING_SEVERITY_LABELS[f.severity][language]}
              </Badge>
            ) : (
              <Select
                aria-label={t('severity')}
                size="xs"
                w={150}
                data={severityOptions(language)}
                value={f.severity}
                onChange={(v) => v && v !== f.severity && patch({ severity: v as FindingSeverity })}
                allowDeselect={false}
                disabled={update.isPending}
              />
            )}
            {!readOnly &&
              (dismissed ? (
                <Button size="xs" variant="light" leftSection={<IconArrowBackUp size={14} />} onClick={() => patch({ status: 'open' }, t('reopened'))}>
                  {t('reopen')}
                </Button>
              ) : (
                <Button size="xs" variant="default" leftSection={<IconEyeOff size={14} />} onClick={() => patch({ status: 'dismissed' }, t('dismissed'))}>
                  {t('dismiss')}
                </Button>
              ))}
          </Group>
        </Group>
        {f.verdict && (
          <Collapse expanded={explain}>
            <Paper withBorder p="xs" bg="gray.0">
              {explain && <VerdictExplanation verdict={f.verdict} />}
            </Paper>
          </Collapse>
        )}
        {(props.requirements.length > 0 || !readOnly) && (
          <Stack gap={6} pl="md" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t('requirements.title')}
            </Text>
            {props.requirements.map((r) => (
              <RequirementItem key={r.id} requirement={r} readOnly={readOnly} onEdit={props.onEditRequirement} />
            ))}
            {!readOnly && !dismissed && (
              <Group>
                <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => props.onAddRequirement(f.id)}>
                  {t('requirements.add')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
