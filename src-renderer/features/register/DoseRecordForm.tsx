import { zodResolver } from '@hookform/resolvers/zod';
import { Grid, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DoseRecordInput, type DoseRecord } from '../../../src-shared/schemas/register/dose-records';
import { api } from '../../api/client';
import { DateField, FormShell, useRegisterSubmit } from './fields';
import { numberForInput } from './format';

type Values = DoseRecordInput;
const FIELDS = Object.keys(DoseRecordInput.shape);

function toValues(workerId: string, d?: DoseRecord): Values {
  const now = new Date();
  return {
    workerId,
    year: d ? String(d.year) : String(now.getFullYear()),
    quarter: d ? String(d.quarter) : String(Math.floor(now.getMonth() / 3) + 1),
    hp10: numberForInput(d?.hp10),
    hp007: numberForInput(d?.hp007),
    lens: numberForInput(d?.lens),
    hw: numberForInput(d?.hw),
    hn: numberForInput(d?.hn),
    readOn: d?.readOn ?? null,
    notes: d?.notes ?? '',
  };
}

/** One quarter's dosimeter reading; H_W/H_N only for interventional staff (two dosimeters). */
export function DoseRecordForm(props: { workerId: string; interventional: boolean; record?: DoseRecord; onSaved(d: DoseRecord): void; onCancel(): void }) {
  const { t } = useTranslation('register');
  const form = useForm<Values, unknown, Values>({
    resolver: zodResolver(DoseRecordInput, undefined, { raw: true }),
    defaultValues: toValues(props.workerId, props.record),
    mode: 'onSubmit',
  });
  const { register, control } = form;
  const { onSubmit, formError, fieldError } = useRegisterSubmit(
    form,
    FIELDS,
    (values) => (props.record ? api('doseRecords.update', { id: props.record.id, patch: values }) : api('doseRecords.create', values)),
    props.onSaved,
  );
  const dose = (name: 'hp10' | 'hp007' | 'lens' | 'hw' | 'hn') => (
    <Grid.Col span={{ base: 6, sm: 4 }}>
      <TextInput label={t(`dose.${name}`)} inputMode="decimal" {...register(name)} error={fieldError(name)} />
    </Grid.Col>
  );
  return (
    <FormShell label={props.record ? t('edit.dose') : t('new.dose')} onSubmit={onSubmit} formError={formError} submitting={form.formState.isSubmitting} onCancel={props.onCancel}>
      <Grid>
        <Grid.Col span={6}>
          <TextInput label={t('dose.year')} withAsterisk inputMode="numeric" {...register('year')} error={fieldError('year')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput label={t('dose.quarter')} withAsterisk inputMode="numeric" {...register('quarter')} error={fieldError('quarter')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField table="dose_records" control={control} name="readOn" label={t('dose.readOn')} description={t('dose.readOnHint')} />
        </Grid.Col>
        {dose('hp10')}
        {dose('hp007')}
        {dose('lens')}
        {props.interventional && dose('hw')}
        {props.interventional && dose('hn')}
        <Grid.Col span={12}>
          <TextInput label={t('dose.notes')} {...register('notes')} error={fieldError('notes')} />
        </Grid.Col>
      </Grid>
    </FormShell>
  );
}
