import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';

interface ReasonRequest {
  name: string;
  resolve(reason: string | null): void;
}

const useReasonStore = create<{ request: ReasonRequest | null; set(r: ReasonRequest | null): void }>((set) => ({ request: null, set: (request) => set({ request }) }));

/** Asks why a record is deleted (the audit log keeps the reason); null when the user cancels. */
export function askDeleteReason(name: string): Promise<string | null> {
  return new Promise((resolve) => useReasonStore.getState().set({ name, resolve }));
}

/** The one dialog askDeleteReason() opens; mounted once under the profile gate. */
export function ReasonDialog() {
  const { t } = useTranslation('identity');
  const { t: tc } = useTranslation('common');
  const request = useReasonStore((s) => s.request);
  const set = useReasonStore((s) => s.set);
  const [reason, setReason] = useState('');
  const close = (value: string | null) => {
    request?.resolve(value);
    set(null);
    setReason('');
  };
  return (
    <Modal opened={Boolean(request)} onClose={() => close(null)} title={t('reason.title', { name: request?.name ?? '' })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) close(reason.trim());
        }}
      >
        <Stack>
          <Textarea label={t('reason.label')} description={t('reason.hint')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => close(null)}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" color="red" disabled={!reason.trim()}>
              {t('reason.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
