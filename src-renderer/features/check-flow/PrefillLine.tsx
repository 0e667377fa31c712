import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconDatabase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../src-shared/checklists/schema';
import type { PrefillEntry } from '../../../src-shared/checklists/prefill';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { inspectionKeys } from '../inspections/queries';
import { displayValue, type PrefillState } from './prefill-state';

interface Props {
  item: Item;
  entry: PrefillEntry;
  state: PrefillState;
  inspectionId: string;
  readOnly: boolean;
  /** Saves what the field shows (the register's value) as the inspector's answer. */
  onConfirm(): void;
  /** Sends what is still waiting to be saved before the correction is written back. */
  flush(): Promise<void>;
}

/**
 * Under a prefilled item: where the value came from, and what the inspector can do with it —
 * confirm it, or, once corrected, write the correction back to the register (audited there).
 */
export function PrefillLine({ item, entry, state, inspectionId, readOnly, onConfirm, flush }: Props) {
  const { t } = useTranslation('flow');
  const { t: ti } = useTranslation('inspections');
  const language = useUiStore((s) => s.language);
  const qc = useQueryClient();
  const label = item.label[language];
  const writeBack = useMutation({
    mutationFn: async () => {
      await flush();
      return api('inspections.writeBack', { inspectionId, itemKey: entry.itemKey, instanceKey: entry.instanceKey });
    },
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('prefill.writtenBack') });
      void qc.invalidateQueries({ queryKey: inspectionKeys.detail(inspectionId) });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
  });
  const words = { yes: ti(item.rule ? 'form.pass' : 'form.yes'), no: ti(item.rule ? 'form.fail' : 'form.no'), na: ti('form.na') };
  return (
    <Group gap="xs" wrap="wrap" data-testid="prefill-line" data-state={state}>
      <IconDatabase size={14} aria-hidden />
      <Text size="sm">
        {t('prefill.from', { source: entry.source.label[language] })}
        {' — '}
        {state === 'suggested' && t('prefill.suggested')}
        {state === 'confirmed' && t('prefill.confirmed')}
        {state === 'corrected' && t('prefill.corrected', { value: displayValue(item, entry.value, language, words) })}
      </Text>
      {!readOnly && state === 'suggested' && (
        <Button size="compact-xs" variant="light" onClick={onConfirm} aria-label={t('prefill.confirmLabel', { item: label })}>
          {t('prefill.confirm')}
        </Button>
      )}
      {!readOnly && state === 'corrected' && entry.source.field && (
        <Button size="compact-xs" variant="light" loading={writeBack.isPending} onClick={() => writeBack.mutate()} aria-label={t('prefill.writeBackLabel', { item: label })}>
          {t('prefill.writeBack')}
        </Button>
      )}
      {!readOnly && state === 'corrected' && !entry.source.field && <Text size="sm">{t('prefill.derived')}</Text>}
    </Group>
  );
}
