import { Anchor, Badge, Box, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconLoader2 } from '@tabler/icons-react';
import { memo, useEffect, useState, useSyncExternalStore, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { answerKey, type ItemInstance } from '../../../src-shared/checklists/expand';
import type { ItemType } from '../../../src-shared/checklists/schema';
import type { Attachment } from '../../../src-shared/schemas/attachment';
import type { TeamMember } from '../../../src-shared/schemas/inspection';
import { useUiStore } from '../../store/ui';
import type { Autosaver, ItemSaveState } from './autosave';
import { itemDomId, type Draft } from './drafts';
import { useItemDateRange, useItemLabel } from '../verdicts/item-label';
import { ItemVerdicts } from '../verdicts/ItemVerdicts';
import { MeasurementTableField } from './fields/MeasurementTableField';
import { PhotoField } from './fields/PhotoField';
import { SignatureField } from './fields/SignatureField';
import { ChoiceField, DateField, MultiChoiceField, NumberField, TextField, YesNoField, type FieldProps } from './fields/ValueFields';
import type { PrefillEntry } from '../../../src-shared/checklists/prefill';
import { PrefillLine } from '../check-flow/PrefillLine';
import type { PrefillState } from '../check-flow/prefill-state';

const VALUE_FIELDS: Partial<Record<ItemType, ComponentType<FieldProps>>> = {
  yes_no_na: YesNoField,
  number: NumberField,
  text: TextField,
  date: DateField,
  choice: ChoiceField,
  multi_choice: MultiChoiceField,
  measurement_table: MeasurementTableField,
};

export interface ItemCardProps {
  inst: ItemInstance;
  draft: Draft;
  attachments: Attachment[];
  inspectionId: string;
  team: TeamMember[];
  readOnly: boolean;
  autosaver: Autosaver;
  onEdit(inst: ItemInstance, patch: Partial<Draft>): void;
  /** What the register answers for this item, and whether the inspector confirmed or corrected it. */
  prefill?: PrefillEntry;
  prefillState?: PrefillState;
}

/** One checklist item: its label and legal basis, the answer field, the note, and its save state. */
export const ItemCard = memo(ItemCardView, sameItem);

/** Expansion makes new instance objects on every edit: compare what the card shows, not identities. */
function sameItem(a: ItemCardProps, b: ItemCardProps): boolean {
  return (
    a.inst.item === b.inst.item &&
    a.inst.instanceKey === b.inst.instanceKey &&
    a.draft === b.draft &&
    a.attachments === b.attachments &&
    a.readOnly === b.readOnly &&
    a.team === b.team &&
    a.autosaver === b.autosaver &&
    a.onEdit === b.onEdit &&
    a.prefill === b.prefill &&
    a.prefillState === b.prefillState
  );
}

function ItemCardView({ inst, draft, attachments, inspectionId, team, readOnly, autosaver, onEdit, prefill, prefillState }: ItemCardProps) {
  const { t } = useTranslation('inspections');
  const language = useUiStore((s) => s.language);
  const { item, instanceKey } = inst;
  const key = answerKey(item.key, instanceKey);
  const save = useSyncExternalStore(autosaver.subscribe, () => autosaver.state(key));
  const [noteOpen, setNoteOpen] = useState(Boolean(draft.note));
  // Any answer can carry photos as evidence; photo items always show their drop zone.
  const [photosOpen, setPhotosOpen] = useState(attachments.length > 0);
  const canAddPhotos = item.type !== 'photo' && item.type !== 'signature';
  const labels = useItemLabel(inspectionId, item);
  const dateRange = useItemDateRange(inspectionId, item);
  const label = labels[language];
  const titleId = `${itemDomId(item.key, instanceKey)}-title`;

  // An item that leaves the screen (a condition turned it off, the page closed) saves what was typed.
  useEffect(() => () => autosaver.flush(key), [autosaver, key]);

  const flush = () => autosaver.flush(key);
  const Field = VALUE_FIELDS[item.type];
  const error = save.status === 'error' && save.error ? save.error[language] : null;

  return (
    <Paper withBorder p="sm" id={itemDomId(item.key, instanceKey)} role="group" aria-labelledby={titleId} data-testid="check-item" data-item-key={item.key} data-item-type={item.type}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Box style={{ minWidth: 0 }}>
            <Text fw={500}>
              <span id={titleId}>{label}</span>
              {!item.required && (
                <Text span size="xs" c="dimmed" fw={400}>
                  {' '}
                  ({t('form.optional')})
                </Text>
              )}
            </Text>
            {item.help && (
              <Text size="sm" c="dimmed">
                {item.help[language]}
              </Text>
            )}
            <Text size="xs" c="dimmed" fs="italic">
              {t('form.citation', { text: item.citation.vi })}
            </Text>
          </Box>
          <SaveBadge state={save} />
        </Group>
        {Field && (
          <Field item={item} value={draft.raw} onChange={(raw) => onEdit(inst, { raw })} onBlur={flush} readOnly={readOnly} invalid={Boolean(error)} label={label} dateRange={dateRange} />
        )}
        {prefill && prefillState && (
          <PrefillLine
            item={item}
            entry={prefill}
            state={prefillState}
            inspectionId={inspectionId}
            readOnly={readOnly}
            onConfirm={() => {
              onEdit(inst, { raw: draft.raw });
              flush();
            }}
            flush={() => autosaver.flushAll()}
          />
        )}
        {(item.type === 'photo' || (canAddPhotos && (photosOpen || attachments.length > 0))) && (
          <PhotoField inspectionId={inspectionId} itemKey={item.key} instanceKey={instanceKey} photos={attachments} readOnly={readOnly} label={label} />
        )}
        {item.type === 'signature' && (
          <SignatureField inspectionId={inspectionId} itemKey={item.key} instanceKey={instanceKey} signatures={attachments} team={team} readOnly={readOnly} label={label} />
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <ItemVerdicts inspectionId={inspectionId} itemKey={item.key} instanceKey={instanceKey} />
        {noteOpen ? (
          <Textarea
            label={t('form.note')}
            aria-label={`${t('form.note')}: ${label}`}
            autosize
            minRows={1}
            maxRows={6}
            value={draft.note ?? ''}
            onChange={(e) => onEdit(inst, { note: e.currentTarget.value })}
            onBlur={flush}
            readOnly={readOnly}
            disabled={readOnly}
          />
        ) : null}
        {!readOnly && (!noteOpen || (canAddPhotos && !photosOpen && attachments.length === 0)) && (
          <Group gap="md">
            {!noteOpen && (
              <Anchor component="button" type="button" size="xs" onClick={() => setNoteOpen(true)}>
                + {t('form.addNote')}
              </Anchor>
            )}
            {canAddPhotos && !photosOpen && attachments.length === 0 && (
              <Anchor component="button" type="button" size="xs" onClick={() => setPhotosOpen(true)} aria-label={`${t('form.addPhotos')}: ${label}`}>
                + {t('form.addPhotos')}
              </Anchor>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function SaveBadge({ state }: { state: ItemSaveState }) {
  const { t } = useTranslation('inspections');
  if (state.status === 'pending' || state.status === 'saving')
    return (
      <Badge variant="light" color="gray" leftSection={<IconLoader2 size={12} />} style={{ flexShrink: 0 }} data-testid="save-state">
        {t('form.saving')}
      </Badge>
    );
  if (state.status === 'saved')
    return (
      <Badge variant="light" color="teal" leftSection={<IconCheck size={12} />} style={{ flexShrink: 0 }} data-testid="save-state">
        {t('form.saved')}
      </Badge>
    );
  if (state.status === 'error')
    return (
      <Badge variant="light" color="red" leftSection={<IconAlertCircle size={12} />} style={{ flexShrink: 0 }} data-testid="save-state">
        {t('form.unsaved')}
      </Badge>
    );
  return null;
}
