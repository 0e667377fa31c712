import { zodResolver } from '@hookform/resolvers/zod';
import { Grid, MultiSelect, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LICENCE_KINDS, LicenceInput, type CoveredUnit, type Licence } from '../../../src-shared/schemas/register/licences';
import { api } from '../../api/client';
import { localiseMessage } from '../../lib/errors';
import { DateField, EnumField, FormShell, useRegisterSubmit } from './fields';
import { useXrayLabel } from './labels';

type Values = LicenceInput;
const FIELDS = ['facilityId', 'kind', 'number', 'issuedBy', 'issuedOn', 'expiresOn', 'units', 'notes'];

function toValues(facilityId: string, l?: Licence): Values {
  return {
    facilityId,
    kind: l?.kind ?? 'giay_phep',
    number: l?.number ?? '',
    issuedBy: l?.issuedBy ?? '',
    issuedOn: l?.issuedOn ?? null,
    expiresOn: l?.expiresOn ?? null,
    units: l?.units ?? [],
    notes: l?.notes ?? '',
  };
}

/** The facility's X-ray units and sources, as choices "entity:id" for the covered-units field. */
function useUnitChoices(facilityId: string) {
  const { t } = useTranslation('register');
  const xrayLabel = useXrayLabel();
  const units = useQuery({ queryKey: ['register', 'licence-units', 'xray', facilityId], queryFn: () => api('xrayUnits.list', { facilityId, limit: 500 }) });
  const sources = useQuery({ queryKey: ['register', 'licence-units', 'sources', facilityId], queryFn: () => api('sealedSources.list', { facilityId, limit: 500 }) });
  return [
    { group: t('licence.groupXray'), items: (units.data?.rows ?? []).map((u) => ({ value: `xray_unit:${u.id}`, label: xrayLabel(u) })) },
    {
      group: t('licence.groupSources'),
      items: (sources.data?.rows ?? []).map((s) => ({ value: `sealed_source:${s.id}`, label: [s.nuclide === 'other' ? s.nuclideOther : s.nuclide, s.serial].filter(Boolean).join(' — ') })),
    },
  ].filter((g) => g.items.length > 0);
}

/** Licence or declaration: number, issuer, dates, and which of the facility's units it covers. */
export function LicenceForm({ facilityId, licence, onSaved, onCancel }: { facilityId: string; licence?: Licence; onSaved(l: Licence): void; onCancel(): void }) {
  const { t } = useTranslation('register');
  const form = useForm<Values, unknown, Values>({
    resolver: zodResolver(LicenceInput, undefined, { raw: true }),
    defaultValues: toValues(facilityId, licence),
    mode: 'onSubmit',
  });
  const { register, control } = form;
  const choices = useUnitChoices(facilityId);
  const { onSubmit, formError, fieldError } = useRegisterSubmit(
    form,
    FIELDS,
    (values) => (licence ? api('licences.update', { id: licence.id, patch: values }) : api('licences.create', values)),
    onSaved,
  );
  return (
    <FormShell label={licence ? t('edit.licences') : t('new.licences')} onSubmit={onSubmit} formError={formError} submitting={form.formState.isSubmitting} onCancel={onCancel}>
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <EnumField control={control} name="kind" label={t('licence.kind')} withAsterisk data={LICENCE_KINDS.map((k) => ({ value: k, label: t(`licence.kinds.${k}`) }))} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('licence.number')} withAsterisk {...register('number')} error={fieldError('number')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('licence.issuedBy')} {...register('issuedBy')} error={fieldError('issuedBy')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <DateField table="licences" control={control} name="issuedOn" label={t('licence.issuedOn')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <DateField table="licences" control={control} name="expiresOn" label={t('licence.expiresOn')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Controller
            control={control}
            name="units"
            render={({ field, fieldState }) => (
              <MultiSelect
                label={t('licence.units')}
                description={t('licence.unitsHint')}
                data={choices}
                searchable
                clearable
                value={(field.value ?? []).map((u) => `${u.entity}:${u.id}`)}
                onChange={(vals) =>
                  field.onChange(
                    vals.map((v) => {
                      const [entity, id] = v.split(':') as [CoveredUnit['entity'], string];
                      return { entity, id };
                    }),
                  )
                }
                error={localiseMessage(fieldState.error?.message) ?? (Array.isArray(fieldState.error) ? localiseMessage(fieldState.error.find(Boolean)?.message) : undefined)}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t('licence.notes')} rows={2} {...register('notes')} error={fieldError('notes')} />
        </Grid.Col>
      </Grid>
    </FormShell>
  );
}
