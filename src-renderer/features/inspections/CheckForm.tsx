import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAnswer } from '../../../src-shared/checklists/answers';
import { answerKey, expandTemplate, progressOf, type ItemInstance } from '../../../src-shared/checklists/expand';
import type { Item, Template } from '../../../src-shared/checklists/schema';
import type { InspectionDetail } from '../../../src-shared/api/inspections';
import type { Attachment } from '../../../src-shared/schemas/attachment';
import { api } from '../../api/client';
import { useUiStore } from '../../store/ui';
import { Autosaver } from './autosave';
import { EMPTY_DRAFT, toDraftValue, type Draft } from './drafts';
import { InspectionHeader } from './InspectionHeader';
import { findingKeys } from '../findings/queries';
import { FindingsPanel } from '../findings/FindingsPanel';
import { RejudgePanel } from '../verdicts/RejudgePanel';
import { FollowUpPanel } from '../findings/FollowUpPanel';
import { ItemCard } from './ItemCard';
import { prefillState } from '../check-flow/prefill-state';
import { formatDateTime } from '../../lib/dates';
import { HistoryPanel } from '../audit/HistoryPanel';
import { inspectionKeys } from './queries';
import { ShortcutButtons, useCheckFormKeys } from './keyboard';
import { useInspectionVerdicts } from '../verdicts/queries';

const NO_ATTACHMENTS: Attachment[] = [];

function itemsByKey(template: Template): Map<string, Item> {
  const m = new Map<string, Item>();
  for (const s of template.sections) for (const i of s.items) m.set(i.key, i);
  return m;
}

/**
 * The check form generated from the template: sections and items expanded for this facility
 * (conditions re-evaluated as answers change), every edit autosaved, progress counted live.
 * Mounted once per inspection: later refetches of the detail never overwrite what is typed.
 */
