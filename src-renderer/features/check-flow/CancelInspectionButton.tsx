import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconBan } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../src-shared/schemas/inspection';
import { api } from '../../api/client';
import { ApiCallError } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { i18next } from '../../i18n';
import type { Autosaver } from '../inspections/autosave';
import { inspectionKeys } from '../inspections/queries';

/**
 * "Hủy cuộc kiểm tra": for a check started by mistake (draft or in progress, never signed
 * minutes). Asks for the reason; the check stays in the history as cancelled.
 */
export function CancelInspectionButton({ inspection, autosaver }: { inspection: Inspection; autosaver: Autosaver }) {
  const { t } = useTranslation('flow');
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: async () => {
      await autosaver.flushAll();
      return api('inspections.cancel', { id: inspection.id, reason });
    },
    onSuccess: () => {
      setOpen(false);
      notifications.show({ color: 'gray', message: t('cancel.done') });
      void qc.invalidateQueries({ queryKey: inspectionKeys.all });
    },
  });
  if (inspection.status !== 'draft' && inspection.status !== 'in_progress') return null;
  const issue = cancel.error instanceof ApiCallError ? cancel.error.error.issues?.find((i) => i.path === 'reason') : undefined;
  const reasonError = issue ? (i18next.language === 'en' ? issue.en : issue.vi) : null;
  return (
    <>
      <Button variant="default" color="red" leftSection={<IconBan size={16} />} onClick={() => setOpen(true)}>
        {t('cancel.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('cancel.title')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            cancel.mutate();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('cancel.intro')}</Text>
            <Textarea label={t('cancel.reason')} placeholder={t('cancel.reasonHint')} withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={reasonError} data-autofocus />
            {cancel.error && !reasonError && (
              <Alert color="red" role="alert">
                {errorMessage(cancel.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('cancel.keep')}
              </Button>
              <Button type="submit" color="red" loading={cancel.isPending}>
                {t('cancel.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
