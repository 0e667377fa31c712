import { zodResolver } from '@hookform/resolvers/zod';
import { Grid, Select, Textarea, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_UNITS,
  NUCLIDES,
  SealedSourceInput,
  SOURCE_STATUSES,
  toBecquerel,
  type ActivityUnit,
  type SealedSource,
} from '../../../src-shared/schemas/register/sealed-sources';
import { api } from '../../api/client';
import { DateField, EnumField, FormShell, useRegisterSubmit } from './fields';
import { formatActivity, formatNumber, numberForInput, parseLocaleNumber, readableActivity } from './format';

type Values = SealedSourceInput;
const FIELDS = ['facilityId', 'nuclide', 'nuclideOther', 'activity', 'activityUnit', 'referenceDate', 'serial', 'purpose', 'storagePlace', 'status', 'notes'];
const UNIT_LABEL: Partial<Record<ActivityUnit, string>> = { uCi: 'µCi' };

function toValues(facilityId: string, s?: SealedSource): Values {
  const shown = s ? readableActivity(s.activityBq) : null;
  return {
    facilityId,
    nuclide: s?.nuclide ?? ('' as Values['nuclide']),
    nuclideOther: s?.nuclideOther ?? '',
    activity: shown ? numberForInput(shown.value) : '',
    activityUnit: shown?.unit ?? 'Ci',
    referenceDate: s?.referenceDate ?? '',
    serial: s?.serial ?? '',
    purpose: s?.purpose ?? '',
    storagePlace: s?.storagePlace ?? '',
    status: s?.status ?? 'in_use',
    notes: s?.notes ?? '',
  };
}

/** Sealed source: nuclide, activity in the unit on its certificate (stored in Bq), reference date. */
export function SealedSourceForm({ facilityId, source, onSaved, onCancel }: { facilityId: string; source?: SealedSource; onSaved(s: SealedSource): void; onCancel(): void }) {
  const { t } = useTranslation('register');
  const form = useForm<Values, unknown, Values>({
    resolver: zodResolver(SealedSourceInput, undefined, { raw: true }),
    defaultValues: toValues(facilityId, source),
    mode: 'onSubmit',
  });
  const { register, control, watch } = form;
  const { onSubmit, formError, fieldError } = useRegisterSubmit(
    form,
    FIELDS,
    (values) => (source ? api('sealedSources.update', { id: source.id, patch: values }) : api('sealedSources.create', values)),
    onSaved,
  );
  const typed = parseLocaleNumber(watch('activity') as string | number | null | undefined);
  const unit = (watch('activityUnit') ?? 'Bq') as ActivityUnit;
  const bq = typed !== null && typed >= 0 ? toBecquerel(typed, unit) : null;
  const nuclide = watch('nuclide');

  return (
    <FormShell label={source ? t('edit.sources') : t('new.sources')} onSubmit={onSubmit} formError={formError} submitting={form.formState.isSubmitting} onCancel={onCancel}>
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <EnumField
            control={control}
            name="nuclide"
            label={t('source.nuclide')}
            withAsterisk
            searchable
            data={NUCLIDES.map((v) => ({ value: v, label: v === 'other' ? t('source.other') : v }))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          {nuclide === 'other' && <TextInput label={t('source.nuclideOther')} withAsterisk {...register('nuclideOther')} error={fieldError('nuclideOther')} />}
        </Grid.Col>
        <Grid.Col span={{ base: 8, sm: 4 }}>
          <TextInput
            label={t('source.activity')}
            withAsterisk
            inputMode="decimal"
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...register('activity')}
            error={fieldError('activity')}
            description={bq !== null ? t('source.inBq', { bq: formatNumber(bq), pretty: formatActivity(bq) }) : t('common.decimalHint')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 4, sm: 2 }}>
          <Controller
            control={control}
            name="activityUnit"
            render={({ field }) => (
              <Select
                label={t('source.activityUnit')}
                data={ACTIVITY_UNITS.map((u) => ({ value: u, label: UNIT_LABEL[u] ?? u }))}
                value={field.value ?? 'Bq'}
                onChange={(v) => field.onChange(v ?? 'Bq')}
                allowDeselect={false}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField table="sealed_sources" control={control} name="referenceDate" label={t('source.referenceDate')} withAsterisk />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('source.serial')} {...register('serial')} error={fieldError('serial')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <EnumField control={control} name="status" label={t('source.status')} data={SOURCE_STATUSES.map((v) => ({ value: v, label: t(`source.statuses.${v}`) }))} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('source.purpose')} {...register('purpose')} error={fieldError('purpose')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('source.storagePlace')} {...register('storagePlace')} error={fieldError('storagePlace')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t('source.notes')} rows={2} {...register('notes')} error={fieldError('notes')} />
        </Grid.Col>
      </Grid>
    </FormShell>
  );
}
