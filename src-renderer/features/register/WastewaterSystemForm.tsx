import { zodResolver } from '@hookform/resolvers/zod';
import { Grid, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DISCHARGE_COLUMNS, WastewaterSystemInput, type WastewaterSystem } from '../../../src-shared/schemas/register/wastewater-systems';
import { api } from '../../api/client';
import { DateField, EnumField, FormShell, useRegisterSubmit } from './fields';
import { numberForInput } from './format';

type Values = WastewaterSystemInput;
const FIELDS = Object.keys(WastewaterSystemInput.shape);

function toValues(facilityId: string, w?: WastewaterSystem): Values {
  return {
    facilityId,
    technology: w?.technology ?? '',
    designCapacityM3PerDay: numberForInput(w?.designCapacityM3PerDay),
    actualFlowM3PerDay: numberForInput(w?.actualFlowM3PerDay),
    commissionedOn: w?.commissionedOn ?? null,
    disinfection: w?.disinfection ?? '',
    receivingWater: w?.receivingWater ?? '',
    dischargeColumn: w?.dischargeColumn ?? null,
    permitNo: w?.permitNo ?? '',
    permitExpiresOn: w?.permitExpiresOn ?? null,
    permitK: numberForInput(w?.permitK),
    sludgeHandling: w?.sludgeHandling ?? '',
    notes: w?.notes ?? '',
  };
}

/** Wastewater treatment system: technology, capacity, QCVN 28 column, discharge permit and its K. */
export function WastewaterSystemForm({ facilityId, system, onSaved, onCancel }: { facilityId: string; system?: WastewaterSystem; onSaved(w: WastewaterSystem): void; onCancel(): void }) {
  const { t } = useTranslation('register');
  const form = useForm<Values, unknown, Values>({
    resolver: zodResolver(WastewaterSystemInput, undefined, { raw: true }),
    defaultValues: toValues(facilityId, system),
    mode: 'onSubmit',
  });
  const { register, control } = form;
  const { onSubmit, formError, fieldError } = useRegisterSubmit(
    form,
    FIELDS,
    (values) => (system ? api('wastewaterSystems.update', { id: system.id, patch: values }) : api('wastewaterSystems.create', values)),
    onSaved,
  );
  return (
    <FormShell label={system ? t('edit.wastewater') : t('new.wastewater')} onSubmit={onSubmit} formError={formError} submitting={form.formState.isSubmitting} onCancel={onCancel}>
      <Grid>
        <Grid.Col span={12}>
          <TextInput label={t('wastewater.technology')} withAsterisk {...register('technology')} error={fieldError('technology')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t('wastewater.designCapacityM3PerDay')} inputMode="decimal" {...register('designCapacityM3PerDay')} error={fieldError('designCapacityM3PerDay')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t('wastewater.actualFlowM3PerDay')} inputMode="decimal" {...register('actualFlowM3PerDay')} error={fieldError('actualFlowM3PerDay')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DateField table="wastewater_systems" control={control} name="commissionedOn" label={t('wastewater.commissionedOn')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <EnumField
            control={control}
            name="dischargeColumn"
            label={t('wastewater.dischargeColumn')}
            clearable
            data={DISCHARGE_COLUMNS.map((c) => ({ value: c, label: t(`wastewater.columns.${c}`) }))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('wastewater.receivingWater')} {...register('receivingWater')} error={fieldError('receivingWater')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t('wastewater.permitNo')} {...register('permitNo')} error={fieldError('permitNo')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DateField table="wastewater_systems" control={control} name="permitExpiresOn" label={t('wastewater.permitExpiresOn')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t('wastewater.permitK')} description={t('wastewater.permitKHint')} inputMode="decimal" {...register('permitK')} error={fieldError('permitK')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('wastewater.disinfection')} {...register('disinfection')} error={fieldError('disinfection')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('wastewater.sludgeHandling')} {...register('sludgeHandling')} error={fieldError('sludgeHandling')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t('wastewater.notes')} rows={2} {...register('notes')} error={fieldError('notes')} />
        </Grid.Col>
      </Grid>
    </FormShell>
  );
}
