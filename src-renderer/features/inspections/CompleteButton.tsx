import { Alert, Button, Group, List, Modal, Stack, Text, TextInput, Textarea, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSignature } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { FieldIssue } from '../../../src-shared/api/errors';
import type { Inspection } from '../../../src-shared/schemas/inspection';
import { api, ApiCallError } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { useSign } from '../minutes/queries';
import type { Autosaver } from './autosave';
import { itemDomId } from './drafts';

/** The core names a missing item "itemKey" or "itemKey[instanceKey]"; header fields by their name. */
function targetOf(issue: FieldIssue): string {
  const m = /^([a-z][a-z0-9_]*)(?:\[(.+)\])?$/.exec(issue.path);
  return m ? itemDomId(m[1]!, m[2] ?? '') : '';
}

const DIALOG_FIELDS: Record<string, string> = { facilityOpinion: 'sign-facility-opinion', endedAt: 'sign-ended-at' };

export function scrollToItem(domId: string): void {
  const el = document.getElementById(domId);
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button')?.focus({ preventScroll: true });
}

/**
 * "Hoàn thành và ký": saves what is pending, takes the closing time, the conclusion and the
 * facility's opinion, lists what is still missing (each entry jumps to it), and signs — the
 * core refuses too while anything is missing. Signed minutes open on their own page.
 */
export function CompleteButton({ inspection, autosaver }: { inspection: Inspection; autosaver: Autosaver }) {
  const { t } = useTranslation('minutes');
  const { t: tc } = useTranslation('common');
  const language = useUiStore((s) => s.language);
  const navigate = useNavigate();
  const sign = useSign(inspection.id);
  const [open, setOpen] = useState(false);
  const [endedAt, setEndedAt] = useState('');
  const [conclusion, setConclusion] = useState('');
  const [facilityOpinion, setFacilityOpinion] = useState('');
  const [gaps, setGaps] = useState<FieldIssue[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Scrolled to once the dialog has closed, so its focus return does not pull the view back.
  const target = useRef<string | null>(null);

  const closing = () => ({ endedAt: endedAt || undefined, conclusion, facilityOpinion });

  const check = async (values = closing()) => {
    setError(null);
    try {
      setGaps((await api('inspections.signCheck', { id: inspection.id, ...values })).gaps);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const start = async () => {
    const values = {
      endedAt: inspection.endedAt ?? dayjs().format('YYYY-MM-DDTHH:mm'),
      conclusion: inspection.conclusion ?? '',
      facilityOpinion: inspection.facilityOpinion ?? '',
    };
    setEndedAt(values.endedAt);
    setConclusion(values.conclusion);
    setFacilityOpinion(values.facilityOpinion);
    setGaps(null);
    setOpen(true);
    await autosaver.flushAll();
    await check(values);
  };

  const run = async () => {
    setError(null);
    await autosaver.flushAll();
    try {
      await sign.mutateAsync(closing());
      setOpen(false);
      notifications.show({ color: 'teal', message: t('sign.done') });
      navigate(`/inspections/${inspection.id}/minutes`);
    } catch (e) {
      if (e instanceof ApiCallError && e.error.code === 'CONFLICT' && e.error.issues?.length) setGaps(e.error.issues);
      else setError(errorMessage(e));
    }
  };

  const jump = (gap: FieldIssue) => {
    const field = DIALOG_FIELDS[gap.path];
    if (field) {
      document.getElementById(field)?.focus();
      return;
    }
    target.current = targetOf(gap);
    setOpen(false);
  };

  return (
    <>
      <Button leftSection={<IconSignature size={16} />} onClick={() => void start()} style={{ flexShrink: 0 }} data-testid="complete-button">
        {t('sign.button')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('sign.title')}
        size="lg"
        onExitTransitionEnd={() => {
          if (target.current) scrollToItem(target.current);
          target.current = null;
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('sign.intro')}</Text>
          <TextInput id="sign-ended-at" type="datetime-local" label={t('sign.endedAt')} value={endedAt} onChange={(e) => setEndedAt(e.currentTarget.value)} required />
          <Textarea label={t('sign.conclusion')} value={conclusion} onChange={(e) => setConclusion(e.currentTarget.value)} autosize minRows={2} />
          <Textarea id="sign-facility-opinion" label={t('sign.facilityOpinion')} value={facilityOpinion} onChange={(e) => setFacilityOpinion(e.currentTarget.value)} autosize minRows={2} required />
          {gaps && gaps.length > 0 && (
            <Alert color="orange" title={t('sign.missingTitle', { count: gaps.length })} role="alert">
              <Text size="sm" mb="xs">
                {t('sign.missingHint')}
              </Text>
              <List size="sm" spacing={4} data-testid="missing-items">
                {gaps.map((g) => (
                  <List.Item key={g.path}>
                    <UnstyledButton td="underline" fz="sm" onClick={() => jump(g)}>
                      {g[language]}
                    </UnstyledButton>
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {gaps && gaps.length === 0 && (
            <Alert color="teal" role="status">
              {t('sign.ready')}
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {tc('actions.cancel')}
            </Button>
            <Button variant="default" onClick={() => void check()}>
              {t('sign.check')}
            </Button>
            <Button onClick={() => void run()} loading={sign.isPending}>
              {t('sign.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
