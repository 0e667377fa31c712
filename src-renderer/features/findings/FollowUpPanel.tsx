import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Center, Group, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { REQUIREMENT_STATUS_LABELS, RequirementCloseInput, type Requirement } from '../../../src-shared/schemas/requirement';
import { api } from '../../api/client';
import { formatDate } from '../../lib/dates';
import { errorMessage, localiseMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { requirementKeys, useCloseRequirement } from './queries';
import { RequirementStatusBadge } from './RequirementStatusBadge';

/**
 * A follow-up inspection: the facility's open requirements from earlier checks, each closed
 * here as done or not done with a note; and what this check has already recorded.
 */
export function FollowUpPanel({ inspectionId, facilityId, readOnly }: { inspectionId: string; facilityId: string; readOnly: boolean }) {
  const { t } = useTranslation('findings');
  const open = useQuery({ queryKey: requirementKeys.openForFacility(facilityId), queryFn: () => api('requirements.openForFacility', { facilityId }) });
  const closed = useQuery({
    queryKey: requirementKeys.closedBy(facilityId),
    queryFn: () => api('requirements.list', { facilityId, status: ['done', 'not_done'], limit: 500 }),
  });
  if (open.isError || closed.isError) return <Alert color="red">{errorMessage(open.error ?? closed.error)}</Alert>;
  if (!open.data || !closed.data)
    return (
      <Center h={80}>
        <Loader size="sm" />
      </Center>
    );
  const pending = open.data.filter((r) => r.inspectionId !== inspectionId);
  const closedHere = closed.data.rows.filter((r) => r.closedByInspectionId === inspectionId);

  return (
    <Stack gap="sm" data-testid="follow-up-panel">
      <div>
        <Title order={2} size="h3">{t('followUp.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('followUp.intro')}
        </Text>
      </div>
      {pending.length === 0 && closedHere.length === 0 && <Text c="dimmed">{t('followUp.none')}</Text>}
      {pending.map((r) => (
        <FollowUpRow key={r.id} requirement={r} inspectionId={inspectionId} readOnly={readOnly} />
      ))}
      {closedHere.length > 0 && (
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('followUp.closedHere')}
          </Text>
          {closedHere.map((r) => (
            <Paper key={r.id} withBorder p="xs" data-testid="follow-up-closed">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm">{r.text}</Text>
                  {r.closingNote && (
                    <Text size="xs" c="dimmed" fs="italic">
                      {r.closingNote}
                    </Text>
                  )}
                </div>
                <RequirementStatusBadge requirement={r} />
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

type CloseValues = z.input<typeof RequirementCloseInput>;

function FollowUpRow({ requirement: r, inspectionId, readOnly }: { requirement: Requirement; inspectionId: string; readOnly: boolean }) {
  const { t } = useTranslation('findings');
  const language = useUiStore((s) => s.language);
  const close = useCloseRequirement();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, setValue, formState } = useForm<CloseValues, unknown, z.output<typeof RequirementCloseInput>>({
    resolver: zodResolver(RequirementCloseInput),
    defaultValues: { id: r.id, byInspectionId: inspectionId, status: 'done', note: '' },
  });
  const submit = (status: 'done' | 'not_done') => {
    setValue('status', status);
    void handleSubmit(async (values) => {
      setError(null);
      try {
        await close.mutateAsync(values);
      } catch (e) {
        setError(errorMessage(e));
      }
    })();
  };

  return (
    <Paper withBorder p="sm" data-testid="follow-up-row" component="article" aria-label={r.text} style={r.overdue ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} style={{ whiteSpace: 'pre-wrap' }}>
              {r.text}
            </Text>
            <Text size="xs" c="dimmed">
              {[t('followUp.from', { date: formatDate(r.createdAt.slice(0, 10)) }), r.responsible ? t('requirements.who', { who: r.responsible }) : null, r.deadline ? t('requirements.deadline', { date: formatDate(r.deadline) }) : null]
                .filter(Boolean)
                .join(' · ')}{' '}
              <Anchor href={`#/inspections/${r.inspectionId}`} size="xs">
                {t('followUp.openInspection')}
              </Anchor>
            </Text>
          </div>
          <RequirementStatusBadge requirement={r} />
        </Group>
        {error && (
          <Alert color="red" p="xs" role="alert">
            {error}
          </Alert>
        )}
        {!readOnly && (
          <Group align="flex-end" wrap="wrap" gap="xs">
            <Textarea
              label={t('followUp.note')}
              autosize
              minRows={1}
              style={{ flex: 1, minWidth: 220 }}
              {...register('note')}
              error={localiseMessage(formState.errors.note?.message)}
            />
            <Button color="green" leftSection={<IconCheck size={16} />} onClick={() => submit('done')} loading={close.isPending}>
              {REQUIREMENT_STATUS_LABELS.done[language]}
            </Button>
            <Button color="red" variant="light" leftSection={<IconX size={16} />} onClick={() => submit('not_done')} loading={close.isPending}>
              {REQUIREMENT_STATUS_LABELS.not_done[language]}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
