import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Alert, Button, Fieldset, Grid, Group, Input, List, Select, Stack, Text, TextInput } from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { INSPECTION_KINDS } from '../../../src-shared/checklists/schema';
import { InspectionCreateInput, TEAM_ROLES, type Inspection } from '../../../src-shared/schemas/inspection';
import { DISPLAY_DATE, toIsoDate } from '../../lib/dates';
import { applyFieldIssues, errorMessage, localiseMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { FacilityPicker } from './FacilityPicker';
import { useCreateInspection, useTemplates } from './queries';
import { useTemplateProposals } from '../check-flow/queries';
import { StartReview } from '../check-flow/StartReview';

type FormValues = z.input<typeof InspectionCreateInput>;
type Parsed = z.output<typeof InspectionCreateInput>;
const FIELDS = Object.keys(InspectionCreateInput.shape);

const parseDisplayDate = (s: string) => {
  const d = dayjs(s, DISPLAY_DATE, true);
  return d.isValid() ? d.format('YYYY-MM-DD') : null;
};

/**
 * Starts an inspection: the decision ordering it, the team, when, the kind of check and the
 * checklist template. Checked by the same zod schema as `inspections.create`.
 */
export function StartInspectionForm({ facilityId, onCreated, onCancel }: { facilityId?: string; onCreated(i: Inspection): void; onCancel(): void }) {
  const { t } = useTranslation('inspections');
  const { t: tc } = useTranslation('common');
  const language = useUiStore((s) => s.language);
  const templates = useTemplates();
  const create = useCreateInspection();
  const { t: tf } = useTranslation('flow');
  const [formError, setFormError] = useState<string | null>(null);
  // Nothing is created until the inspector has seen what will be (the review step).
  const [review, setReview] = useState<Parsed | null>(null);
  const { register, handleSubmit, control, setError, setValue, getValues, formState } = useForm<FormValues, unknown, Parsed>({
    resolver: zodResolver(InspectionCreateInput),
    defaultValues: {
      facilityId: facilityId ?? '',
      kind: 'radiation',
      templateId: '',
      decisionNumber: '',
      decisionDate: null,
      decisionIssuer: '',
      team: [{ name: '', position: '', role: 'truong_doan' }],
      startedAt: dayjs().format('YYYY-MM-DDTHH:mm'),
      place: '',
    },
    mode: 'onTouched',
  });
  const team = useFieldArray({ control, name: 'team' });
  const kind = useWatch({ control, name: 'kind' });
  const err = (message: unknown) => localiseMessage(message as string | undefined);

  const chosenFacility = useWatch({ control, name: 'facilityId' });
  const proposals = useTemplateProposals(chosenFacility || undefined);
  // The register proposes the kind of check too, until the inspector picks one.
  const kindTouched = Boolean(formState.dirtyFields.kind);
  useEffect(() => {
    const best = proposals.data?.[0];
    if (best && !kindTouched) setValue('kind', best.suggestedKind);
  }, [proposals.data, kindTouched, setValue]);

  // Templates for the kind, best fit to the facility's register first when the facility is known.
  const fitting = useMemo(() => {
    const byKind = (templates.data?.templates ?? []).filter((tp) => tp.kinds.includes(kind));
    if (!proposals.data) return byKind.map((tp) => ({ id: tp.id, title: tp.title, proposal: null }));
    return proposals.data.filter((p) => p.kinds.includes(kind)).map((p) => ({ id: p.templateId, title: p.title, proposal: p }));
  }, [templates.data, proposals.data, kind]);
  // The best-fitting template is chosen for the inspector; one that does not serve the kind is dropped.
  useEffect(() => {
    const current = getValues('templateId');
    if (fitting.some((tp) => tp.id === current)) return;
    const best = fitting.find((tp) => tp.proposal?.fits) ?? (fitting.length === 1 ? fitting[0] : undefined);
    setValue('templateId', best ? best.id : '');
  }, [fitting, getValues, setValue]);
  const chosenTemplate = useWatch({ control, name: 'templateId' });
  const chosen = fitting.find((tp) => tp.id === chosenTemplate) ?? null;

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    setReview(values);
  });
  const onConfirm = async () => {
    if (!review) return;
    setFormError(null);
    try {
      onCreated(await create.mutateAsync(review));
    } catch (e) {
      setReview(null);
      const left = applyFieldIssues(e, setError, FIELDS);
      if (left) setFormError(errorMessage(e));
    }
  };

  const problems = templates.data?.problems ?? [];
  return (
    <>
    {review && (
      <StartReview
        values={review}
        proposal={chosen?.proposal ?? null}
        templateTitle={chosen?.title[language] ?? review.templateId}
        creating={create.isPending}
        error={formError}
        onBack={() => setReview(null)}
        onConfirm={() => void onConfirm()}
      />
    )}
    <form onSubmit={onSubmit} noValidate aria-label={t('startTitle')} hidden={Boolean(review)}>
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        {problems.length > 0 && (
          <Alert color="orange" title={t('templateProblems', { count: problems.length })}>
            <List size="sm">
              {problems.map((p) => (
                <List.Item key={`${p.file}:${p.where}`}>
                  {p.file}
                  {p.where ? ` (${p.where})` : ''}: {p[language]}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {templates.isError && <Alert color="red">{errorMessage(templates.error)}</Alert>}
        {!facilityId && (
          <Controller
            control={control}
            name="facilityId"
            render={({ field, fieldState }) => (
              <FacilityPicker label={t('fields.facility')} withAsterisk value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={err(fieldState.error?.message)} />
            )}
          />
        )}
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Controller
              control={control}
              name="kind"
              render={({ field, fieldState }) => (
                <Select
                  label={t('fields.kind')}
                  withAsterisk
                  data={INSPECTION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                  value={field.value}
                  onChange={(v) => v && field.onChange(v)}
                  allowDeselect={false}
                  error={err(fieldState.error?.message)}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <Controller
              control={control}
              name="templateId"
              render={({ field, fieldState }) => (
                <Select
                  label={t('fields.template')}
                  withAsterisk
                  description={chosen?.proposal ? `${chosen.proposal.fits ? tf('start.proposed') : tf('start.notFitting')}: ${chosen.proposal.reason[language]}` : fitting.length ? t('hints.template') : t('hints.noTemplates')}
                  data={fitting.map((tp) => ({
                    value: tp.id,
                    label: tp.proposal ? `${tp.title[language]} — ${tp.proposal.fits ? tf('start.proposed') : tf('start.notFitting')}` : tp.title[language],
                  }))}
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? '')}
                  allowDeselect={false}
                  error={err(fieldState.error?.message)}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label={t('fields.decisionNumber')} placeholder="12/QĐ-SKHCN" {...register('decisionNumber')} error={err(formState.errors.decisionNumber?.message)} data-autofocus />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <Controller
              control={control}
              name="decisionDate"
              render={({ field, fieldState }) => (
                <DateInput
                  label={t('fields.decisionDate')}
                  valueFormat={DISPLAY_DATE}
                  placeholder="dd/mm/yyyy"
                  clearable
                  value={field.value ?? null}
                  onChange={(d) => field.onChange(toIsoDate(d))}
                  dateParser={parseDisplayDate}
                  error={err(fieldState.error?.message)}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <TextInput label={t('fields.decisionIssuer')} placeholder={t('hints.decisionIssuer')} {...register('decisionIssuer')} error={err(formState.errors.decisionIssuer?.message)} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Controller
              control={control}
              name="startedAt"
              render={({ field, fieldState }) => {
                const value = field.value ?? '';
                const date = value.slice(0, 10) || null;
                const time = value.slice(11, 16);
                const set = (d: string | null, tm: string) => field.onChange(d ? `${d}T${tm || '08:00'}` : null);
                return (
                  <Input.Wrapper label={t('fields.startedAt')} error={err(fieldState.error?.message)}>
                    <Group gap="xs" wrap="nowrap">
                      <DateInput
                        aria-label={t('fields.startedAt')}
                        valueFormat={DISPLAY_DATE}
                        placeholder="dd/mm/yyyy"
                        value={date}
                        onChange={(d) => set(toIsoDate(d), time)}
                        dateParser={parseDisplayDate}
                        style={{ flex: 1 }}
                      />
                      <TimeInput aria-label={`${t('fields.startedAt')} (HH:mm)`} w={120} value={time} onChange={(e) => set(date, e.currentTarget.value)} />
                    </Group>
                  </Input.Wrapper>
                );
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('fields.place')} {...register('place')} error={err(formState.errors.place?.message)} />
          </Grid.Col>
        </Grid>
        <Fieldset legend={t('fields.team')} p="sm">
          <Stack gap="xs">
            {team.fields.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('team.empty')}
              </Text>
            )}
            {team.fields.map((row, index) => (
              <Group key={row.id} gap="xs" align="flex-start" wrap="nowrap" data-testid="team-row">
                <TextInput
                  label={index === 0 ? t('fields.memberName') : undefined}
                  aria-label={`${t('fields.memberName')} ${index + 1}`}
                  withAsterisk={index === 0}
                  style={{ flex: 2 }}
                  {...register(`team.${index}.name`)}
                  error={err(formState.errors.team?.[index]?.name?.message)}
                />
                <TextInput
                  label={index === 0 ? t('fields.memberPosition') : undefined}
                  aria-label={`${t('fields.memberPosition')} ${index + 1}`}
                  style={{ flex: 2 }}
                  {...register(`team.${index}.position`)}
                  error={err(formState.errors.team?.[index]?.position?.message)}
                />
                <Controller
                  control={control}
                  name={`team.${index}.role`}
                  render={({ field, fieldState }) => (
                    <Select
                      label={index === 0 ? t('fields.memberRole') : undefined}
                      aria-label={`${t('fields.memberRole')} ${index + 1}`}
                      style={{ flex: 1.3 }}
                      data={TEAM_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                      value={field.value}
                      onChange={(v) => v && field.onChange(v)}
                      allowDeselect={false}
                      error={err(fieldState.error?.message)}
                    />
                  )}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={index === 0 ? 28 : 4}
                  aria-label={t('team.remove', { n: index + 1 })}
                  onClick={() => team.remove(index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => team.append({ name: '', position: '', role: 'thanh_vien' })}>
                {t('team.add')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={formState.isSubmitting}>
            {tf('start.review')}
          </Button>
        </Group>
      </Stack>
    </form>
    </>
  );
}
