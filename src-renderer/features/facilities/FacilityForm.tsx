import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Grid, Group, Select, Textarea, TextInput, Autocomplete, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { DateInput } from '@mantine/dates';
import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FACILITY_KINDS, FacilityInput, OWNERSHIPS, type Facility } from '../../../src-shared/schemas/facility';
import { foldVietnamese } from '../../../src-shared/text/fold';
import { api } from '../../api/client';
import { DISPLAY_DATE, toIsoDate } from '../../lib/dates';
import { applyFieldIssues, errorMessage, localiseMessage } from '../../lib/errors';
import { useProvinces, useSaveFacility } from './queries';
import { useState } from 'react';
import dayjs from 'dayjs';
import { registerDateRange } from '../../../src-shared/schemas/date-ranges';

/** A facility cannot have started operating after today (src-shared/schemas/date-ranges). */
const OPERATING_SINCE_RANGE = registerDateRange('facilities', 'operatingSince', dayjs().format('YYYY-MM-DD'))!;

type FormValues = z.input<typeof FacilityInput>;
const FIELDS = Object.keys(FacilityInput.shape);

function toFormValues(f?: Facility): FormValues {
  return {
    name: f?.name ?? '',
    kind: f?.kind ?? ('' as FormValues['kind']),
    ownership: f?.ownership ?? 'public',
    beds: f?.beds === null || f?.beds === undefined ? '' : String(f.beds),
    provinceCode: f?.provinceCode ?? 'son-la',
    commune: f?.commune ?? '',
    street: f?.street ?? '',
    legacyDistrict: f?.legacyDistrict ?? '',
    contactName: f?.contactName ?? '',
    contactPhone: f?.contactPhone ?? '',
    operatingSince: f?.operatingSince ?? null,
    notes: f?.notes ?? '',
  };
}

/** Create or edit a facility. The same zod schema checks the form here and the call in the core. */
export function FacilityForm({ facility, onSaved, onCancel }: { facility?: Facility; onSaved(f: Facility): void; onCancel(): void }) {
  const { t } = useTranslation('facilities');
  const { t: tc } = useTranslation('common');
  const provinces = useProvinces();
  const save = useSaveFacility();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, control, setError, formState } = useForm<FormValues, unknown, z.output<typeof FacilityInput>>({
    resolver: zodResolver(FacilityInput),
    defaultValues: toFormValues(facility),
    mode: 'onTouched',
  });
  const err = (name: keyof FormValues) => localiseMessage(formState.errors[name]?.message as string | undefined);
  const provinceCode = useWatch({ control, name: 'provinceCode' });
  const provinceData = useMemo(() => (provinces.data ?? []).map((p) => ({ value: p.code, label: p.name })), [provinces.data]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await save.mutateAsync({ id: facility?.id, values });
      onSaved(saved);
    } catch (e) {
      const left = applyFieldIssues(e, setError, FIELDS);
      if (left) setFormError(errorMessage(e));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={facility ? t('editTitle') : t('new')}>
      {formError && (
        <Alert color="red" mb="md" role="alert">
          {formError}
        </Alert>
      )}
      <Grid>
        <Grid.Col span={12}>
          <TextInput label={t('fields.name')} withAsterisk {...register('name')} error={err('name')} data-autofocus />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <Select
                label={t('fields.kind')}
                withAsterisk
                data={FACILITY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={err('kind')}
                allowDeselect={false}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Controller
            control={control}
            name="ownership"
            render={({ field }) => (
              <Select
                label={t('fields.ownership')}
                data={OWNERSHIPS.map((k) => ({ value: k, label: t(`ownerships.${k}`) }))}
                value={field.value ?? 'public'}
                onChange={(v) => field.onChange(v ?? 'public')}
                error={err('ownership')}
                allowDeselect={false}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t('fields.beds')} inputMode="numeric" {...register('beds')} error={err('beds')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Controller
            control={control}
            name="provinceCode"
            render={({ field }) => (
              <Select
                label={t('fields.provinceCode')}
                withAsterisk
                searchable
                data={provinceData}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                error={err('provinceCode')}
                allowDeselect={false}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Controller
            control={control}
            name="commune"
            render={({ field }) => (
              <CommuneInput provinceCode={provinceCode} label={t('fields.commune')} description={t('hints.commune')} value={field.value ?? ''} onChange={field.onChange} error={err('commune')} />
            )}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput label={t('fields.street')} {...register('street')} error={err('street')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t('fields.legacyDistrict')} description={t('hints.legacyDistrict')} {...register('legacyDistrict')} error={err('legacyDistrict')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t('fields.contactName')} {...register('contactName')} error={err('contactName')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t('fields.contactPhone')} inputMode="tel" {...register('contactPhone')} error={err('contactPhone')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Controller
            control={control}
            name="operatingSince"
            render={({ field }) => (
              <DateInput
                label={t('fields.operatingSince')}
                description={t('hints.operatingSince')}
                valueFormat={DISPLAY_DATE}
                placeholder="dd/mm/yyyy"
                clearable
                minDate={OPERATING_SINCE_RANGE.min}
                maxDate={OPERATING_SINCE_RANGE.max}
                value={field.value ? dayjs(field.value).toDate() : null}
                onChange={(d) => field.onChange(toIsoDate(d))}
                dateParser={(s) => {
                  const d = dayjs(s, DISPLAY_DATE, true);
                  return d.isValid() ? d.format('YYYY-MM-DD') : null;
                }}
                error={err('operatingSince')}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t('fields.notes')} autosize minRows={2} {...register('notes')} error={err('notes')} />
        </Grid.Col>
      </Grid>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onCancel}>
          {tc('actions.cancel')}
        </Button>
        <Button type="submit" loading={formState.isSubmitting}>
          {tc('actions.save')}
        </Button>
      </Group>
    </form>
  );
}

/** Commune/ward: suggestions from the imported list, free text always allowed. */
function CommuneInput({ provinceCode, ...props }: { provinceCode: string; label: string; description: string; value: string; onChange(v: string): void; error?: string }) {
  const communes = useQuery({
    queryKey: ['communes', provinceCode],
    queryFn: () => api('adminUnits.communes', { provinceCode }),
    enabled: Boolean(provinceCode),
    staleTime: 5 * 60_000,
  });
  const names = useMemo(() => [...new Set((communes.data ?? []).map((c) => c.name))], [communes.data]);
  return <Autocomplete {...props} data={names} filter={accentFreeFilter} limit={30} />;
}

/** "to hieu" suggests "Phường Tô Hiệu": the same folding as the search index. */
const accentFreeFilter: OptionsFilter = ({ options, search }) => {
  const q = foldVietnamese(search.trim());
  if (!q) return options;
  return (options as ComboboxItem[]).filter((o) => foldVietnamese(o.label).includes(q));
};
