import { Anchor, Badge, Box, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useStickyTop } from '../../components/useStickyTop';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { InspectionDetail } from '../../../src-shared/api/inspections';
import type { Progress as FormProgress } from '../../../src-shared/checklists/expand';
import type { Template } from '../../../src-shared/checklists/schema';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useUiStore } from '../../store/ui';
import type { Autosaver } from './autosave';
import { CompleteButton } from './CompleteButton';
import { CancelInspectionButton } from '../check-flow/CancelInspectionButton';
import { MinutesPdfButton } from '../minutes/MinutesPdfButton';
import { StatusBadge } from './StatusBadge';
import { PageTitle } from '../../components/PageTitle';

/** Below the app header (56 px) with a gap. */
const STICKY_TOP = 64;

interface HeaderProps {
  detail: InspectionDetail;
  template: Template;
  progress: FormProgress;
  autosaver: Autosaver;
  readOnly: boolean;
  /** The keyboard jumps (next unanswered / failed), shown with their keys. */
  shortcuts?: ReactNode;
}

/** Facility, decision, status, live progress and save state; stays in view while scrolling. */
export function InspectionHeader({ detail, template, progress, autosaver, readOnly, shortcuts }: HeaderProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Whatever takes focus scrolls clear of this header (scroll-padding-top follows its height).
  useStickyTop(ref, STICKY_TOP);
  const { t } = useTranslation('inspections');
  const { t: tc } = useTranslation('common');
  const language = useUiStore((s) => s.language);
  const navigate = useNavigate();
  const i = detail.inspection;
  const pct = progress.required ? Math.round((progress.requiredAnswered / progress.required) * 100) : 100;
  const decision = [
    i.decisionNumber ? t('decisionLine', { number: i.decisionNumber }) : t('noDecision'),
    i.decisionDate ? t('decisionDateLine', { date: formatDate(i.decisionDate) }) : null,
    i.decisionIssuer ? `— ${i.decisionIssuer}` : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <Paper
      ref={ref}
      withBorder
      p="sm"
      shadow="xs"
      pos="sticky"
      top={STICKY_TOP}
      // The gap above it (below the app header) is painted too, so the form never shows through.
      style={{ zIndex: 5, boxShadow: `0 -${STICKY_TOP - 56 + 1}px 0 var(--mantine-color-body), var(--mantine-shadow-xs)` }}
      data-sticky-header
    >
      <Stack gap={6}>
        {/* The title row has the whole width: the facility's name and both badges are never cut. */}
        <Group gap="xs" wrap="nowrap" data-testid="inspection-title-row">
          <Button variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={16} />} onClick={() => navigate('/inspections')} style={{ flexShrink: 0 }}>
            {tc('actions.back')}
          </Button>
          <Box style={{ minWidth: 0, flex: 1 }}>
            <PageTitle size="h3" lineClamp={1} title={i.facilityName}>
              <Anchor component={Link} to={`/facilities/${i.facilityId}`} inherit c="inherit">
                {i.facilityName}
              </Anchor>
            </PageTitle>
          </Box>
          <StatusBadge status={i.status} />
          <Badge variant="outline" style={{ flexShrink: 0 }}>
            {t(`kinds.${i.kind}`)}
          </Badge>
        </Group>
        {/* Decision and template beside the actions where they fit, else the actions wrap below, never cutting the text. */}
        <Group justify="space-between" wrap="wrap" align="center" gap="xs">
          <Box style={{ minWidth: 0, flex: '1 1 480px' }}>
            <Text size="sm">
              {decision}
              {i.startedAt ? ` · ${formatDateTime(i.startedAt)}` : ''}
            </Text>
            <Text size="xs" c="dimmed">
              {t('form.template', { title: template.title[language], version: template.version })}
            </Text>
          </Box>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0, marginLeft: 'auto' }}>
            <MinutesPdfButton inspectionId={i.id} beforeDownload={() => autosaver.flushAll()} />
            {!readOnly && <CancelInspectionButton inspection={i} autosaver={autosaver} />}
            {(!readOnly || i.status === 'completed') && <CompleteButton inspection={i} autosaver={autosaver} />}
          </Group>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('form.progress')}
          </Text>
          <Progress value={pct} color={pct === 100 ? 'teal' : 'blue'} size="lg" style={{ flex: 1 }} aria-label={t('form.progress')} />
          <Text size="sm" fw={600} data-testid="progress-count" style={{ whiteSpace: 'nowrap' }}>
            {t('form.progressLabel', { done: progress.requiredAnswered, total: progress.required })}
          </Text>
          <SavedAt detail={detail} autosaver={autosaver} />
        </Group>
        {shortcuts}
      </Stack>
    </Paper>
  );
}

function SavedAt({ detail, autosaver }: { detail: InspectionDetail; autosaver: Autosaver }) {
  const { t } = useTranslation('inspections');
  useSyncExternalStore(autosaver.subscribe, () => autosaver.snapshot());
  if (autosaver.hasUnsaved())
    return (
      <Text size="sm" c="dimmed" data-testid="form-save-state" style={{ whiteSpace: 'nowrap' }}>
        {t('form.saving')}
      </Text>
    );
  // On reopening, the last write already in the file tells when the form was last saved.
  const stored = [...detail.answers.map((a) => a.updatedAt), ...detail.attachments.map((a) => a.updatedAt)].sort().at(-1);
  const local = autosaver.lastSavedAt();
  const last = local ?? (stored ? new Date(stored) : null);
  return (
    <Text size="sm" c="dimmed" data-testid="form-save-state" style={{ whiteSpace: 'nowrap' }}>
      {last ? t('form.savedAt', { time: dayjs(last).format('HH:mm:ss') }) : t('form.notSavedYet')}
    </Text>
  );
}
