import { Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { DISPLAY_DATE, toIsoDate } from '../../lib/dates';

/** A choice filter whose empty value means "all". */
export function EnumFilter<V extends string>(props: { label: string; values: readonly V[]; labelOf(v: NoInfer<V>): string; value: NoInfer<V> | null; onChange(v: NoInfer<V> | null): void; w?: number }) {
  const { t } = useTranslation('register');
  return (
    <Select
      aria-label={props.label}
      placeholder={`${props.label}: ${t('filters.all')}`}
      w={props.w ?? 200}
      clearable
      data={props.values.map((v) => ({ value: v, label: props.labelOf(v) }))}
      value={props.value}
      onChange={(v) => props.onChange((v as V | null) ?? null)}
    />
  );
}

export type DateRange = [string | null, string | null];

/** An inclusive date range (dd/MM/yyyy on screen, yyyy-MM-dd to the API). */
export function DateRangeFilter(props: { label: string; value: DateRange; onChange(v: DateRange): void }) {
  return (
    <DatePickerInput
      type="range"
      aria-label={props.label}
      placeholder={props.label}
      valueFormat={DISPLAY_DATE}
      clearable
      allowSingleDateInRange
      w={250}
      value={props.value}
      onChange={(v) => props.onChange([toIsoDate(v[0]), toIsoDate(v[1])])}
    />
  );
}
