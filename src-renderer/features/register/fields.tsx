import { Alert, Button, Group, Select } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { registerDateRange } from '../../../src-shared/schemas/date-ranges';
import { DISPLAY_DATE, toIsoDate } from '../../lib/dates';
import { applyFieldIssues, errorMessage, localiseMessage } from '../../lib/errors';

/** A date typed or picked as dd/MM/yyyy, held by the form as yyyy-MM-dd (what the schema takes). */
export function DateField<T extends FieldValues>(props: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: string;
  withAsterisk?: boolean;
  /** The register table: the picker offers only the dates its meaning allows (src-shared/schemas/date-ranges). */
  table?: string;
}) {
  const range = props.table ? registerDateRange(props.table, String(props.name), dayjs().format('YYYY-MM-DD')) : null;
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => (
        <DateInput
          label={props.label}
          description={props.description}
          withAsterisk={props.withAsterisk}
          valueFormat={DISPLAY_DATE}
          placeholder="dd/mm/yyyy"
          clearable
          minDate={range?.min}
          maxDate={range?.max}
          value={field.value ? dayjs(field.value as string).toDate() : null}
          onChange={(d) => field.onChange(toIsoDate(d))}
          onBlur={field.onBlur}
          dateParser={(s) => {
            const d = dayjs(s, DISPLAY_DATE, true);
            return d.isValid() ? d.format('YYYY-MM-DD') : null;
          }}
          error={localiseMessage(fieldState.error?.message)}
        />
      )}
    />
  );
}

/** A choice among enum values; `''` in the form means "not chosen" so the schema names the field. */
export function EnumField<T extends FieldValues>(props: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  data: { value: string; label: string }[] | { group: string; items: { value: string; label: string }[] }[];
  withAsterisk?: boolean;
  clearable?: boolean;
  searchable?: boolean;
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => (
        <Select
          label={props.label}
          withAsterisk={props.withAsterisk}
          data={props.data}
          searchable={props.searchable}
          clearable={props.clearable}
          allowDeselect={Boolean(props.clearable)}
          value={(field.value as string | null) || null}
          onChange={(v) => field.onChange(v ?? (props.clearable ? null : ''))}
          onBlur={field.onBlur}
          error={localiseMessage(fieldState.error?.message)}
        />
      )}
    />
  );
}

/**
 * Submits what the user typed (the raw form values, already checked by the same zod schema the
 * API uses) and puts the server's field issues back on the fields they name.
 */
export function useRegisterSubmit<T extends FieldValues, R>(form: UseFormReturn<T, unknown, T>, fields: readonly string[], save: (values: T) => Promise<R>, onSaved: (saved: R) => void) {
  const [formError, setFormError] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      onSaved(await save(values));
    } catch (e) {
      const left = applyFieldIssues(e, form.setError, fields);
      if (left) setFormError(errorMessage(e));
    }
  });
  const fieldError = (name: Path<T>) => {
    const parts = name.split('.');
    let node: unknown = form.formState.errors;
    for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
    return localiseMessage((node as { message?: string } | undefined)?.message);
  };
  return { onSubmit, formError, fieldError };
}

/** Error banner, the fields, then Cancel / Save. */
export function FormShell(props: { label: string; onSubmit(): void; formError: string | null; submitting: boolean; onCancel(): void; children: ReactNode }) {
  const { t: tc } = useTranslation('common');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
      noValidate
      aria-label={props.label}
    >
      {props.formError && (
        <Alert color="red" mb="md" role="alert">
          {props.formError}
        </Alert>
      )}
      {props.children}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={props.onCancel}>
          {tc('actions.cancel')}
        </Button>
        <Button type="submit" loading={props.submitting}>
          {tc('actions.save')}
        </Button>
      </Group>
    </form>
  );
}
