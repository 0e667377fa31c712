import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { RequirementCreateInput, type Requirement } from '../../../src-shared/schemas/requirement';
import { applyFieldIssues, errorMessage, localiseMessage } from '../../lib/errors';
import { dateRange } from '../../../src-shared/schemas/date-ranges';
import { useInspectionVerdicts } from '../verdicts/queries';
import { DeadlineInput } from './DeadlineInput';
import { useSaveRequirement } from './queries';

type FormValues = z.input<typeof RequirementCreateInput>;
const FIELDS = ['text', 'responsible', 'deadline'];

/** Kiến nghị: what, who, by when. Creating and editing share the create schema's checks. */
export function RequirementForm(props: {
  inspectionId: string;
  findingId: string | null;
  requirement?: Requirement;
  onSaved(r: Requirement): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('findings');
  const { t: tc } = useTranslation('common');
  const save = useSaveRequirement();
  const [formError, setFormError] = useState<string | null>(null);
  const r = props.requirement;
  // A deadline cannot be before the check it is set at (the day the verdicts were judged on).
  const checkDay = useInspectionVerdicts(props.inspectionId).data?.date;
  const deadlineRange = checkDay ? dateRange('deadline', checkDay) : null;
  const { register, handleSubmit, control, setError, formState } = useForm<FormValues, unknown, z.output<typeof RequirementCreateInput>>({
    resolver: zodResolver(RequirementCreateInput),
    defaultValues: {
      inspectionId: props.inspectionId,
      findingId: props.findingId,
      text: r?.text ?? '',
      responsible: r?.responsible ?? '',
      deadline: r?.deadline ?? null,
    },
    mode: 'onTouched',
  });
  const err = (name: keyof FormValues) => localiseMessage(formState.errors[name]?.message as string | undefined);
  const title = r ? t('requirements.editTitle') : t('requirements.addTitle');

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      props.onSaved(await save.mutateAsync({ id: r?.id, create: values }));
    } catch (e) {
      if (applyFieldIssues(e, setError, FIELDS)) setFormError(errorMessage(e));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={title}>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Textarea label={t('requirements.fields.text')} withAsterisk autosize minRows={2} {...register('text')} error={err('text')} data-autofocus />
        <Group grow align="flex-start">
          <TextInput label={t('requirements.fields.responsible')} {...register('responsible')} error={err('responsible')} />
          <Controller
            control={control}
            name="deadline"
            render={({ field }) => (
              <DeadlineInput
                label={t('requirements.fields.deadline')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={err('deadline')}
                minDate={deadlineRange?.min}
                maxDate={deadlineRange?.max}
              />
            )}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={formState.isSubmitting}>
            {tc('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
