import { zodResolver } from '@hookform/resolvers/zod';
import { Grid, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { XRAY_UNIT_STATUSES, XRAY_UNIT_TYPES, XrayUnitInput, type XrayUnit } from '../../../src-shared/schemas/register/xray-units';
import { api } from '../../api/client';
import { DateField, EnumField, FormShell, useRegisterSubmit } from './fields';
import { numberForInput } from './format';

type Values = XrayUnitInput;
const FIELDS = Object.keys(XrayUnitInput.shape);

function toValues(facilityId: string, u?: XrayUnit): Values {
  return {
    facilityId,
    type: u?.type ?? ('' as Values['type']),
    manufacturer: u?.manufacturer ?? '',
    model: u?.model ?? '',
    serial: u?.serial ?? '',
    tubeSerial: u?.tubeSerial ?? '',
    maxKv: numberForInput(u?.maxKv),
    maxMa: numberForInput(u?.maxMa),
    room: u?.room ?? '',
    installedOn: u?.installedOn ?? null,
    status: u?.status ?? 'in_use',
    lastQcOn: u?.lastQcOn ?? null,
    qcCertificateNo: u?.qcCertificateNo ?? '',
    notes: u?.notes ?? '',
  };
}

/** X-ray unit: type, make, serials, kV/mA (a comma decimal is fine), room, status, last kiểm định. */
export function XrayUnitForm({ facilityId, unit, onSaved, onCancel }: { facilityId: string; unit?: XrayUnit; onSaved(u: XrayUnit): void; onCancel(): void }) {
  const { t } = useTranslation('register');
  const form = useForm<Values, unknown, Values>({
    resolver: zodResolver(XrayUnitInput, undefined, { raw: true }),
    defaultValues: toValues(facilityId, unit),
    mode: 'onSubmit',
  });
  const { register, control } = form;
  const { onSubmit, formError, fieldError } = useRegisterSubmit(
    form,
    FIELDS,
    (values) => (unit ? api('xrayUnits.update', { id: unit.id, patch: values }) : api('xrayUnits.create', values)),
    onSaved,
  );
  return (
    <FormShell label={unit ? t('edit.xray') : t('new.xray')} onSubmit={onSubmit} formError={formError} submitting={form.formState.isSubmitting} onCancel={onCancel}>
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <EnumField control={control} name="type" label={t('xray.type')} withAsterisk data={XRAY_UNIT_TYPES.map((v) => ({ value: v, label: t(`xray.types.${v}`) }))} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <EnumField control={control} name="status" label={t('xray.status')} data={XRAY_UNIT_STATUSES.map((v) => ({ value: v, label: t(`xray.statuses.${v}`) }))} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t('xray.manufacturer')} {...register('manufacturer')} error={fieldError('manufacturer')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t('xray.model')} {...register('model')} error={fieldError('model')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t('xray.serial')} {...register('serial')} error={fieldError('serial')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t('xray.tubeSerial')} {...register('tubeSerial')} error={fieldError('tubeSerial')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <TextInput label={t('xray.maxKv')} inputMode="decimal" {...register('maxKv')} error={fieldError('maxKv')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <TextInput label={t('xray.maxMa')} inputMode="decimal" {...register('maxMa')} error={fieldError('maxMa')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t('xray.room')} {...register('room')} error={fieldError('room')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DateField table="xray_units" control={control} name="installedOn" label={t('xray.installedOn')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DateField table="xray_units" control={control} name="lastQcOn" label={t('xray.lastQcOn')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('xray.qcCertificateNo')} {...register('qcCertificateNo')} error={fieldError('qcCertificateNo')} />
        </Grid.Col>
        <Grid.Col span={12}>
          {/* No autosize: it needs document.fonts, which jsdom lacks. */}
          <Textarea label={t('xray.notes')} minRows={2} rows={2} {...register('notes')} error={fieldError('notes')} />
        </Grid.Col>
      </Grid>
    </FormShell>
  );
}
