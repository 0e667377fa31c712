import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Grid, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { WORKER_ROLES, WorkerInput, type Worker } from '../../../src-shared/schemas/register/workers';
import { api } from '../../api/client';
import { DateField, EnumField, FormShell, useRegisterSubmit } from './fields';

type Values = WorkerInput;
const FIELDS = Object.keys(WorkerInput.shape);

function toValues(facilityId: string, w?: Worker): Values {
  return {
    facilityId,
    name: w?.name ?? '',
    role: w?.role ?? ('' as Values['role']),
    jobTitle: w?.jobTitle ?? '',
    isRso: w?.isRso ?? false,
    rsoDecisionNo: w?.rsoDecisionNo ?? '',
    rsoDecisionOn: w?.rsoDecisionOn ?? null,
    rsoCertificateNo: w?.rsoCertificateNo ?? '',
    trainingOn: w?.trainingOn ?? null,
    lastRefresherOn: w?.lastRefresherOn ?? null,
    lastHealthCheckOn: w?.lastHealthCheckOn ?? null,
    dosimeterId: w?.dosimeterId ?? '',
    interventional: w?.interventional ?? false,
    notes: w?.notes ?? '',
  };
}

/** Radiation worker: role, RSO appointment, training and health-check dates, dosimeter. */
export function WorkerForm({ facilityId, worker, onSaved, onCancel }: { facilityId: string; worker?: Worker; onSaved(w: Worker): void; onCancel(): void }) {
  const { t } = useTranslation('register');
  const form = useForm<Values, unknown, Values>({
    resolver: zodResolver(WorkerInput, undefined, { raw: true }),
    defaultValues: toValues(facilityId, worker),
    mode: 'onSubmit',
  });
  const { register, control, watch } = form;
  const { onSubmit, formError, fieldError } = useRegisterSubmit(
    form,
    FIELDS,
    (values) => (worker ? api('workers.update', { id: worker.id, patch: values }) : api('workers.create', values)),
    onSaved,
  );
  const isRso = watch('isRso');
  return (
    <FormShell label={worker ? t('edit.workers') : t('new.workers')} onSubmit={onSubmit} formError={formError} submitting={form.formState.isSubmitting} onCancel={onCancel}>
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('worker.name')} withAsterisk {...register('name')} error={fieldError('name')} data-autofocus />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <EnumField control={control} name="role" label={t('worker.role')} withAsterisk data={WORKER_ROLES.map((r) => ({ value: r, label: t(`worker.roles.${r}`) }))} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('worker.jobTitle')} {...register('jobTitle')} error={fieldError('jobTitle')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('worker.dosimeterId')} {...register('dosimeterId')} error={fieldError('dosimeterId')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Checkbox label={t('worker.isRso')} {...register('isRso')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Checkbox label={t('worker.interventional')} {...register('interventional')} />
        </Grid.Col>
        {isRso && (
          <>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={t('worker.rsoDecisionNo')} {...register('rsoDecisionNo')} error={fieldError('rsoDecisionNo')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DateField table="workers" control={control} name="rsoDecisionOn" label={t('worker.rsoDecisionOn')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={t('worker.rsoCertificateNo')} {...register('rsoCertificateNo')} error={fieldError('rsoCertificateNo')} />
            </Grid.Col>
          </>
        )}
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DateField table="workers" control={control} name="trainingOn" label={t('worker.trainingOn')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DateField table="workers" control={control} name="lastRefresherOn" label={t('worker.lastRefresherOn')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DateField table="workers" control={control} name="lastHealthCheckOn" label={t('worker.lastHealthCheckOn')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t('worker.notes')} rows={2} {...register('notes')} error={fieldError('notes')} />
        </Grid.Col>
      </Grid>
    </FormShell>
  );
}
