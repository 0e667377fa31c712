import { Box, Checkbox, Group, Radio, SegmentedControl, Select, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasUnitChoice } from '../../../../src-shared/checklists/answers';
import type { Item } from '../../../../src-shared/checklists/schema';
import { unitChoices } from '../../../../src-shared/rules/units';
import { DISPLAY_DATE } from '../../../lib/dates';
import { useUiStore } from '../../../store/ui';
import { yesNoWords } from '../drafts';

/** What every answer field gets: the raw value as typed, and where to send changes. */
export interface FieldProps {
  item: Item;
  value: unknown;
  onChange(raw: unknown): void;
  onBlur(): void;
  readOnly: boolean;
  invalid: boolean;
  /** Accessible name: the item's label in the current language. */
  label: string;
  /** Date items: the dates the item's meaning allows around the check date. */
  dateRange?: { min: string; max: string } | null;
}

/**
 * Đạt / Không đạt / Không áp dụng as one radio group. Arrow keys move the selection without
 * saving each option they pass: the choice is saved on Space or Enter, on a click, or when
 * focus leaves the group (save the choice, not the path).
 */
export function YesNoField({ item, value, onChange, onBlur, readOnly, label }: FieldProps) {
  const { t } = useTranslation('inspections');
  const pass = yesNoWords(item) === 'pass';
  const saved = typeof value === 'string' ? value : '';
  const [moving, setMoving] = useState<string | null>(null);
  const arrowKey = useRef(false);
  const shown = moving ?? saved;
  const commit = (v: string) => {
    setMoving(null);
    if (v !== saved) onChange(v);
    onBlur();
  };
  return (
    <Box
      onKeyDown={(e) => {
        arrowKey.current = ARROW_KEYS.has(e.key);
        if ((e.key === ' ' || e.key === 'Enter') && moving !== null) {
          e.preventDefault();
          commit(moving);
        }
      }}
      onBlur={(e) => {
        if (moving !== null && !e.currentTarget.contains(e.relatedTarget as Node | null)) commit(moving);
      }}
    >
      <SegmentedControl
        aria-label={label}
        value={shown}
        onChange={(v) => {
          if (arrowKey.current) {
            arrowKey.current = false;
            setMoving(v);
          } else commit(v);
        }}
        readOnly={readOnly}
        disabled={readOnly}
        color={shown === 'no' ? 'red' : shown === 'na' ? 'gray' : 'teal'}
        data={[
          { value: 'yes', label: pass ? t('form.pass') : t('form.yes') },
          { value: 'no', label: pass ? t('form.fail') : t('form.no') },
          { value: 'na', label: t('form.na') },
        ]}
      />
    </Box>
  );
}

const ARROW_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

export function NumberField({ item, value, onChange, onBlur, readOnly, invalid, label }: FieldProps) {
  const { t } = useTranslation('verdicts');
  if (hasUnitChoice(item.unit)) {
    // A value with a unit from the closed list; the item's own unit is the default.
    const q = typeof value === 'object' && value !== null ? (value as { value?: unknown; unit?: unknown }) : { value, unit: undefined };
    const text = typeof q.value === 'string' ? q.value : q.value === null || q.value === undefined ? '' : String(q.value);
    const unit = typeof q.unit === 'string' && q.unit ? q.unit : (item.unit ?? '');
    return (
      <Group gap="xs" wrap="nowrap">
        <TextInput
          aria-label={label}
          inputMode="decimal"
          autoComplete="off"
          maw={200}
          value={text}
          onChange={(e) => onChange({ value: e.currentTarget.value, unit })}
          onBlur={onBlur}
          readOnly={readOnly}
          disabled={readOnly}
          error={invalid}
        />
        <Select
          aria-label={t('unitOf', { label })}
          w={120}
          data={unitChoices(item.unit)}
          value={unit}
          allowDeselect={false}
          onChange={(u) => {
            onChange({ value: text, unit: u ?? unit });
            onBlur();
          }}
          readOnly={readOnly}
          disabled={readOnly}
        />
      </Group>
    );
  }
  return (
    <TextInput
      aria-label={label}
      inputMode="decimal"
      autoComplete="off"
      maw={260}
      value={typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={onBlur}
      readOnly={readOnly}
      disabled={readOnly}
      error={invalid}
      rightSection={item.unit ? <Text size="xs" c="dimmed" pr={4}>{item.unit}</Text> : null}
      rightSectionWidth={item.unit ? Math.max(36, item.unit.length * 8 + 12) : undefined}
    />
  );
}

export function TextField({ value, onChange, onBlur, readOnly, invalid, label }: FieldProps) {
  return (
    <Textarea
      aria-label={label}
      autosize
      minRows={1}
      maxRows={8}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={onBlur}
      readOnly={readOnly}
      disabled={readOnly}
      error={invalid}
    />
  );
}

export function DateField({ value, onChange, onBlur, readOnly, invalid, label, dateRange }: FieldProps) {
  const iso = typeof value === 'string' && value ? value : null;
  return (
    <DateInput
      aria-label={label}
      maw={200}
      valueFormat={DISPLAY_DATE}
      placeholder="dd/mm/yyyy"
      clearable={!readOnly}
      minDate={dateRange?.min}
      maxDate={dateRange?.max}
      value={iso}
      onChange={(d) => {
        onChange(d ?? '');
        onBlur();
      }}
      onBlur={onBlur}
      dateParser={(s) => {
        const d = dayjs(s, DISPLAY_DATE, true);
        return d.isValid() ? d.format('YYYY-MM-DD') : null;
      }}
      readOnly={readOnly}
      disabled={readOnly}
      error={invalid}
    />
  );
}

/** Few choices read best as radio buttons on a tablet; long lists fold into a select. */
export function ChoiceField({ item, value, onChange, onBlur, readOnly, invalid, label }: FieldProps) {
  const { t } = useTranslation('inspections');
  const language = useUiStore((s) => s.language);
  const choices = item.choices ?? [];
  const current = typeof value === 'string' ? value : '';
  const commit = (v: string | null) => {
    onChange(v ?? '');
    onBlur();
  };
  if (choices.length <= 4) {
    return (
      <Radio.Group aria-label={label} value={current} onChange={commit} readOnly={readOnly}>
        <Group gap="md">
          {choices.map((c) => (
            <Radio key={c.key} value={c.key} label={c.label[language]} disabled={readOnly} error={invalid} />
          ))}
        </Group>
      </Radio.Group>
    );
  }
  return (
    <Select
      aria-label={label}
      maw={420}
      placeholder={t('form.choose')}
      data={choices.map((c) => ({ value: c.key, label: c.label[language] }))}
      value={current || null}
      onChange={commit}
      clearable={!readOnly}
      readOnly={readOnly}
      disabled={readOnly}
      error={invalid}
    />
  );
}

export function MultiChoiceField({ item, value, onChange, onBlur, readOnly, label }: FieldProps) {
  const language = useUiStore((s) => s.language);
  return (
    <Checkbox.Group
      aria-label={label}
      value={Array.isArray(value) ? (value as string[]) : []}
      onChange={(v) => {
        onChange(v);
        onBlur();
      }}
      readOnly={readOnly}
    >
      <Group gap="md">
        {(item.choices ?? []).map((c) => (
          <Checkbox key={c.key} value={c.key} label={c.label[language]} disabled={readOnly} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
