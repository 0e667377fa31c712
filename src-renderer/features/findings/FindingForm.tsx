import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FindingCreateInput, type Finding } from '../../../src-shared/schemas/finding';
import { applyFieldIssues, errorMessage, localiseMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { severityOptions } from './labels';
import { useCreateFinding } from './queries';

type FormValues = z.input<typeof FindingCreateInput>;
const FIELDS = ['severity', 'title', 'description'];

/** A finding the inspector writes by hand; the same schema checks it here and in the core. */
export function FindingForm({ inspectionId, onSaved, onCancel }: { inspectionId: string; onSaved(f: Finding): void; onCancel(): void }) {
  const { t } = useTranslation('findings');
  const { t: tc } = useTranslation('common');
  const language = useUiStore((s) => s.language);
  const create = useCreateFinding();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, control, setError, formState } = useForm<FormValues, unknown, z.output<typeof FindingCreateInput>>({
    resolver: zodResolver(FindingCreateInput),
    defaultValues: { inspectionId, itemKey: null, instanceKey: '', severity: 'medium', title: '', description: '' },
    mode: 'onTouched',
  });
  const err = (name: keyof FormValues) => localiseMessage(formState.errors[name]?.message as string | undefined);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      onSaved(await create.mutateAsync(values));
    } catch (e) {
      if (applyFieldIssues(e, setError, FIELDS)) setFormError(errorMessage(e));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('addTitle')}>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('fields.title')} withAsterisk {...register('title')} error={err('title')} data-autofocus />
        <Controller
          control={control}
          name="severity"
          render={({ field }) => (
            <Select
              label={t('fields.severity')}
              withAsterisk
              data={severityOptions(language)}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v ?? undefined)}
              error={err('severity')}
              allowDeselect={false}
            />
          )}
        />
        <Textarea label={t('fields.description')} autosize minRows={2} {...register('description')} error={err('description')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
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
