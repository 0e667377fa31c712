import { Alert, Button, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFilePlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesSnapshot } from '../../../src-shared/minutes/snapshot';
import { errorMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { local } from '../verdicts/text';
import { useAmend } from './queries';

/** Items whose answer is a plain text, number, date or yes/no can be corrected by value here. */
const EDITABLE = new Set(['text', 'number', 'date', 'yes_no_na', 'choice']);

/** "Lập biên bản bổ sung": a reason, what is corrected (in words, and/or one item's new value). */
export function AmendForm({ inspectionId, snapshot }: { inspectionId: string; snapshot: MinutesSnapshot }) {
  const { t } = useTranslation('minutes');
  const language = useUiStore((s) => s.language);
  const amend = useAmend(inspectionId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const [item, setItem] = useState<string | null>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const options = useMemo(
    () =>
      snapshot.sections.flatMap((s) =>
        s.items
          .filter((i) => EDITABLE.has(i.type))
          .map((i) => ({ value: `${i.key}\u0000${s.instanceKey}`, label: `${local(i.label, language)}${s.instanceLabel ? ` — ${s.instanceLabel}` : ''}`, type: i.type })),
      ),
    [snapshot, language],
  );
  const chosen = options.find((o) => o.value === item);

  const submit = async () => {
    setError(null);
    const [itemKey, instanceKey] = item ? item.split('\u0000') : [];
    const parsed = chosen?.type === 'number' ? Number(value.replace(',', '.')) : value;
    try {
      await amend.mutateAsync({ reason, text, changes: itemKey ? [{ itemKey, instanceKey: instanceKey ?? '', value: parsed }] : [] });
      notifications.show({ color: 'teal', message: t('amend.saved') });
      setOpen(false);
      setReason('');
      setText('');
      setItem(null);
      setValue('');
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <>
      <Button variant="default" leftSection={<IconFilePlus size={16} />} onClick={() => setOpen(true)}>
        {t('amend.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('amend.button')} size="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <Textarea label={t('amend.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} data-autofocus />
            <Textarea label={t('amend.text')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} />
            <Select label={t('amend.item')} placeholder={t('amend.noItem')} data={options} value={item} onChange={setItem} clearable searchable />
            {item && <TextInput label={t('amend.value')} value={value} onChange={(e) => setValue(e.currentTarget.value)} />}
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={amend.isPending}>
              {t('amend.save')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
