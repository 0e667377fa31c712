import { Alert, Badge, Button, Center, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Requirement } from '../../../src-shared/schemas/requirement';
import { errorMessage } from '../../lib/errors';
import { FindingCard } from './FindingCard';
import { FindingForm } from './FindingForm';
import { useFindings, useInspectionRequirements } from './queries';
import { RequirementForm } from './RequirementForm';
import { RequirementItem } from './RequirementItem';

type Editing = { kind: 'finding' } | { kind: 'requirement'; findingId: string | null; requirement?: Requirement } | null;

/**
 * The inspection's findings (automatic from the rules, with their verdict, and written by hand)
 * and under each the requirements (kiến nghị, yêu cầu khắc phục) with who and by when.
 */
export function FindingsPanel({ inspectionId, readOnly }: { inspectionId: string; readOnly: boolean }) {
  const { t } = useTranslation('findings');
  const findings = useFindings(inspectionId);
  const requirements = useInspectionRequirements(inspectionId);
  const [editing, setEditing] = useState<Editing>(null);

  const byFinding = useMemo(() => {
    const map = new Map<string | null, Requirement[]>();
    for (const r of requirements.data?.rows ?? []) map.set(r.findingId, [...(map.get(r.findingId) ?? []), r]);
    return map;
  }, [requirements.data]);

  if (findings.isError || requirements.isError) return <Alert color="red">{errorMessage(findings.error ?? requirements.error)}</Alert>;
  if (!findings.data || !requirements.data)
    return (
      <Center h={80}>
        <Loader size="sm" />
      </Center>
    );
  const open = findings.data.filter((f) => f.status === 'open').length;
  const general = byFinding.get(null) ?? [];

  return (
    <Stack gap="sm" data-testid="findings-panel">
      <Group justify="space-between">
        <Group gap="xs">
          <Title order={2} size="h3">{t('title')}</Title>
          <Badge variant="light">{t('count', { open, dismissed: findings.data.length - open })}</Badge>
        </Group>
        {!readOnly && (
          <Group gap="xs">
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setEditing({ kind: 'requirement', findingId: null })}>
              {t('requirements.add')}
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ kind: 'finding' })}>
              {t('add')}
            </Button>
          </Group>
        )}
      </Group>
      {findings.data.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
      {findings.data.map((f) => (
        <FindingCard
          key={f.id}
          finding={f}
          requirements={byFinding.get(f.id) ?? []}
          readOnly={readOnly}
          onAddRequirement={(findingId) => setEditing({ kind: 'requirement', findingId })}
          onEditRequirement={(r) => setEditing({ kind: 'requirement', findingId: r.findingId, requirement: r })}
        />
      ))}
      {general.length > 0 && (
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('requirements.general')}
          </Text>
          {general.map((r) => (
            <RequirementItem key={r.id} requirement={r} readOnly={readOnly} onEdit={(req) => setEditing({ kind: 'requirement', findingId: null, requirement: req })} />
          ))}
        </Stack>
      )}
      <Modal opened={editing?.kind === 'finding'} onClose={() => setEditing(null)} title={t('addTitle')} size="lg">
        {editing?.kind === 'finding' && (
          <FindingForm
            inspectionId={inspectionId}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              notifications.show({ color: 'teal', message: t('added') });
            }}
          />
        )}
      </Modal>
      <Modal
        opened={editing?.kind === 'requirement'}
        onClose={() => setEditing(null)}
        title={editing?.kind === 'requirement' && editing.requirement ? t('requirements.editTitle') : t('requirements.addTitle')}
        size="lg"
      >
        {editing?.kind === 'requirement' && (
          <RequirementForm
            inspectionId={inspectionId}
            findingId={editing.findingId}
            requirement={editing.requirement}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              notifications.show({ color: 'teal', message: t('requirements.saved') });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
