import { DateInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { DISPLAY_DATE, toIsoDate } from '../../lib/dates';

/** A date typed or picked as dd/MM/yyyy, kept as yyyy-MM-dd (the API's form). */
export function DeadlineInput(props: { label: string; value: string | null | undefined; onChange(iso: string | null): void; onBlur?(): void; error?: string; w?: number | string; minDate?: string; maxDate?: string }) {
  return (
    <DateInput
      label={props.label}
      w={props.w}
      valueFormat={DISPLAY_DATE}
      placeholder="dd/mm/yyyy"
      clearable
      minDate={props.minDate}
      maxDate={props.maxDate}
      value={props.value ? dayjs(props.value).toDate() : null}
      onChange={(d) => props.onChange(toIsoDate(d))}
      onBlur={props.onBlur}
      dateParser={(s) => {
        const d = dayjs(s, DISPLAY_DATE, true);
        return d.isValid() ? d.format('YYYY-MM-DD') : null;
      }}
      error={props.error}
    />
  );
}