export function CheckForm({ detail, template }: { detail: InspectionDetail; template: Template }) {
  const { t } = useTranslation('inspections');
  const { t: tf } = useTranslation('flow');
  const language = useUiStore((s) => s.language);
  const { inspection } = detail;
  const readOnly = inspection.status === 'completed' || inspection.status === 'cancelled' || Boolean(inspection.deletedAt);
  const items = useMemo(() => itemsByKey(template), [template]);

  const [drafts, setDrafts] = useState<Map<string, Draft>>(() => {
    const m = new Map<string, Draft>();
    for (const a of detail.answers) {
      const item = items.get(a.itemKey);
      if (item) m.set(answerKey(a.itemKey, a.instanceKey), { raw: toDraftValue(item, a.value, language), note: a.note });
    }
    // Items the register answers show its value until the inspector confirms or corrects it.
    for (const p of detail.prefill) {
      const item = items.get(p.itemKey);
      const key = answerKey(p.itemKey, p.instanceKey);
      const stored = m.get(key);
      if (item && (!stored || stored.raw === null || stored.raw === undefined)) m.set(key, { raw: toDraftValue(item, p.value, language), note: stored?.note ?? null });
    }
    return m;
  });
  const prefill = useMemo(() => new Map(detail.prefill.map((p) => [answerKey(p.itemKey, p.instanceKey), p])), [detail.prefill]);
  const draftsRef = useRef(drafts);
  const [saved, setSaved] = useState<Map<string, unknown>>(() => new Map(detail.answers.map((a) => [answerKey(a.itemKey, a.instanceKey), a.value])));

  const qc = useQueryClient();
  const [autosaver] = useState(
    () =>
      new Autosaver(
        (input) => api('inspections.saveAnswer', { ...input, inspectionId: inspection.id }),
        (key, answer) => {
          setSaved((m) => new Map(m).set(key, answer.value));
          // The core judged the answer as it saved it: refresh its verdicts and the findings.
          void qc.invalidateQueries({ queryKey: ['verdicts', inspection.id] });
          void qc.invalidateQueries({ queryKey: findingKeys.inspection(inspection.id) });
          // The first answer moves a draft to "in progress" in the core: show it.
          qc.setQueryData<InspectionDetail>(inspectionKeys.detail(inspection.id), (d) =>
            d && d.inspection.status === 'draft' ? { ...d, inspection: { ...d.inspection, status: 'in_progress' } } : d,
          );
        },
      ),
  );

  // Leaving the page or closing the window sends what is still waiting for its debounce.
  useEffect(() => {
    const onUnload = () => void autosaver.flushAll();
    window.addEventListener('beforeunload', onUnload);
    window.addEventListener('pagehide', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      window.removeEventListener('pagehide', onUnload);
      void autosaver.flushAll();
    };
  }, [autosaver]);

  const onEdit = useCallback(
    (inst: ItemInstance, patch: Partial<Draft>) => {
      const key = answerKey(inst.item.key, inst.instanceKey);
      const next = { ...(draftsRef.current.get(key) ?? EMPTY_DRAFT), ...patch };
      draftsRef.current = new Map(draftsRef.current).set(key, next);
      setDrafts(draftsRef.current);
      autosaver.schedule(key, { item: inst.item, itemKey: inst.item.key, instanceKey: inst.instanceKey, raw: next.raw, note: next.note });
    },
    [autosaver],
  );

  // Conditions and progress read what is on screen; a value the check refuses counts as the last saved one.
  const answers = useMemo(() => {
    const m = new Map(saved);
    for (const [key, d] of drafts) {
      const item = items.get(key.slice(key.indexOf('\u0000') + 1));
      if (!item || item.type === 'photo' || item.type === 'signature') continue;
      const checked = checkAnswer(item, d.raw);
      if (checked.ok) m.set(key, checked.value);
    }
    return m;
  }, [drafts, saved, items]);

  const attachments = useMemo(() => {
    const m = new Map<string, Attachment[]>();
    for (const a of detail.attachments) {
      const key = answerKey(a.itemKey, a.instanceKey);
      m.set(key, [...(m.get(key) ?? []), a]);
    }
    return m;
  }, [detail.attachments]);
  const attachmentCounts = useMemo(() => new Map([...attachments].map(([k, v]) => [k, v.length])), [attachments]);

  const sections = useMemo(() => expandTemplate(template, detail.facts, answers), [template, detail.facts, answers]);
  const progress = useMemo(() => progressOf(sections, answers, attachmentCounts), [sections, answers, attachmentCounts]);

  // Keyboard first: focus starts on the first unanswered item; F8 / F9 jump to the next unanswered / failed one.
  const verdicts = useInspectionVerdicts(inspection.id);
  const failed = useMemo(() => (verdicts.data?.items ?? []).filter((i) => i.verdicts.some((v) => v.verdict.status === 'fail')), [verdicts.data]);
  const jump = useCheckFormKeys({ missing: progress.missing, failed, ready: sections.length > 0, readOnly });

  return (
    <Stack gap="md">
      <InspectionHeader
        detail={detail}
        template={template}
        progress={progress}
        autosaver={autosaver}
        readOnly={readOnly}
        shortcuts={readOnly ? null : <ShortcutButtons jump={jump} failedCount={failed.length} />}
      />
      {inspection.status === 'completed' && <Alert color="teal">{t('form.readOnly')}</Alert>}
      {inspection.status === 'cancelled' && (
        <Alert color="gray">
          {t('form.cancelledNote')}
          {inspection.cancelReason ? ` ${tf('cancel.note', { at: formatDateTime(inspection.cancelledAt), reason: inspection.cancelReason })}` : ''}
        </Alert>
      )}
      {sections.length === 0 && <Text c="dimmed">{t('form.noItems')}</Text>}
      {sections.map((s) => (
        <Card key={`${s.section.key}:${s.instanceKey}`} withBorder padding="md" component="section" aria-label={sectionTitle(s.section.title[language], language === 'en' ? s.instanceLabelEn : s.instanceLabel)}>
          <Title order={2} size="h4" mb="sm">
            {sectionTitle(s.section.title[language], language === 'en' ? s.instanceLabelEn : s.instanceLabel)}
          </Title>
          <Stack gap="sm">
            {s.items.map((inst) => {
              const key = answerKey(inst.item.key, inst.instanceKey);
              const fromRegister = prefill.get(key);
              return (
                <ItemCard
                  key={key}
                  inst={inst}
                  draft={drafts.get(key) ?? EMPTY_DRAFT}
                  attachments={attachments.get(key) ?? NO_ATTACHMENTS}
                  inspectionId={inspection.id}
                  team={inspection.team}
                  readOnly={readOnly}
                  autosaver={autosaver}
                  onEdit={onEdit}
                  prefill={fromRegister}
                  prefillState={fromRegister ? prefillState(fromRegister, saved.get(key), answers.get(key)) : undefined}
                />
              );
            })}
          </Stack>
        </Card>
      ))}
      {inspection.kind === 'follow_up' && <FollowUpPanel inspectionId={inspection.id} facilityId={inspection.facilityId} readOnly={readOnly} />}
      {inspection.status === 'completed' && <RejudgePanel inspectionId={inspection.id} />}
      <FindingsPanel inspectionId={inspection.id} readOnly={readOnly} />
      <HistoryPanel entity="inspection" entityId={inspection.id} scope="inspection" />
    </Stack>
  );
}

function sectionTitle(title: string, instanceLabel: string | null): string {
  return instanceLabel ? `${title} — ${instanceLabel}` : title;
}
