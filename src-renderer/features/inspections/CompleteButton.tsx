import { Alert, Button, Group, List, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecks } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../src-shared/api/errors';
import { ApiCallError } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import type { Autosaver } from './autosave';
import { itemDomId } from './drafts';
import { useCompleteInspection } from './queries';

/** The core names a missing item "itemKey" or "itemKey[instanceKey]". */
function targetOf(issue: FieldIssue): string {
  const m = /^([a-z][a-z0-9_]*)(?:\[(.+)\])?$/.exec(issue.path);
  return m ? itemDomId(m[1]!, m[2] ?? '') : '';
}

export function scrollToItem(domId: string): void {
  const el = document.getElementById(domId);
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button')?.focus({ preventScroll: true });
}

/** "Hoàn thành": saves what is pending, then asks the core to close the minutes; lists what is still missing. */
export function CompleteButton({ inspectionId, autosaver }: { inspectionId: string; autosaver: Autosaver }) {
  const { t } = useTranslation('inspections');
  const { t: tc } = useTranslation('common');
  const language = useUiStore((s) => s.language);
  const complete = useCompleteInspection(inspectionId);
  const [open, setOpen] = useState(false);
  const [missing, setMissing] = useState<FieldIssue[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Scrolled to once the dialog has closed, so its focus return does not pull the view back.
  const target = useRef<string | null>(null);

  const run = async () => {
    setError(null);
    setMissing(null);
    await autosaver.flushAll();
    try {
      await complete.mutateAsync(dayjs().format('YYYY-MM-DDTHH:mm'));
      setOpen(false);
      notifications.show({ color: 'teal', message: t('complete.done') });
    } catch (e) {
      if (e instanceof ApiCallError && e.error.code === 'CONFLICT' && e.error.issues?.length) setMissing(e.error.issues);
      else setError(errorMessage(e));
    }
  };

  const close = () => {
    setOpen(false);
    setMissing(null);
    setError(null);
  };

  return (
    <>
      <Button leftSection={<IconChecks size={16} />} onClick={() => setOpen(true)} style={{ flexShrink: 0 }} data-testid="complete-button">
        {t('complete.button')}
      </Button>
      <Modal
        opened={open}
        onClose={close}
        title={t('complete.title')}
        size="lg"
        onExitTransitionEnd={() => {
          if (target.current) scrollToItem(target.current);
          target.current = null;
        }}
      >
        <Stack gap="sm">
          {missing ? (
            <Alert color="orange" title={t('complete.missingTitle', { count: missing.length })} role="alert">
              <Text size="sm" mb="xs">
                {t('complete.missingHint')}
              </Text>
              <List size="sm" spacing={4} data-testid="missing-items">
                {missing.map((m) => (
                  <List.Item key={m.path}>
                    <UnstyledButton
                      td="underline"
                      fz="sm"
                      onClick={() => {
                        target.current = targetOf(m);
                        close();
                      }}
                    >
                      {m[language]}
                    </UnstyledButton>
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Text>{t('complete.confirm')}</Text>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {tc('actions.cancel')}
            </Button>
            {!missing && (
              <Button onClick={() => void run()} loading={complete.isPending}>
                {t('complete.button')}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
